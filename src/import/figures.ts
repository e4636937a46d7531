/**
 * Reads the figures worth structuring out of a page's paragraphs: money (`99万元`, `944余万元`) and counts with
 * a unit (`22场次`, `1300余名`, `4.7万余人次`). Dates, years, ordinals, percentages, codes (`1610模式`,
 * `1+4联系点`) and numbers written in Chinese numerals are not figures.
 */

import type { Figure, PageBlock } from './types';

const DIGIT = '[0-9０-９]';
const NUMBER = `(?:${DIGIT}{1,3}(?:,${DIGIT}{3})+(?!${DIGIT})|${DIGIT}+)(?:[.．]${DIGIT}+)?`;
// longest first, so `场次` wins over `场`
const COUNT_UNITS = [
  '人次', '场次', '户次', '台次', '名', '人', '户', '场', '件', '所', '位', '期', '批', '支', '家', '个', '条', '项',
  '次', '套', '台', '本', '份', '张', '处', '座', '间', '辆', '册', '篇', '部', '类', '家次',
].sort((a, b) => b.length - a.length);
const MULTIPLIERS: Record<string, number> = { 千: 1_000, 万: 10_000, 亿: 100_000_000 };

/**
 * Not after a digit, a decimal point, `+`, a dash, a slash, a Latin letter or `第` (ordinals, codes, ranges);
 * not before `月` (`3个月`), `小时` or `百分点`.
 */
const FIGURE = new RegExp(
  `(?<![0-9０-９.．+＋\\-－/／A-Za-z_第])(${NUMBER})(余|多)?(千|万|亿)?(余|多)?(元|${COUNT_UNITS.join('|')})(?!月|小时|百分点)`,
  'gu',
);

const SENTENCE_END = /[。！？!?]/;
const CLAUSE_END = /[。！？!?，,；;：:]/;
const CLOSERS = /[”’"」』）)\s]/;
const LABEL_MAX_LENGTH = 120;

const toNumber = (printed: string): number =>
  Number(
    printed
      .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
      .replace('．', '.')
      .replace(/,/g, ''),
  );

/** Start of the run that ends at `index`, going back to just after a character matching `end`, past closing quotes. */
const runStart = (text: string, index: number, end: RegExp): number => {
  let start = index;
  while (start > 0 && !end.test(text[start - 1])) start -= 1;
  while (start < index && CLOSERS.test(text[start])) start += 1;
  return start;
};

const sentenceAround = (text: string, from: number, to: number): string => {
  const start = runStart(text, from, SENTENCE_END);
  let end = to;
  while (end < text.length && !SENTENCE_END.test(text[end])) end += 1;
  while (end < text.length && SENTENCE_END.test(text[end])) end += 1;
  while (end < text.length && CLOSERS.test(text[end])) end += 1;
  return text.slice(start, end).trim();
};

const labelBefore = (text: string, index: number): string =>
  text.slice(runStart(text, index, CLAUSE_END), index).trim().slice(-LABEL_MAX_LENGTH).trim();

/** The figures of one paragraph, in text order. */
export const figuresIn = (paragraph: string, line: number): Figure[] =>
  [...paragraph.matchAll(FIGURE)].map((match) => {
    const [text, number, before, multiplier, after, unit] = match;
    const index = match.index ?? 0;
    // 12 significant digits: 13.3 × 10000 is 133000, not 133000.00000000001
    const value = Number((toNumber(number) * (multiplier ? MULTIPLIERS[multiplier] : 1)).toPrecision(12));
    return {
      text,
      value,
      unit,
      atLeast: Boolean(before || after),
      kind: unit === '元' ? 'amount' : 'count',
      label: labelBefore(paragraph, index) || unit,
      sentence: sentenceAround(paragraph, index, index + text.length),
      line,
    };
  });

/** Every figure in the section paragraphs (not headings, not captions), in page order. */
export const extractFigures = (blocks: PageBlock[]): Figure[] =>
  blocks.flatMap((block) =>
    block.kind === 'section'
      ? block.paragraphs.flatMap((paragraph, index) => figuresIn(paragraph, block.paragraphLines?.[index] ?? block.line))
      : [],
  );

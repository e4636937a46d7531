/**
 * Reads a printed page (decoded text) into headline, kicker, subtitle, sections and credited photos.
 * Markers: `# ` headline, `## ` subtitle, `### ` section heading (`＃` and a full-width space work too).
 * Paragraphs are kept verbatim (trimmed only), one per non-empty line, never joined or repaired.
 */

import { errors } from '@strapi/utils';
import {
  FILE_PHOTO_SUFFIX,
  PRINTED_CREDIT_FORMS,
  isBulletedCreditLine,
  readPrintedCredit,
} from '#newsroom-media';
import { extractFigures } from './figures';
import type { ImportWarning, PageBlock, PageCredit, ParsedPage, PhotoBlock, SectionBlock } from './types';

/**
 * A credit right under a paragraph makes that paragraph its caption (the section before it ends there), but only
 * up to this many characters: longer text is body copy and stays a paragraph, and the credit stands alone.
 */
export const CAPTION_MAX_LENGTH = 80;

const MARKER = /^([#＃]+)(?:\s+([\s\S]*))?$/;
const SUBTITLE_DASH = /^(?:——|—|--|－－|――)/;
const IMAGE_NUMBER = /图\s*([0-9０-９]+)/;
const IMAGE_FILE = /[[(（【]\s*([\w\-.]+\.(?:jpe?g|png|gif|webp|tiff?|heic|heif|bmp))\s*[\])）】]/i;

interface Entry {
  text: string;
  line: number;
}

export interface ParseErrorDetails {
  code: string;
  line: number | null;
  expected: string;
  found?: string;
}

function fail(message: string, details: ParseErrorDetails): never {
  throw new errors.ValidationError(message, details);
}

const toAsciiDigits = (value: string): string =>
  value.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

/** `图3` → '3'; a bracketed image file name → the name (taken out of the caption, it is not printed text). */
const readCaption = (raw: string): { caption: string | null; imageHint: string | null } => {
  const file = raw.match(IMAGE_FILE);
  if (file) {
    const caption = raw.replace(file[0], '').trim();
    return { caption: caption || null, imageHint: file[1] };
  }
  const number = raw.match(IMAGE_NUMBER);
  return { caption: raw.trim() || null, imageHint: number ? String(Number(toAsciiDigits(number[1]))) : null };
};

const hasImageHint = (text: string): boolean => IMAGE_NUMBER.test(text) || IMAGE_FILE.test(text);

const readMarker = (text: string): { level: number; content: string } | null => {
  const match = text.match(MARKER);
  return match ? { level: match[1].length, content: (match[2] ?? '').trim() } : null;
};

export const parsePage = (input: string): ParsedPage => {
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) {
    fail('The page is empty', { code: 'emptyFile', line: null, expected: 'the text of a printed page' });
  }

  const entries: Entry[] = text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: raw.trim(), line: index + 1 }))
    .filter((entry) => entry.text !== '');

  const headlineIndex = entries.findIndex((entry) => readMarker(entry.text)?.level === 1);
  if (headlineIndex < 0) {
    fail('The page has no headline (a line starting with "# ")', {
      code: 'noHeadline',
      line: null,
      expected: 'a line starting with "# "',
    });
  }
  const headline = entries[headlineIndex];
  const title = readMarker(headline.text)?.content ?? '';
  if (!title) {
    fail(`Line ${headline.line}: the headline is empty`, {
      code: 'emptyHeadline',
      line: headline.line,
      expected: 'a headline after "# "',
      found: headline.text,
    });
  }

  const before = entries.slice(0, headlineIndex);
  if (before.length > 1) {
    fail(`Line ${before[1].line}: only one line (the kicker) may stand before the headline`, {
      code: 'textBeforeHeadline',
      line: before[1].line,
      expected: 'at most one line (the kicker, 引题) before the "# " headline',
      found: before[1].text,
    });
  }
  const kickerEntry = before[0] ?? null;
  if (kickerEntry && (readMarker(kickerEntry.text) || isBulletedCreditLine(kickerEntry.text))) {
    fail(`Line ${kickerEntry.line}: a marked line stands before the headline`, {
      code: 'textBeforeHeadline',
      line: kickerEntry.line,
      expected: 'the kicker (引题) as plain text before the "# " headline',
      found: kickerEntry.text,
    });
  }

  const warnings: ImportWarning[] = [];
  const blocks: PageBlock[] = [];
  let subtitle: string | null = null;
  let section: SectionBlock | null = null;
  let body = entries.slice(headlineIndex + 1);

  const next = body[0];
  if (next && !readMarker(next.text) && SUBTITLE_DASH.test(next.text)) {
    subtitle = next.text;
    body = body.slice(1);
  }

  const openSection = (heading: string | null, line: number): SectionBlock => {
    const opened: SectionBlock = { kind: 'section', line, heading, paragraphs: [], paragraphLines: [] };
    blocks.push(opened);
    return opened;
  };

  const addParagraph = (entry: Entry, paragraph: string): void => {
    section ??= openSection(null, entry.line);
    section.paragraphs.push(paragraph);
    section.paragraphLines?.push(entry.line);
  };

  const addPhoto = (photo: PhotoBlock): void => {
    blocks.push(photo);
    section = null;
    if (photo.credit && photo.credit.creditRole !== 'filePhoto' && !photo.credit.name) {
      warnings.push({ code: 'creditWithoutName', line: photo.creditLine ?? photo.line, message: `The credit "${photo.credit.printed}" names nobody` });
    }
  };

  for (const entry of body) {
    const marker = readMarker(entry.text);
    if (marker?.level === 1) {
      fail(`Line ${entry.line}: a second headline`, {
        code: 'duplicateHeadline',
        line: entry.line,
        expected: 'one "# " headline per page',
        found: entry.text,
      });
    }
    if (marker?.level === 2) {
      if (subtitle === null && blocks.length === 0) {
        subtitle = marker.content || null;
      } else {
        warnings.push({ code: 'misplacedSubtitle', line: entry.line, message: 'A "## " subtitle after the page has begun is kept as a paragraph' });
        if (marker.content) addParagraph(entry, marker.content);
      }
      continue;
    }
    if (marker) {
      if (marker.level > 3) warnings.push({ code: 'unknownMarker', line: entry.line, message: `"${'#'.repeat(marker.level)}" is read as a section heading ("### ")` });
      if (!marker.content) warnings.push({ code: 'emptyHeading', line: entry.line, message: 'A section heading marker with no heading' });
      section = openSection(marker.content || null, entry.line);
      continue;
    }

    const read = readPrintedCredit(entry.text);
    if (!read && isBulletedCreditLine(entry.text)) {
      fail(`Line ${entry.line}: "${entry.text}" is not a credit the desk prints`, {
        code: 'unknownCreditRole',
        line: entry.line,
        expected: PRINTED_CREDIT_FORMS.join(' | '),
        found: entry.text,
      });
    }
    if (read) {
      const credit: PageCredit = { ...read, printed: entry.text };
      const previous = blocks[blocks.length - 1];
      // the short paragraph right above a credit is its caption (a section may run on before it)
      const above = previous?.kind === 'section' && previous === section && previous.paragraphs.length > 0 ? previous : null;
      const candidate = above ? above.paragraphs[above.paragraphs.length - 1] : null;
      if (above && candidate !== null && candidate.length <= CAPTION_MAX_LENGTH) {
        above.paragraphs.pop();
        const captionLine = above.paragraphLines?.pop() ?? above.line;
        if (above.paragraphs.length === 0 && above.heading === null) blocks.pop();
        addPhoto({ kind: 'photo', line: captionLine, ...readCaption(candidate), credit, creditLine: entry.line });
      } else {
        if (above && above.heading === null && above.paragraphs.length === 1) {
          warnings.push({
            code: 'captionTooLong',
            line: above.line,
            message: `The paragraph above the credit on line ${entry.line} is longer than ${CAPTION_MAX_LENGTH} characters and is kept as text, not as the caption`,
          });
        }
        addPhoto({ kind: 'photo', line: entry.line, caption: null, credit, imageHint: null, creditLine: entry.line });
      }
      continue;
    }

    const suffix = entry.text.match(FILE_PHOTO_SUFFIX);
    if (suffix) {
      const { caption, imageHint } = readCaption(entry.text.slice(0, suffix.index));
      addPhoto({
        kind: 'photo',
        line: entry.line,
        caption,
        credit: { creditRole: 'filePhoto', name: null, printed: suffix[0] },
        imageHint,
        creditLine: entry.line,
      });
      continue;
    }

    addParagraph(entry, entry.text);
  }

  for (const block of blocks) {
    if (block.kind !== 'section') continue;
    if (block.heading !== null && block.paragraphs.length === 0) {
      warnings.push({ code: 'emptySection', line: block.line, message: `The section "${block.heading}" has no paragraphs` });
    }
    block.paragraphs.forEach((paragraph, index) => {
      if (paragraph.length <= CAPTION_MAX_LENGTH && hasImageHint(paragraph)) {
        warnings.push({
          code: 'captionWithoutCredit',
          line: block.paragraphLines?.[index] ?? block.line,
          message: `"${paragraph}" names a photo but no credit follows it; it is kept as a paragraph`,
        });
      }
    });
  }
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  const firstSection = blocks.find((block): block is SectionBlock => block.kind === 'section');
  return {
    title,
    kicker: kickerEntry?.text ?? null,
    subtitle,
    lead: firstSection?.paragraphs[0] ?? null,
    blocks,
    figures: extractFigures(blocks),
    warnings,
  };
};

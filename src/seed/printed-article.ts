/**
 * Turns a printed page (headline `#`, subtitle `##`, section headings `###`, paragraphs, photo captions with
 * their credits) into structured blocks. It keeps what it is given: paragraphs are not joined or repaired.
 */

import { parseCreditText, type ParsedCredit } from '../plugins/newsroom-media/server/src/credit/credit-line';

export interface PrintedPhoto {
  kind: 'photo';
  caption: string | null;
  credit: ParsedCredit;
}

export interface PrintedSection {
  kind: 'section';
  heading: string | null;
  paragraphs: string[];
}

export type PrintedBlock = PrintedPhoto | PrintedSection;

export interface PrintedArticle {
  title: string;
  subtitle: string | null;
  blocks: PrintedBlock[];
}

const FILE_PHOTO_SUFFIX = /[(（]资料图片[)）]$/;
const CREDIT_LINE = /^■/;
const CAPTION_MAX_LENGTH = 80;

export const parsePrintedArticle = (text: string): PrintedArticle => {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

  let title = '';
  let subtitle: string | null = null;
  const blocks: PrintedBlock[] = [];
  let section: PrintedSection | null = null;

  const openSection = (heading: string | null): PrintedSection => {
    const opened: PrintedSection = { kind: 'section', heading, paragraphs: [] };
    blocks.push(opened);
    return opened;
  };

  for (const line of lines) {
    if (line.startsWith('### ')) {
      section = openSection(line.slice(4).trim());
    } else if (line.startsWith('## ')) {
      subtitle = line.slice(3).trim();
    } else if (line.startsWith('# ')) {
      title = line.slice(2).trim();
    } else if (CREDIT_LINE.test(line)) {
      const credit = parseCreditText(line) ?? { creditRole: null, name: null };
      const previous = blocks[blocks.length - 1];
      // a credit right under a short lone paragraph makes that paragraph its caption
      if (previous?.kind === 'section' && previous.heading === null && previous.paragraphs.length === 1 &&
          previous.paragraphs[0].length <= CAPTION_MAX_LENGTH) {
        blocks[blocks.length - 1] = { kind: 'photo', caption: previous.paragraphs[0], credit };
      } else {
        blocks.push({ kind: 'photo', caption: null, credit });
      }
      section = null;
    } else if (FILE_PHOTO_SUFFIX.test(line)) {
      blocks.push({ kind: 'photo', caption: line.replace(FILE_PHOTO_SUFFIX, '').trim(), credit: { creditRole: 'filePhoto', name: null } });
      section = null;
    } else {
      section ??= openSection(null);
      section.paragraphs.push(line);
    }
  }

  if (!title) throw new Error('The printed article has no headline (a line starting with "# ")');
  return { title, subtitle, blocks };
};

/**
 * What the importer reads a printed page into. Pure data: the parser (parse.ts), the figure reader
 * (figures.ts), the decoders (decode.ts, docx.ts, archive.ts) and the import service share these shapes.
 */

import type { CreditRole } from '../plugins/newsroom-media/server/src/credit/credit-line';

/** A problem that does not stop the import; `line` is 1-based in the decoded text, null when not tied to a line. */
export interface ImportWarning {
  code: string;
  line: number | null;
  message: string;
}

/** A credit as printed under a photo, read back into the photo's credit fields. */
export interface PageCredit {
  /** null for the plain `■ 摄影 某某` form */
  creditRole: CreditRole | null;
  /** the photographer's name, or the provider's for `供图`; null for file photos */
  name: string | null;
  /** the line (or caption suffix) exactly as printed */
  printed: string;
}

export interface SectionBlock {
  kind: 'section';
  line: number;
  heading: string | null;
  /** verbatim, one per non-empty line, never joined or repaired */
  paragraphs: string[];
  /** 1-based line of each paragraph, same order as `paragraphs` */
  paragraphLines?: number[];
}

export interface PhotoBlock {
  kind: 'photo';
  line: number;
  caption: string | null;
  credit: PageCredit | null;
  /** `图3` in the caption (→ 3) or an image file name written in the page, used to pick the image */
  imageHint: string | null;
  /** 1-based line of the credit (the caption's line for a `(资料图片)` suffix), null without a credit */
  creditLine?: number | null;
}

export type PageBlock = SectionBlock | PhotoBlock;

export interface Figure {
  /** as printed: `944余万元`, `1300余名`, `4.7万余人次` */
  text: string;
  /** 万 (and 亿) multiplied out: 9440000 */
  value: number;
  /** without the multiplier: `元`, `名`, `人次` */
  unit: string;
  /** `余` / `多` after the number: the value is a lower bound */
  atLeast: boolean;
  kind: 'amount' | 'count';
  /** what is counted, from the words before the number in its clause (≤ 120 characters) */
  label: string;
  /** the whole sentence the figure came from */
  sentence: string;
  line: number;
}

export interface ParsedPage {
  title: string;
  kicker: string | null;
  subtitle: string | null;
  /** the first paragraph of the first section: the article's summary */
  lead: string | null;
  blocks: PageBlock[];
  figures: Figure[];
  warnings: ImportWarning[];
}

/** An image that comes with a page: embedded in a .docx, or from a folder or zip next to a text file. */
export interface ImportImage {
  name: string;
  mime: string | null;
  data: Buffer;
}

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be` or `gbk` */
  encoding: string;
}

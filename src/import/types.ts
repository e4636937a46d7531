/**
 * What the importer reads a printed page into. Pure data: the parser (parse.ts), the figure reader
 * (figures.ts), the decoders (decode.ts, docx.ts, archive.ts) and the import service share these shapes.
 */

import type { CreditRole, ImportFigure, ImportWarning } from '#newsroom-media';

/** the plugin's importer contract names what the admin page shows of a page's figures and warnings */
export type { ImportFigure as Figure, ImportWarning } from '#newsroom-media';

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

export interface ParsedPage {
  title: string;
  kicker: string | null;
  subtitle: string | null;
  /** the first paragraph of the first section: the article's summary */
  lead: string | null;
  blocks: PageBlock[];
  figures: ImportFigure[];
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

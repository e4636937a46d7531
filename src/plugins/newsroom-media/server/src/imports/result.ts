/**
 * What the configured importer service (`importer` in the plugin's configuration) answers, in a dry run and after
 * writing: the contract between an app's importer and the plugin's page 导入稿件, which shows it.
 */

/** A problem that does not stop the import; `line` is 1-based in the decoded text, null when not tied to a line. */
export interface ImportWarning {
  code: string;
  line: number | null;
  message: string;
}

export interface ImportFigure {
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

export interface ImportPhotographerMatch {
  name: string;
  /** `existing`: a photographer record has this Chinese or English name; `new`: one is created on confirm */
  match: 'existing' | 'new';
  documentId: string | null;
  /** the matched record's Chinese and English names (the credit line prints these) */
  recordName?: string;
  recordNameEn?: string | null;
}

export interface ImportResultBlock {
  kind: 'section' | 'photo';
  line: number;
  heading?: string | null;
  paragraphs?: string[];
  caption?: string | null;
  /** the credit line as it will print under the photo */
  creditLine?: string | null;
  photographer?: { name: string; match: 'existing' | 'new' | null; documentId: string | null } | null;
  image?: { name: string | null; missing: boolean };
}

export interface ImportResult {
  dryRun: boolean;
  /** how the page file was read: `utf-8`, `gbk`, `utf-16le`, `docx`, … */
  encoding: string;
  /** `sourceId:<id>` or `sha256:<hash of the text>`: what a later import of the same page is matched by */
  importKey: string;
  article: {
    documentId: string | null;
    title: string;
    kicker: string | null;
    subtitle: string | null;
    summary: string | null;
    locale: string;
    /** false when an earlier import's draft is updated */
    created: boolean;
  };
  blocks: ImportResultBlock[];
  photographers: ImportPhotographerMatch[];
  figures: ImportFigure[];
  warnings: ImportWarning[];
  photos: Array<{ documentId: string | null; position: number; imageMissing: boolean; creditLine: string | null }>;
}

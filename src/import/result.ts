/** What an import answers, in dry run and after writing: the admin page, the API and the CLI show it. */

import type { Figure, ImportWarning } from './types';

export interface PhotographerMatch {
  name: string;
  /** `existing`: a photographer record has this Chinese or English name; `new`: one is created on confirm */
  match: 'existing' | 'new';
  documentId: string | null;
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
  photographers: PhotographerMatch[];
  figures: Figure[];
  warnings: ImportWarning[];
  photos: Array<{ documentId: string | null; position: number; imageMissing: boolean; creditLine: string | null }>;
}

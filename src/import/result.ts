/**
 * What an import (or its dry run) answers: the article as it will be saved, the page's blocks in order with the
 * credit lines as they will print, the photographers matched or to be created, the figures, the warnings and the
 * photos. The admin page (导入稿件) shows exactly this.
 */

import type { Figure, ImportWarning } from './types';

export type PhotographerMatch = 'existing' | 'new';

export interface ImportedPhotographer {
  name: string;
  match: PhotographerMatch;
  /** null in a dry run for a photographer still to be created */
  documentId: string | null;
}

export interface ImportResultBlock {
  kind: 'section' | 'photo';
  line: number;
  heading?: string | null;
  paragraphs?: string[];
  caption?: string | null;
  /** as it will print, from formatCreditLine */
  creditLine?: string | null;
  photographer?: { name: string; match: PhotographerMatch | null; documentId: string | null };
  image?: { name: string | null; missing: boolean };
}

export interface ImportResult {
  dryRun: boolean;
  /** how the page file was decoded (DecodedText.encoding for a text file), as the service reports it */
  encoding: string;
  article: {
    /** null in a dry run of a new article */
    documentId: string | null;
    title: string;
    kicker: string | null;
    subtitle: string | null;
    summary: string | null;
    locale: string;
    /** false: an earlier import of the same page was updated */
    created: boolean;
  };
  blocks: ImportResultBlock[];
  photographers: ImportedPhotographer[];
  figures: Figure[];
  warnings: ImportWarning[];
  photos: Array<{ documentId: string | null; imageMissing: boolean }>;
}

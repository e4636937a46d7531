/** What a backup archive declares about itself, and the places backup and restore share. */

import path from 'path';
import type { Core } from '@strapi/strapi';
import type { ColumnSpec } from './tables';

export const ARCHIVE_FORMAT = 1;

export interface Manifest {
  format: number;
  createdAt: string;
  strapiVersion: string;
  /** the database the archive was taken from */
  client: string;
  tables: Array<{ name: string; columns: ColumnSpec[]; rows: number; idColumn?: string }>;
  /** files in the archive; `remote`: file rows whose bytes live on another provider (object storage) */
  files: { count: number; bytes: number; remote: number };
}

export interface ProgressEvent {
  phase: 'check' | 'rows' | 'files' | 'commit';
  rows?: number;
  totalRows?: number;
  table?: string;
  files?: number;
  totalFiles?: number;
  bytes?: number;
}

export type Progress = (event: ProgressEvent) => void;

/** The local upload provider's folder (it writes to `<public>/uploads`). */
export const uploadsDir = (strapi: Core.Strapi): string => path.resolve(strapi.dirs.static.public, 'uploads');

/**
 * The newsroom's content: its rows make a restore target "not empty". Roles, permissions, locales, settings and
 * (outside production) the demo accounts are written by every start, so they do not count; a restore replaces them.
 */
export const contentUids = (strapi: Core.Strapi): string[] =>
  Object.keys(strapi.contentTypes)
    .filter((uid) => uid.startsWith('api::') || uid === 'plugin::upload.file')
    .sort();

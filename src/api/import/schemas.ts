/**
 * The form fields of an import (POST /api/imports and the admin page's request), parsed at the edge with zod.
 * The route declares them for the OpenAPI document; the files come as `file` (the page) and `images`.
 */

import { z } from 'zod';

const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')], { error: 'must be true or false' });

export const importFieldsShape = {
  /** true (the default): read and match only, write nothing */
  dryRun: flag.optional(),
  locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a locale code such as zh-Hans').optional(),
  sourceId: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'must be 1 to 64 letters, digits, dots, colons, dashes or underscores')
    .optional(),
  source: z.string().trim().min(1).max(120).optional(),
  printDate: z.iso.date({ error: 'must be a date, YYYY-MM-DD' }).optional(),
  printPage: z.string().trim().min(1).max(20).optional(),
  printPageName: z.string().trim().min(1).max(80).optional(),
};

export const importFields = z.strictObject(importFieldsShape);
export type ImportFields = z.output<typeof importFields>;

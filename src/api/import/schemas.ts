/**
 * The form fields of an import (POST /api/imports and the admin page's request), parsed at the edge with zod.
 * The route declares them for the OpenAPI document; the files come as `file` (the page) and `images`.
 */

import { z } from 'zod';
import { withStatuses } from '../../utils/openapi';

const flag = z.enum(['true', 'false'], { error: 'must be true or false' });

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

const match = z.enum(['existing', 'new']);

/** What POST /api/imports answers (src/import/result.ts): 200 for a dry run, 201 once written. */
export const importResponse = withStatuses(
  z.object({
    data: z.object({
      dryRun: z.boolean(),
      encoding: z.string(),
      importKey: z.string(),
      article: z.object({
        documentId: z.string().nullable(),
        title: z.string(),
        kicker: z.string().nullable(),
        subtitle: z.string().nullable(),
        summary: z.string().nullable(),
        locale: z.string(),
        created: z.boolean(),
      }),
      blocks: z.array(
        z.object({
          kind: z.enum(['section', 'photo']),
          line: z.number().int(),
          heading: z.string().nullable().optional(),
          paragraphs: z.array(z.string()).optional(),
          caption: z.string().nullable().optional(),
          creditLine: z.string().nullable().optional(),
          photographer: z.object({ name: z.string(), match: match.nullable(), documentId: z.string().nullable() }).nullable().optional(),
          image: z.object({ name: z.string().nullable(), missing: z.boolean() }).optional(),
        })
      ),
      photographers: z.array(
        z.object({ name: z.string(), match, documentId: z.string().nullable(), recordName: z.string().optional(), recordNameEn: z.string().nullable().optional() })
      ),
      figures: z.array(
        z.object({
          text: z.string(),
          value: z.number(),
          unit: z.string(),
          atLeast: z.boolean(),
          kind: z.enum(['amount', 'count']),
          label: z.string(),
          sentence: z.string(),
          line: z.number().int(),
        })
      ),
      warnings: z.array(z.object({ code: z.string(), line: z.number().int().nullable(), message: z.string() })),
      photos: z.array(z.object({ documentId: z.string().nullable(), position: z.number().int(), imageMissing: z.boolean(), creditLine: z.string().nullable() })),
    }),
    meta: z.object({}),
  }),
  [200, 201]
);

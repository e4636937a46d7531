/**
 * Input of the photographers' endpoints, as zod schemas built from the plugin's configuration: text limits are
 * the photo type's own `maxLength`s, credit roles are CREDIT_ROLES. The routes declare them (OpenAPI) and the
 * controller and service parse with them; whether a locale or a linked document exists is checked afterwards.
 */

import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { NewsroomMediaConfig } from '../config';
import { CREDIT_ROLES } from '../credit/credit-line';
import { documentIdText, localeCode, maxLengthsOf, oneOf, queryParam, strictQuery } from '../validation';

/** The fields a photographer may change on their own draft (PUT mine/:documentId). */
export const EDITABLE = ['caption', 'altText', 'creditRole', 'takenAt', 'location'] as const;

const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date (ISO 8601)');

/** A form or JSON text field: trimmed, within the schema's limit when it has one. */
const text = (limit: number | undefined) => queryParam(limit === undefined ? z.string().trim() : z.string().max(limit, `is longer than ${limit} characters`).trim());

const nullableText = z.string().nullable();

/** A photographer's photo as the submission endpoints present it (controllers/submission.ts `present`). */
const submittedPhoto = z.object({
  documentId: z.string(),
  locale: nullableText,
  status: z.enum(['draft', 'published']),
  caption: nullableText,
  altText: nullableText,
  creditRole: nullableText,
  creditName: nullableText,
  creditLine: nullableText.meta({ readOnly: true }),
  takenAt: nullableText,
  location: nullableText,
  structuredData: z.record(z.string(), z.unknown()).nullable().meta({ readOnly: true }),
  photographer: z.object({ documentId: z.string(), name: nullableText, nameEn: nullableText }).nullable(),
  image: z
    .object({
      id: z.number().int(),
      name: z.string(),
      url: z.string(),
      width: z.number().int().nullable(),
      height: z.number().int().nullable(),
      mime: z.string(),
      formats: z.record(z.string(), z.unknown()).nullable(),
    })
    .nullable(),
});

export const submissionSchemas = (strapi: Core.Strapi, config: NewsroomMediaConfig) => {
  const f = config.photo.fields;
  const limits = maxLengthsOf(strapi, config.photo.uid);
  const editable = {
    caption: text(limits[f.caption]),
    altText: text(limits[f.altText]),
    creditRole: queryParam(oneOf(CREDIT_ROLES)),
    takenAt: queryParam(isoDate),
    location: text(limits[f.location]),
  };
  const fields = {
    ...editable,
    ...(config.photographer ? { photographer: queryParam(documentIdText) } : {}),
    locale: queryParam(localeCode),
    ...Object.fromEntries(Object.keys(config.submissionLinks).map((name) => [name, queryParam(documentIdText)])),
  };
  const localeQuery = { locale: queryParam(localeCode) };
  return {
    /** the multipart fields of POST submit (the files come in `files`) */
    fields: strictQuery(fields),
    fieldsShape: fields,
    /** what the OpenAPI document shows for POST submit */
    submitBody: z.object({ ...fields, files: z.array(z.file()).min(1) }),
    updateBody: z.strictObject({ data: z.strictObject(editable) }),
    localeQuery,
    mineQuery: strictQuery(localeQuery),
    documentParams: { documentId: documentIdText },
    /** what POST submit (201), GET mine and PUT mine/:documentId answer: the photos as the controller presents them */
    submittedList: z.object({ data: z.array(submittedPhoto), meta: z.object({ count: z.number().int() }) }),
    submittedOne: z.object({ data: submittedPhoto }),
  };
};

export type SubmissionSchemas = ReturnType<typeof submissionSchemas>;

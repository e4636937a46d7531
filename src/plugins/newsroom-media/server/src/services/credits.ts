/**
 * Credits service: keeps each photo's stored `creditLine` and `structuredData` in step with its credit fields,
 * its photographer and its image, and fills a new photo's empty fields from its file's embedded metadata.
 */

import type { Core, UID } from '@strapi/strapi';
import { creditedName, formatCreditLine, type CreditPerson, type CreditRole } from '../credit/credit-line';
import { creditFromMetadata } from '../credit/from-metadata';
import { imageObject } from '../credit/structured-data';
import type { EmbeddedMetadata } from '../metadata/read';
import { getService, isEmpty, pluginConfig } from '../utils';

interface PhotoRow {
  id: number;
  documentId: string;
  locale: string | null;
  [field: string]: unknown;
}

interface ImageRow {
  url?: string;
  width?: number | null;
  height?: number | null;
}

interface PersonRow {
  documentId?: string;
  name?: string | null;
  nameEn?: string | null;
  defaultRole?: CreditRole | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => pluginConfig(strapi);

  return {
    format: formatCreditLine,

    /**
     * Recomputes `creditLine` and `structuredData` on every row (each locale, draft and published) of the given
     * photos through the query engine, so it neither re-enters document middlewares nor creates drafts.
     * Returns the fresh credit line and structured data per `documentId:locale`.
     */
    async refresh(documentIds: string[]): Promise<Map<string, { creditLine: string | null; structuredData: Record<string, unknown> }>> {
      const lines = new Map<string, { creditLine: string | null; structuredData: Record<string, unknown> }>();
      if (documentIds.length === 0) return lines;
      const { uid, fields } = config().photo;
      const person = config().photographer?.fields;
      const rows = (await strapi.db.query(uid as UID.Schema).findMany({
        where: { documentId: { $in: documentIds } },
        select: ['id', 'documentId', 'locale', fields.caption, fields.creditRole, fields.creditName, fields.creditLine,
          fields.structuredData, fields.copyrightNotice, fields.usageTerms, fields.takenAt, fields.location],
        populate: {
          ...(person ? { [fields.photographer]: { select: [person.name, person.nameEn, person.defaultRole] } } : {}),
          [fields.image]: { select: ['url', 'width', 'height'] },
        },
      })) as PhotoRow[];

      for (const row of rows) {
        const photographer = person ? (row[fields.photographer] as PersonRow | null) : null;
        const image = row[fields.image] as ImageRow | null;
        const credited: CreditPerson | null =
          person && photographer
            ? {
                name: photographer[person.name as 'name'],
                nameEn: photographer[person.nameEn as 'nameEn'],
                defaultRole: photographer[person.defaultRole as 'defaultRole'],
              }
            : null;
        const creditLine = formatCreditLine(
          { creditRole: row[fields.creditRole] as CreditRole | null, creditName: row[fields.creditName] as string | null, photographer: credited },
          row.locale
        );
        const structuredData = imageObject(
          {
            url: image?.url,
            width: image?.width,
            height: image?.height,
            caption: row[fields.caption] as string | null,
            creditLine,
            creatorName: creditedName(credited, row.locale) || null,
            copyrightNotice: row[fields.copyrightNotice] as string | null,
            usageTerms: row[fields.usageTerms] as string | null,
            takenAt: row[fields.takenAt] as string | null,
            location: row[fields.location] as string | null,
            locale: row.locale,
          },
          config().publicUrl
        );
        lines.set(`${row.documentId}:${row.locale ?? ''}`, { creditLine, structuredData });
        if (creditLine !== row[fields.creditLine] || JSON.stringify(structuredData) !== JSON.stringify(row[fields.structuredData])) {
          await strapi.db
            .query(uid as UID.Schema)
            .update({ where: { id: row.id }, data: { [fields.creditLine]: creditLine, [fields.structuredData]: structuredData } });
        }
      }
      return lines;
    },

    /** The photographer whose Chinese name is `name` or whose English name is `name` in any case; null if none (or no photographer type). */
    async findPhotographer(name: string): Promise<string | null> {
      const configured = config().photographer;
      if (!configured) return null;
      const { uid, fields } = configured;
      const trimmed = name.trim();
      if (!trimmed) return null;
      const existing = await strapi.documents(uid as UID.ContentType).findFirst({
        filters: { $or: [{ [fields.name]: trimmed }, { [fields.nameEn]: { $eqi: trimmed } }] },
        fields: ['documentId'],
      } as never);
      return existing?.documentId ?? null;
    },

    /** The photographer named `name` (Chinese or English name), created with `role` as default role if unknown. */
    async photographerNamed(name: string, role?: CreditRole): Promise<string> {
      const configured = config().photographer;
      if (!configured) throw new Error('newsroom-media: no photographer type is configured');
      const { uid, fields } = configured;
      const documents = strapi.documents(uid as UID.ContentType);
      const existing = await this.findPhotographer(name);
      if (existing) return existing;
      const created = await documents.create({ data: { [fields.name]: name, [fields.defaultRole]: role ?? null } } as never);
      strapi.log.info(`[newsroom-media] created photographer ${name} from a file's byline`);
      return created.documentId;
    },

    /**
     * Fills the empty fields of a photo being written from the embedded metadata of its image file. Values in
     * `data` or already on the document (`existing`) are never replaced, nor the fields named in `keep` (which the
     * caller has decided, empty or not: an imported page's credit).
     */
    async fillFromFile(data: Record<string, unknown>, existing: Record<string, unknown> | null = null, keep: string[] = []): Promise<void> {
      const { fields } = config().photo;
      const fileId = imageIdOf(data[fields.image]);
      if (fileId === null) return;
      const metadata = await getService(strapi, 'files').metadataOf(fileId);
      if (!metadata) return;

      const credit = creditFromMetadata(metadata);
      const empty = (field: string) => !keep.includes(field) && isEmpty(data[field]) && isEmpty(existing?.[field]);
      const fill = (field: string, value: unknown) => {
        if (!isEmpty(value) && empty(field)) data[field] = value;
      };
      fill(fields.caption, credit.caption);
      fill(fields.altText, credit.caption);
      fill(fields.takenAt, credit.takenAt && !Number.isNaN(Date.parse(credit.takenAt)) ? new Date(credit.takenAt).toISOString() : undefined);
      fill(fields.location, credit.location);
      fill(fields.copyrightNotice, credit.copyrightNotice);
      fill(fields.usageTerms, credit.usageTerms);
      fill(fields.creditRole, credit.creditRole);
      fill(fields.creditName, credit.creditName);
      if (credit.photographerName && !config().photographer) {
        // no photographer type: the person is credited by name
        fill(fields.creditName, credit.photographerName);
      } else if (credit.photographerName && empty(fields.photographer)) {
        data[fields.photographer] = await this.photographerNamed(credit.photographerName, credit.creditRole);
      }
      const previous = (data[fields.metadata] ?? existing?.[fields.metadata] ?? {}) as Record<string, unknown>;
      data[fields.metadata] = { ...previous, embedded: embeddedSummary(metadata) };
    },
  };
};

const imageIdOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if (value && typeof value === 'object' && 'id' in value && typeof (value as { id: unknown }).id === 'number') {
    return (value as { id: number }).id;
  }
  return null;
};

const embeddedSummary = (metadata: EmbeddedMetadata) => ({
  ...metadata.raw,
  ...(metadata.iptcEncoding ? { iptcEncoding: metadata.iptcEncoding } : {}),
  ...(metadata.gps ? { gps: metadata.gps } : {}),
});

/**
 * article-list service: the default article list (GET /api/articles with the default populate) in five set-based
 * SQL queries — default locale, one page of published articles, the count, the page's covers (photo, image,
 * photographer) and its categories — assembled into the JSON Strapi's core controller returns for that request.
 *
 * Which fields each level carries is derived from the schemas once, at first use: every non-private scalar
 * attribute (what the public sanitizer keeps), plus `fields` where the default populate narrows a relation.
 * Values are decoded as Strapi's query engine decodes them (`@strapi/database` fields), so dates, numbers,
 * booleans and JSON come out the same on SQLite and PostgreSQL. The controller decides when a request may take
 * this path; anything else goes through the core controller.
 */

import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { isDeepStrictEqual } from 'util';
import { articlePopulate } from '../middlewares/article-populate';

const ARTICLE = 'api::article.article';
const PHOTO = 'api::photo.photo';
const PHOTOGRAPHER = 'api::photographer.photographer';
const CATEGORY = 'api::category.category';
const FILE = 'plugin::upload.file';
/** The upload plugin's fixed morph table linking files to the entries that show them. */
const FILE_MORPH = { table: 'files_related_mph', file: 'file_id', id: 'related_id', type: 'related_type', field: 'field', order: 'order' };

/** Sort fields the fast path serves (`sort=field` or `sort=field:asc|desc`); other sorts take the core path. */
export const FAST_SORT_FIELDS = ['id', 'publishDate', 'publishedAt', 'createdAt', 'updatedAt'] as const;
export type FastSortField = (typeof FAST_SORT_FIELDS)[number];

export interface ArticleListRequest {
  page: number;
  pageSize: number;
  /** undefined: the default locale, as Strapi's i18n picks it */
  locale?: string;
  sort: { field: FastSortField; order: 'asc' | 'desc' };
}

type Row = Record<string, unknown>;
type Entry = Record<string, unknown>;

export interface ArticleListResponse {
  data: Entry[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/** `fromDB` of @strapi/database's field for each scalar type; null stays null (as in its `fromRow`). */
const parseJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    // Strapi 5 before 5.0.0-rc.7 stored some JSON stringified twice
    return typeof parsed === 'string' ? JSON.parse(parsed) : parsed;
  } catch {
    return value;
  }
};
const asDate = (value: unknown): Date => (value instanceof Date ? value : new Date(value as string | number));
const DECODERS: Record<string, (value: unknown) => unknown> = {
  increments: (value) => value,
  password: String,
  email: String,
  string: String,
  uid: String,
  richtext: String,
  text: String,
  enumeration: String,
  json: parseJson,
  blocks: parseJson,
  biginteger: String,
  integer: Number,
  float: Number,
  decimal: Number,
  date: (value) => value,
  time: (value) => value,
  datetime: (value) => {
    const date = asDate(value);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  },
  timestamp: (value) => {
    const time = asDate(value).getTime();
    return Number.isNaN(time) ? null : String(time);
  },
  boolean: (value) => {
    if (typeof value === 'boolean') return value;
    const text = String(value);
    if (text === '1') return true;
    if (text === '0') return false;
    return null;
  },
};

interface Field {
  key: string;
  column: string;
  decode: (value: unknown) => unknown;
}

interface Level {
  table: string;
  fields: Field[];
  /** the populated version is the published one (draft & publish types) */
  publishedOnly: boolean;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

interface Plan {
  article: Level;
  photo: Level;
  file: Level;
  photographer: Level;
  category: Level;
  cover: JoinTable;
  categoryLink: JoinTable;
  photographerLink: JoinTable;
}

interface MetadataAttribute {
  type: string;
  columnName?: string;
  joinTable?: JoinTable;
}

/** The two relation levels the default list populate asks for, with their `fields`; null if it has changed shape. */
const listPopulateFields = (): { photographer: string[]; category: string[] } | null => {
  const list = articlePopulate.list as { cover?: unknown; category?: { fields?: unknown } };
  const cover = list.cover as { populate?: { image?: unknown; photographer?: { fields?: unknown } } } | undefined;
  const photographer = cover?.populate?.photographer?.fields;
  const category = list.category?.fields;
  if (!Array.isArray(photographer) || !Array.isArray(category)) return null;
  const expected = {
    cover: { populate: { image: true, photographer: { fields: photographer } } },
    category: { fields: category },
  };
  return isDeepStrictEqual(JSON.parse(JSON.stringify(list)), expected) ? { photographer, category } : null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const levelOf = (uid: UID.Schema, only?: string[]): Level => {
    const schema = strapi.getModel(uid);
    const metadata = strapi.db.metadata.get(uid);
    const attributes = metadata.attributes as Record<string, MetadataAttribute>;
    const fields: Field[] = [];
    for (const [key, attribute] of Object.entries(attributes)) {
      const decode = DECODERS[attribute.type];
      if (!decode || !attribute.columnName) continue;
      if (only ? !['id', 'documentId', ...only].includes(key) : contentTypes.isPrivateAttribute(schema, key)) continue;
      fields.push({ key, column: attribute.columnName, decode });
    }
    return { table: metadata.tableName, fields, publishedOnly: contentTypes.hasDraftAndPublish(schema) };
  };

  const joinTableOf = (uid: UID.Schema, attribute: string): JoinTable => {
    const joinTable = (strapi.db.metadata.get(uid).attributes as Record<string, MetadataAttribute>)[attribute]?.joinTable;
    if (!joinTable) throw new Error(`${uid}.${attribute} has no join table`);
    return joinTable;
  };

  let plan: Plan | null | undefined;
  /** Built once from the loaded schemas; null when the default populate no longer has the shape this path serves. */
  const planOf = (): Plan | null => {
    if (plan !== undefined) return plan;
    const populate = listPopulateFields();
    if (!populate) {
      strapi.log.warn('article-list: the default list populate has changed shape; the fast path is off');
      plan = null;
      return plan;
    }
    plan = {
      article: levelOf(ARTICLE),
      photo: levelOf(PHOTO),
      file: levelOf(FILE),
      photographer: levelOf(PHOTOGRAPHER, populate.photographer),
      category: levelOf(CATEGORY, populate.category),
      cover: joinTableOf(ARTICLE, 'cover'),
      categoryLink: joinTableOf(ARTICLE, 'category'),
      photographerLink: joinTableOf(PHOTO, 'photographer'),
    };
    return plan;
  };

  const selectOf = (alias: string, level: Level): string[] => level.fields.map((field) => `${alias}.${field.column} as ${alias}__${field.key}`);

  const entryOf = (alias: string, level: Level, row: Row): Entry => {
    const entry: Entry = {};
    for (const field of level.fields) {
      const value = row[`${alias}__${field.key}`];
      entry[field.key] = value === null || value === undefined ? null : field.decode(value);
    }
    return entry;
  };

  const defaultLocale = async (): Promise<string> => {
    const locales = strapi.plugin('i18n').service('locales') as { getDefaultLocale(): Promise<string> };
    return locales.getDefaultLocale();
  };

  return {
    /** Whether this path can serve the default list (it cannot once the default populate changes shape). */
    available(): boolean {
      // a private upload provider signs file URLs on the way out, which the core path does and this one does not
      const provider = strapi.plugin('upload').provider as { isPrivate?: () => boolean } | undefined;
      return planOf() !== null && provider?.isPrivate?.() !== true;
    },

    async find({ page, pageSize, locale: requested, sort }: ArticleListRequest): Promise<ArticleListResponse> {
      const current = planOf();
      if (!current) throw new Error('article-list: the fast path is not available');
      const { article, photo, file, photographer, category, cover, categoryLink, photographerLink } = current;
      const knex = strapi.db.connection;
      const locale = requested ?? (await defaultLocale());
      const sortColumn = article.fields.find((field) => field.key === sort.field)?.column;
      if (!sortColumn) throw new Error(`article-list: no column for sort field ${sort.field}`);

      // the same WHERE and ORDER BY as the core path's query, so that ties fall the same way
      const published = (alias: string) => (builder: ReturnType<typeof knex>) =>
        builder.whereNotNull(`${alias}.published_at`).andWhere(`${alias}.locale`, locale);
      const [rows, counted] = await Promise.all([
        published('t0')(knex(`${article.table} as t0`))
          .select(selectOf('t0', article))
          .orderBy(`t0.${sortColumn}`, sort.order)
          .limit(pageSize)
          .offset((page - 1) * pageSize) as Promise<Row[]>,
        published('t0')(knex(`${article.table} as t0`)).count({ count: 't0.id' }) as Promise<Row[]>,
      ]);
      const total = Number(counted[0]?.count ?? 0);
      const data = rows.map((row) => entryOf('t0', article, row));
      const ids = data.map((entry) => entry.id as number);

      if (ids.length > 0) {
        const coverQuery = knex(`${cover.name} as cl`)
          .select([`cl.${cover.joinColumn.name} as __article`, ...selectOf('p', photo), ...selectOf('f', file), ...selectOf('g', photographer)])
          .join(`${photo.table} as p`, `p.id`, `cl.${cover.inverseJoinColumn.name}`)
          .leftJoin(`${FILE_MORPH.table} as fm`, (on) => {
            on.on('fm.' + FILE_MORPH.id, 'p.id')
              .andOn('fm.' + FILE_MORPH.type, knex.raw('?', [PHOTO]))
              .andOn('fm.' + FILE_MORPH.field, knex.raw('?', ['image']));
          })
          .leftJoin(`${file.table} as f`, 'f.id', `fm.${FILE_MORPH.file}`)
          .leftJoin(`${photographerLink.name} as gl`, `gl.${photographerLink.joinColumn.name}`, 'p.id')
          .leftJoin(`${photographer.table} as g`, 'g.id', `gl.${photographerLink.inverseJoinColumn.name}`)
          .whereIn(`cl.${cover.joinColumn.name}`, ids)
          .orderBy([{ column: 'cl.id' }, { column: `fm.${FILE_MORPH.order}` }, { column: 'gl.id' }]);
        if (photo.publishedOnly) coverQuery.whereNotNull('p.published_at');
        const categoryQuery = knex(`${categoryLink.name} as kl`)
          .select([`kl.${categoryLink.joinColumn.name} as __article`, ...selectOf('k', category)])
          .join(`${category.table} as k`, 'k.id', `kl.${categoryLink.inverseJoinColumn.name}`)
          .whereIn(`kl.${categoryLink.joinColumn.name}`, ids)
          .orderBy('kl.id');
        if (category.publishedOnly) categoryQuery.whereNotNull('k.published_at');
        const [coverRows, categoryRows] = (await Promise.all([coverQuery, categoryQuery])) as [Row[], Row[]];

        // a manyToOne / single media holds one target: the first row per parent wins
        const covers = new Map<unknown, Entry>();
        for (const row of coverRows) {
          if (covers.has(row.__article)) continue;
          const entry = entryOf('p', photo, row);
          entry.image = row.f__id === null || row.f__id === undefined ? null : entryOf('f', file, row);
          entry.photographer = row.g__id === null || row.g__id === undefined ? null : entryOf('g', photographer, row);
          covers.set(row.__article, entry);
        }
        const categories = new Map<unknown, Entry>();
        for (const row of categoryRows) if (!categories.has(row.__article)) categories.set(row.__article, entryOf('k', category, row));
        for (const entry of data) {
          entry.cover = covers.get(entry.id) ?? null;
          entry.category = categories.get(entry.id) ?? null;
        }
      }

      return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
    },
  };
};

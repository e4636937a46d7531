/**
 * The article list's fast path: the default article list (GET /api/articles with the default populate, optionally
 * narrowed to one slug: the article page's request) in one SQL statement — the default locale (read from the core
 * store), one page of published articles, the count, the page's covers (photo, image, photographer) and its
 * categories — assembled into the JSON Strapi's core controller returns for that request.
 *
 * Which fields each level carries is derived from the schemas once, at first use: every non-private scalar
 * attribute (what the public sanitizer keeps), plus `fields` where the default populate narrows a relation; every
 * table, column and join table comes from the metadata (./names). The SQL text is built once per shape (sort ×
 * default or requested locale × slug filter) and run with bindings through `knex.raw`.
 * Values are decoded as Strapi's query engine decodes them (`@strapi/database` fields), so dates, numbers,
 * booleans and JSON come out the same on SQLite and PostgreSQL. The controller decides when a request may take
 * this path; anything else goes through the core controller.
 */

import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { isDeepStrictEqual } from 'util';
import { articlePopulate } from '../api/article/middlewares/article-populate';
import { entityOf, idColumnOf, qualified, quote, type Link, type MediaLink, type MetadataAttribute } from './names';

const ARTICLE = 'api::article.article';
const PHOTO = 'api::photo.photo';
const PHOTOGRAPHER = 'api::photographer.photographer';
const CATEGORY = 'api::category.category';
const FILE = 'plugin::upload.file';

/** Sort fields the fast path serves (`sort=field` or `sort=field:asc|desc`); other sorts take the core path. */
export const FAST_SORT_FIELDS = ['id', 'publishDate', 'publishedAt', 'createdAt', 'updatedAt'] as const;
export type FastSortField = (typeof FAST_SORT_FIELDS)[number];

export interface ArticleListRequest {
  page: number;
  pageSize: number;
  /** undefined: the default locale, as Strapi's i18n picks it */
  locale?: string;
  /** `filters[slug][$eq]`: the article page's request */
  slug?: string;
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
// what lodash's toString and toNumber give, without the call for the values drivers already hand back
const asString = (value: unknown): unknown => (typeof value === 'string' ? value : String(value));
const asNumber = (value: unknown): unknown => (typeof value === 'number' ? value : Number(value));
const asDate = (value: unknown): Date => (value instanceof Date ? value : new Date(value as string | number));
const DECODERS: Record<string, (value: unknown) => unknown> = {
  increments: (value) => value,
  password: asString,
  email: asString,
  string: asString,
  uid: asString,
  richtext: asString,
  text: asString,
  enumeration: asString,
  json: parseJson,
  blocks: parseJson,
  biginteger: asString,
  integer: asNumber,
  float: asNumber,
  decimal: asNumber,
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
  /** the field's column name in the result rows: `<alias>__<key>` */
  name: string;
  decode: (value: unknown) => unknown;
}

interface Level {
  table: string;
  alias: string;
  fields: Field[];
  id: string;
  /** the publication column when the populated version is the published one (draft & publish types) */
  publishedAt: string | null;
}

/** A join table with its own id column (the link order Strapi keeps). */
interface JoinTable extends Link {
  id: string;
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
  image: MediaLink;
  /** the article's locale and slug columns */
  locale: string;
  slug: string;
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

/** The default locale as the core store holds it: a JSON string (a locale code needs no escapes). */
const STORED_LOCALE = /^"[^"\\]*"$/;
/** i18n's `strapi.store({ type: 'plugin', name: 'i18n' })` key `default_locale`, as the core store names it. */
const DEFAULT_LOCALE_KEY = 'plugin_i18n_default_locale';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const levelOf = (uid: UID.Schema, alias: string, only?: string[]): Level => {
    const schema = strapi.getModel(uid);
    const entity = entityOf(strapi, uid);
    const attributes = entity.model.attributes as Record<string, MetadataAttribute>;
    const fields: Field[] = [];
    // the fields `fields` narrows to always carry the id and documentId
    const always = ['id', 'documentId'];
    for (const [key, attribute] of Object.entries(attributes)) {
      const decode = DECODERS[attribute.type];
      if (!decode || !attribute.columnName) continue;
      if (only ? ![...always, ...only].includes(key) : contentTypes.isPrivateAttribute(schema, key)) continue;
      fields.push({ key, column: entity.column(key), name: `${alias}__${key}`, decode });
    }
    const publishedAt = contentTypes.hasDraftAndPublish(schema) ? entity.column(contentTypes.constants.PUBLISHED_AT_ATTRIBUTE) : null;
    return { table: entity.table, alias, fields, id: idColumnOf(strapi, entity.table), publishedAt };
  };

  const joinTableOf = (uid: UID.Schema, attribute: string): JoinTable => {
    const link = entityOf(strapi, uid).link(attribute);
    return { ...link, id: idColumnOf(strapi, link.table) };
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
    const article = entityOf(strapi, ARTICLE);
    plan = {
      article: levelOf(ARTICLE, 't0'),
      photo: levelOf(PHOTO, 'p'),
      file: levelOf(FILE, 'f'),
      photographer: levelOf(PHOTOGRAPHER, 'g', populate.photographer),
      category: levelOf(CATEGORY, 'k', populate.category),
      cover: joinTableOf(ARTICLE, 'cover'),
      categoryLink: joinTableOf(ARTICLE, 'category'),
      photographerLink: joinTableOf(PHOTO, 'photographer'),
      image: entityOf(strapi, PHOTO).media('image'),
      locale: article.column('locale'),
      slug: article.column('slug'),
    };
    return plan;
  };

  /** The core store's row for i18n's default locale (what `getDefaultLocale` reads), from the store's metadata. */
  const storeOf = () => {
    const store = entityOf(strapi, 'strapi::core-store');
    const column = (key: string) => quote(store.column(key));
    return { table: quote(store.table), key: column('key'), value: column('value'), type: column('type'), environment: column('environment'), tag: column('tag') };
  };

  /**
   * The page, its count, its covers (photo, image file, photographer) and categories in one statement. The page is
   * the core path's query (same WHERE, ORDER BY, LIMIT), numbered in the order it comes back so that ties keep
   * their places; the count rides on a one-row CTE so an empty page still carries it. Relations join every link
   * row whose target exists (and is published), ordered by link id, file order and credit id: the first row per
   * article holds its cover and category (a to-one relation or single media shows one target).
   * Without a requested locale, the default is read from the core store inside the statement (`__stored`, checked
   * against what `getDefaultLocale` would return).
   */
  const sqlOf = (current: Plan, sortColumn: string, order: 'asc' | 'desc', byDefault: boolean, bySlug: boolean): string => {
    const { article, photo, file, photographer, category, cover, categoryLink, photographerLink, image } = current;
    const select = (level: Level, from: string) => level.fields.map((field) => `${qualified(from, field.column)} AS ${quote(field.name)}`);
    const published = (alias: string, level: Level) => (level.publishedAt ? ` AND ${qualified(alias, level.publishedAt)} IS NOT NULL` : '');
    const locale = byDefault ? '(SELECT code FROM l)' : '?';
    const articles =
      `${quote(article.table)} a WHERE ${qualified('a', current.locale)} = ${locale}${published('a', article)}` + (bySlug ? ` AND ${qualified('a', current.slug)} = ?` : '');
    const store = storeOf();
    const linkOf = (table: JoinTable) => ({ name: quote(table.table), from: quote(table.from), to: quote(table.to), id: quote(table.id) });
    const cl = linkOf(cover);
    const kl = linkOf(categoryLink);
    const gl = linkOf(photographerLink);
    const fm = Object.fromEntries(Object.entries(image).map(([key, name]) => [key, quote(name)])) as Record<keyof MediaLink, string>;
    const t0 = article.fields.map((field) => `t0.${quote(field.name)}`);
    const idOf = (alias: string, level: Level) => qualified(alias, level.id);
    // only link rows whose target exists (and is published) count; EXISTS rather than a parenthesised inner join,
    // which SQLite materialises over the whole table
    const linked = (link: ReturnType<typeof linkOf>, alias: string, level: Level) => [
      `LEFT JOIN ${link.name} ${alias} ON ${alias}.${link.from} = t0.${quote(`${article.alias}__id`)}` +
        ` AND EXISTS (SELECT 1 FROM ${quote(level.table)} x WHERE ${idOf('x', level)} = ${alias}.${link.to}${published('x', level)})`,
      `LEFT JOIN ${quote(level.table)} ${level.alias} ON ${idOf(level.alias, level)} = ${alias}.${link.to}`,
    ];
    return [
      'WITH',
      byDefault
        ? `l AS (SELECT CASE WHEN s.raw LIKE '"%"' THEN substr(s.raw, 2, length(s.raw) - 2) END AS code, s.raw AS raw FROM (SELECT (SELECT ${store.value} FROM ${store.table}` +
          ` WHERE ${store.key} = ? AND ${store.environment} IS NULL AND ${store.tag} IS NULL AND ${store.type} IN ('object', 'array', 'boolean', 'string') LIMIT 1) AS raw) s),`
        : '',
      `c AS (SELECT COUNT(*) AS total FROM ${articles}),`,
      `page AS (SELECT ${select(article, 'a').join(', ')} FROM ${articles} ORDER BY ${qualified('a', sortColumn)} ${order === 'desc' ? 'DESC' : 'ASC'} LIMIT ? OFFSET ?)`,
      `SELECT c.total AS "__total", ${byDefault ? 'l.raw' : 'NULL'} AS "__stored", ${[...t0, ...select(photo, 'p'), ...select(file, 'f'), ...select(photographer, 'g'), ...select(category, 'k')].join(', ')}`,
      `FROM c${byDefault ? ' CROSS JOIN l' : ''}`,
      `LEFT JOIN (SELECT ROW_NUMBER() OVER () AS "__position", page.* FROM page) t0 ON 1 = 1`,
      ...linked(cl, 'cl', photo),
      `LEFT JOIN ${fm.table} fm ON fm.${fm.relatedId} = ${idOf('p', photo)} AND fm.${fm.relatedType} = ? AND fm.${fm.field} = ?`,
      `LEFT JOIN ${quote(file.table)} f ON ${idOf('f', file)} = fm.${fm.file}`,
      `LEFT JOIN ${gl.name} gl ON gl.${gl.from} = ${idOf('p', photo)}`,
      `LEFT JOIN ${quote(photographer.table)} g ON ${idOf('g', photographer)} = gl.${gl.to}`,
      ...linked(kl, 'kl', category),
      `ORDER BY t0."__position", cl.${cl.id}, fm.${fm.order}, gl.${gl.id}, kl.${kl.id}`,
    ]
      .filter(Boolean)
      .join('\n');
  };

  /** SQL text per shape (sort field and order × default or requested locale × slug filter), built at first use. */
  const statements = new Map<string, string>();
  const statementOf = (current: Plan, sort: ArticleListRequest['sort'], byDefault: boolean, bySlug: boolean): string => {
    const shape = `${sort.field}:${sort.order}:${byDefault ? 'default' : 'given'}:${bySlug ? 'slug' : 'all'}`;
    let sql = statements.get(shape);
    if (sql === undefined) {
      const sortColumn = current.article.fields.find((field) => field.key === sort.field)?.column;
      if (!sortColumn) throw new Error(`article-list: no column for sort field ${sort.field}`);
      sql = sqlOf(current, sortColumn, sort.order, byDefault, bySlug);
      statements.set(shape, sql);
    }
    return sql;
  };

  const entryOf = (level: Level, row: Row): Entry => {
    const entry: Entry = {};
    for (const field of level.fields) {
      const value = row[field.name];
      entry[field.key] = value === null || value === undefined ? null : field.decode(value);
    }
    return entry;
  };

  const defaultLocale = async (): Promise<string> => {
    const locales = strapi.plugin('i18n').service('locales') as { getDefaultLocale(): Promise<string> };
    return locales.getDefaultLocale();
  };

  /** The statement's rows, pg's `{ rows }` or better-sqlite3's array. */
  const run = async (sql: string, bindings: unknown[]): Promise<Row[]> => {
    const result = (await strapi.db.connection.raw(sql, bindings as never[])) as unknown;
    return Array.isArray(result) ? (result as Row[]) : ((result as { rows: Row[] }).rows ?? []);
  };

  return {
    /** The plan and the SQL text of every shape (what the names test resolves without running anything). */
    statements(): string[] {
      const current = planOf();
      if (!current) return [];
      const shapes: string[] = [];
      for (const field of FAST_SORT_FIELDS) {
        for (const byDefault of [true, false]) for (const bySlug of [true, false]) shapes.push(statementOf(current, { field, order: 'desc' }, byDefault, bySlug));
      }
      return shapes;
    },

    /** Whether this path can serve the default list (it cannot once the default populate changes shape). */
    available(): boolean {
      // a private upload provider signs file URLs on the way out, which the core path does and this one does not
      const provider = strapi.plugin('upload').provider as { isPrivate?: () => boolean } | undefined;
      return planOf() !== null && provider?.isPrivate?.() !== true;
    },

    async find(request: ArticleListRequest): Promise<ArticleListResponse> {
      const current = planOf();
      if (!current) throw new Error('article-list: the fast path is not available');
      const { page, pageSize, sort, slug } = request;
      const { article, photo, file, photographer, category } = current;
      const bySlug = slug !== undefined;
      const tail = [pageSize, (page - 1) * pageSize, current.image.relatedTypeValue, current.image.fieldValue];
      // the articles' WHERE comes twice (count and page): its bindings too
      const where = (locale?: string) => [...(locale === undefined ? [] : [locale]), ...(bySlug ? [slug] : [])];

      let rows: Row[];
      if (request.locale === undefined) {
        rows = await run(statementOf(current, sort, true, bySlug), [DEFAULT_LOCALE_KEY, ...where(), ...where(), ...tail]);
        const stored = rows[0]?.__stored;
        // anything but a plain JSON string: ask i18n, as the core path does
        if (typeof stored !== 'string' || !STORED_LOCALE.test(stored)) {
          const locale = await defaultLocale();
          rows = await run(statementOf(current, sort, false, bySlug), [...where(locale), ...where(locale), ...tail]);
        }
      } else {
        rows = await run(statementOf(current, sort, false, bySlug), [...where(request.locale), ...where(request.locale), ...tail]);
      }

      const total = Number(rows[0]?.__total ?? 0);
      const data: Entry[] = [];
      const idName = `${article.alias}__id`;
      let previous: unknown;
      for (const row of rows) {
        const id = row[idName];
        // no article (an empty page), or a further row of the article before (the first row per article wins)
        if (id === null || id === undefined || id === previous) continue;
        previous = id;
        const entry = entryOf(article, row);
        if (row.p__id === null || row.p__id === undefined) entry.cover = null;
        else {
          const coverEntry = entryOf(photo, row);
          coverEntry.image = row.f__id === null || row.f__id === undefined ? null : entryOf(file, row);
          coverEntry.photographer = row.g__id === null || row.g__id === undefined ? null : entryOf(photographer, row);
          entry.cover = coverEntry;
        }
        entry.category = row.k__id === null || row.k__id === undefined ? null : entryOf(category, row);
        data.push(entry);
      }

      return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
    },
  };
};

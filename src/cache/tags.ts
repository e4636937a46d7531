/**
 * What a cached response depends on, and what a write changes, as tags (README, "Response cache"):
 *
 * - `all`: on every entry; permissions, locales, settings and anything not understood invalidate it.
 * - `p`: any public change of any type; on responses whose dependencies are not known type by type (GraphQL,
 *   custom endpoints without a declaration).
 * - `d:<uid>:<documentId>`: a document whose data the response contains (relations, media and components too).
 * - `l:<uid>:<locale|*>`: the set of published documents of a type in a locale, for lists and relation fields that
 *   can gain or lose members, and for filters and sorts through a relation.
 * - `k:<uid>:<attribute>:<value>:<locale|*>`: the documents of a type whose unique attribute has this value: a
 *   find filtered by `slug $eq` (the article page) depends on these rather than on the whole list.
 * - `m:<uid>:<relation>:<field>:<value>`: the documents of a type whose owning relation links to a document whose
 *   `documentId` (or unique field) has this value: an inverse relation field (a campaign's `articles`) and a find
 *   filtered by `category.slug $eq` (a category page) depend on these rather than on the whole set.
 *
 * A write of a draft row changes nothing public and invalidates nothing. A public change of a document invalidates
 * its `d:` tag, the `l:` tags of its type in its locale and in `*`, the `k:` tags of its unique values, the `m:`
 * tags of what its owning relations link to (before and after the change) and `p`.
 */

export const ALL = 'all';
export const ANY_PUBLIC = 'p';
export const WILDCARD_LOCALE = '*';

export const docTag = (uid: string, documentId: string): string => `d:${uid}:${documentId}`;
export const setTag = (uid: string, locale: string): string => `l:${uid}:${locale}`;
export const keyTag = (uid: string, attribute: string, value: string | number, locale: string): string =>
  `k:${uid}:${attribute}:${encodeURIComponent(String(value))}:${locale}`;
export const linkTag = (uid: string, relation: string, field: string, value: string | number): string =>
  `m:${uid}:${relation}:${field}:${encodeURIComponent(String(value))}`;

export interface AttributeInfo {
  type: string;
  target?: string;
  component?: string;
  components?: string[];
  unique?: boolean;
  /** set on the inverse side of a bidirectional relation: the owning attribute on the target */
  mappedBy?: string;
}

export interface ModelInfo {
  uid: string;
  /** a content type (a document with a documentId), not a component */
  document: boolean;
  localized: boolean;
  draftAndPublish: boolean;
  attributes: Record<string, AttributeInfo>;
}

export type Models = (uid: string) => ModelInfo | undefined;

export const UPLOAD_FILE = 'plugin::upload.file';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The attributes whose value identifies one document per locale: `uid` fields and `unique` ones. */
export const uniqueAttributes = (model: ModelInfo): string[] =>
  Object.entries(model.attributes)
    .filter(([, attribute]) => attribute.type === 'uid' || attribute.unique === true)
    .map(([name]) => name);

const localeFor = (model: ModelInfo, locale: string): string => (model.localized ? locale : WILDCARD_LOCALE);

/** The tags of a response's data: every document in it, and the sets its relation fields show. */
const tagData = (models: Models, tags: Set<string>, value: unknown, model: ModelInfo | undefined, locale: string): void => {
  if (Array.isArray(value)) {
    for (const item of value) tagData(models, tags, item, model, locale);
    return;
  }
  if (!isObject(value)) return;
  if (!model) {
    tags.add(ANY_PUBLIC);
    return;
  }
  // a component is in its document's locale; a document without locales may link to any
  let own = locale;
  if (model.document) {
    if (typeof value.documentId === 'string') tags.add(docTag(model.uid, value.documentId));
    own = !model.localized ? WILDCARD_LOCALE : typeof value.locale === 'string' ? value.locale : locale;
  }
  for (const [name, attribute] of Object.entries(model.attributes)) {
    const nested = value[name];
    if (nested === undefined || nested === null) {
      // an empty to-one relation gains its member when the target is published
      if (nested === null && attribute.type === 'relation') tagRelation(models, tags, attribute, own, model.document && typeof value.documentId === 'string' ? value.documentId : undefined);
      continue;
    }
    if (attribute.type === 'relation') {
      const owner = model.document && typeof value.documentId === 'string' ? value.documentId : undefined;
      const target = tagRelation(models, tags, attribute, own, owner);
      tagData(models, tags, nested, target, own);
    } else if (attribute.type === 'media') tagData(models, tags, nested, models(UPLOAD_FILE), WILDCARD_LOCALE);
    else if (attribute.type === 'component' && attribute.component) tagData(models, tags, nested, models(attribute.component), own);
    else if (attribute.type === 'dynamiczone' && Array.isArray(nested)) {
      for (const item of nested) tagData(models, tags, item, isObject(item) && typeof item.__component === 'string' ? models(item.__component) : undefined, own);
    }
  }
};

/**
 * A relation field's members: on the inverse side, the target documents that link to this one; else the target's
 * published set. Morph relations (no single target) depend on anything public.
 */
const tagRelation = (models: Models, tags: Set<string>, attribute: AttributeInfo, locale: string, owner: string | undefined): ModelInfo | undefined => {
  const target = attribute.target ? models(attribute.target) : undefined;
  if (!target) {
    tags.add(ANY_PUBLIC);
    return undefined;
  }
  if (attribute.mappedBy && owner && target.attributes[attribute.mappedBy]?.type === 'relation') tags.add(linkTag(target.uid, attribute.mappedBy, 'documentId', owner));
  else tags.add(setTag(target.uid, target.localized ? locale : WILDCARD_LOCALE));
  return target;
};

/** The owning relations of a model whose links tag its writes (`m:`), with the target fields that key them. */
export const owningRelations = (models: Models, model: ModelInfo): Array<{ attribute: string; target: ModelInfo; fields: string[] }> =>
  Object.entries(model.attributes).flatMap(([attribute, info]) => {
    const target = info.type === 'relation' && !info.mappedBy && info.target ? models(info.target) : undefined;
    return target?.document && !target.uid.startsWith('admin::') ? [{ attribute, target, fields: ['documentId', ...uniqueAttributes(target)] }] : [];
  });

/** `{ category: { slug: { $eq: 'x' } } }` through an owning relation to a unique field of its target. */
export const linkLookup = (models: Models, model: ModelInfo, filters: unknown): { relation: string; field: string; value: string | number } | undefined => {
  if (!isObject(filters)) return undefined;
  const keys = Object.keys(filters);
  if (keys.length !== 1) return undefined;
  const [relation] = keys as [string];
  const owning = owningRelations(models, model).find((candidate) => candidate.attribute === relation);
  if (!owning) return undefined;
  const inner = uniqueLookup(owning.target, filters[relation]);
  return inner && { relation, field: inner.attribute, value: inner.value };
};

/** Relations that filters, sorts or populate filters go through: their targets' sets decide membership and order. */
const tagPaths = (models: Models, tags: Set<string>, value: unknown, model: ModelInfo | undefined): void => {
  if (!model) return;
  if (Array.isArray(value)) {
    for (const item of value) tagPaths(models, tags, item, model);
    return;
  }
  if (typeof value === 'string') {
    // sort=category.name:asc,title
    for (const part of value.split(',')) tagDotted(models, tags, (part.split(':')[0] ?? '').trim().split('.'), model);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, nested] of Object.entries(value)) {
    if (key.startsWith('$')) {
      if (key === '$and' || key === '$or' || key === '$not') tagPaths(models, tags, nested, model);
      continue;
    }
    const attribute = model.attributes[key];
    if (!attribute) continue;
    const target = traverse(models, tags, attribute);
    if (target) tagPaths(models, tags, nested, target);
  }
};

const tagDotted = (models: Models, tags: Set<string>, path: string[], model: ModelInfo): void => {
  let current: ModelInfo | undefined = model;
  for (const name of path) {
    const attribute: AttributeInfo | undefined = current?.attributes[name];
    if (!attribute) return;
    current = traverse(models, tags, attribute);
  }
};

/** The model an attribute leads to in a filter or sort path, tagging the set a relation or media points into. */
const traverse = (models: Models, tags: Set<string>, attribute: AttributeInfo): ModelInfo | undefined => {
  if (attribute.type === 'relation' || attribute.type === 'media') {
    const target = models(attribute.type === 'media' ? UPLOAD_FILE : (attribute.target ?? ''));
    tags.add(target ? setTag(target.uid, WILDCARD_LOCALE) : ANY_PUBLIC);
    return target;
  }
  if (attribute.type === 'component' && attribute.component) return models(attribute.component);
  return undefined;
};

/** populate[x][filters] and populate[x][sort], at any depth */
const tagPopulate = (models: Models, tags: Set<string>, populate: unknown, model: ModelInfo | undefined): void => {
  if (!model || !isObject(populate)) return;
  for (const [name, nested] of Object.entries(populate)) {
    const attribute = model.attributes[name];
    if (!attribute || !isObject(nested)) continue;
    const target =
      attribute.type === 'relation' ? models(attribute.target ?? '') : attribute.type === 'media' ? models(UPLOAD_FILE) : attribute.component ? models(attribute.component) : undefined;
    if (!target) {
      if (attribute.type === 'dynamiczone') tags.add(ANY_PUBLIC);
      continue;
    }
    if (nested.filters !== undefined) tagPaths(models, tags, nested.filters, target);
    if (nested.sort !== undefined) tagPaths(models, tags, nested.sort, target);
    tagPopulate(models, tags, nested.populate, target);
  }
};

/** `{ slug: { $eq: 'x' } }` or `{ slug: 'x' }` on a unique attribute, or the same on documentId: the one lookup key. */
export const uniqueLookup = (model: ModelInfo, filters: unknown): { attribute: string; value: string | number } | undefined => {
  if (!isObject(filters)) return undefined;
  const keys = Object.keys(filters);
  if (keys.length !== 1) return undefined;
  const [attribute] = keys as [string];
  if (attribute !== 'documentId' && !uniqueAttributes(model).includes(attribute)) return undefined;
  let value = filters[attribute];
  if (isObject(value)) {
    const operators = Object.keys(value);
    if (operators.length !== 1 || operators[0] !== '$eq') return undefined;
    value = value.$eq;
  }
  return typeof value === 'string' || typeof value === 'number' ? { attribute, value } : undefined;
};

export interface ContentRequest {
  uid: string;
  action: 'find' | 'findOne';
  /** the locale the request reads (its `locale` parameter or the default one), `*` for every locale */
  locale: string;
  documentId?: string;
  query: Json;
}

/** The tags of a content-API find or findOne response of a content type. */
export const contentResponseTags = (models: Models, request: ContentRequest, body: unknown): string[] => {
  const tags = new Set<string>([ALL]);
  const model = models(request.uid);
  if (!model) return [ALL, ANY_PUBLIC];
  const locale = localeFor(model, request.locale);
  if (request.action === 'findOne') {
    if (request.documentId) tags.add(docTag(model.uid, request.documentId));
    else tags.add(setTag(model.uid, locale)); // a single type
  } else {
    const lookup = uniqueLookup(model, request.query.filters);
    const link = lookup ? undefined : linkLookup(models, model, request.query.filters);
    if (lookup?.attribute === 'documentId') tags.add(docTag(model.uid, String(lookup.value)));
    else if (lookup) tags.add(keyTag(model.uid, lookup.attribute, lookup.value, locale));
    else if (link) tags.add(linkTag(model.uid, link.relation, link.field, link.value));
    else tags.add(setTag(model.uid, locale));
    // the related documents' own changes (a category's slug) still change which documents match
    if (!lookup) tagPaths(models, tags, request.query.filters, model);
    tagPaths(models, tags, request.query.sort, model);
  }
  tagPopulate(models, tags, request.query.populate, model);
  tagData(models, tags, isObject(body) ? body.data : undefined, model, request.locale);
  return [...tags];
};

/** A response that depends on the published sets of these types (a custom endpoint's declaration). */
export const setTags = (uids: readonly string[]): string[] => [ALL, ...uids.map((uid) => setTag(uid, WILDCARD_LOCALE))];

/**
 * What a public change of these rows of one model invalidates; nothing for draft rows of a draft-and-publish type.
 * Rows are the model's attribute-named records (documentId, locale, publishedAt and the unique attributes); the
 * `m:` tags of a public change come from {@link linkTags}.
 */
export const writeTags = (model: ModelInfo, rows: ReadonlyArray<Json>): string[] => {
  const tags = new Set<string>();
  const unique = uniqueAttributes(model);
  for (const row of rows) {
    if (model.draftAndPublish && (row.publishedAt === null || row.publishedAt === undefined)) continue;
    const locale = model.localized && typeof row.locale === 'string' ? row.locale : WILDCARD_LOCALE;
    tags.add(ANY_PUBLIC);
    if (typeof row.documentId === 'string') tags.add(docTag(model.uid, row.documentId));
    for (const code of new Set([locale, WILDCARD_LOCALE])) {
      tags.add(setTag(model.uid, code));
      for (const attribute of unique) {
        const value = row[attribute];
        if (typeof value === 'string' || typeof value === 'number') tags.add(keyTag(model.uid, attribute, value, code));
      }
    }
  }
  return [...tags];
};

/**
 * The `m:` tags of rows read with their owning relations populated (documentId and unique fields of each target):
 * `{ category: { documentId, slug }, campaigns: [{ documentId, slug }] }`.
 */
export const linkTags = (model: ModelInfo, links: ReadonlyArray<Json>): string[] => {
  const tags = new Set<string>();
  for (const row of links) {
    for (const [attribute, linked] of Object.entries(row)) {
      if (model.attributes[attribute]?.type !== 'relation') continue;
      for (const target of Array.isArray(linked) ? linked : [linked]) {
        if (!isObject(target)) continue;
        for (const [field, value] of Object.entries(target)) {
          if (field !== 'id' && (typeof value === 'string' || typeof value === 'number')) tags.add(linkTag(model.uid, attribute, field, value));
        }
      }
    }
  }
  return [...tags];
};

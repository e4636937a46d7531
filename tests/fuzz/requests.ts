/**
 * Requests built from the schema summary: the REST API of every public type (filters through relations and onto
 * private or unknown keys, operators, populate trees, fields, sort, pagination, locale, status), every custom endpoint
 * (feed, stats, hub, preview, photo submission), and GraphQL (graphql.ts).
 */

import fc from 'fast-check';
import qs from 'qs';
import { graphqlRequest } from './graphql';
import { restPathOf, scalarAttributes, type ModelSummary, type PublicTypeSummary, type Summary } from './model';
import { hugeNumber, isoDate, junk, SQLISH, text, typedValue } from './values';

export interface FuzzRequest {
  /** what the per-endpoint counts group by, e.g. `GET /api/articles` */
  endpoint: string;
  method: 'GET' | 'POST' | 'PUT';
  /** path and query string */
  url: string;
  body?: string;
  contentType?: string;
}

export const OPERATORS = [
  '$eq', '$eqi', '$ne', '$nei', '$in', '$notIn', '$lt', '$lte', '$gt', '$gte', '$between', '$contains', '$notContains',
  '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi', '$null', '$notNull',
] as const;
const UNKNOWN_OPERATORS = ['$raw', '$regex', '$like', '$jsonSupersetOf', '$exists', '$where', '$eq]', '$', 'eq', '$EQ'];
const SYSTEM_FIELDS = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale'];

const stringify = (query: Record<string, unknown>): string => qs.stringify(query, { encodeValuesOnly: true, allowEmptyArrays: false });

const urlOf = (path: string, query: Record<string, unknown>, raw: string): string => {
  const rendered = [stringify(query), raw].filter(Boolean).join('&');
  return rendered ? `${path}?${rendered}` : path;
};

/** Occasional raw bytes appended to a query string: malformed percent-encoding, repeated and bracket-only names. */
const rawSuffix = fc.oneof(
  { weight: 12, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('%', '%ZZ', '%C0%AF', '%ED%A0%80', 'a[', ']=1', '[]=1', '&&', 'filters=%00', 'populate[=1', 'sort[][]=x') }
);

export const buildRequests = (summary: Summary): fc.Arbitrary<FuzzRequest> => {
  const { models } = summary;
  const memo = new Map<string, fc.Arbitrary<unknown>>();
  const memoized = (key: string, build: () => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => {
    let arbitrary = memo.get(key);
    if (!arbitrary) memo.set(key, (arbitrary = build()));
    return arbitrary;
  };

  const allDocumentIds = Object.values(summary.known.documentIds).flat();
  const ids = fc.oneof(
    fc.constantFrom(...(allDocumentIds.length ? allDocumentIds : ['none'])),
    fc.constantFrom(...summary.drafts.draftOnlyDocumentIds),
    fc.integer({ min: 0, max: 50 }),
    text(30)
  );
  const draftText = fc.constantFrom(...summary.drafts.markers);

  const operatorValue = (type: string, enumValues: readonly string[] = []): fc.Arbitrary<unknown> => {
    const value = fc.oneof({ weight: 4, arbitrary: typedValue(type, enumValues) }, { weight: 1, arbitrary: junk }, { weight: 1, arbitrary: draftText });
    return fc.oneof(
      { weight: 2, arbitrary: value },
      {
        weight: 6,
        arbitrary: fc.constantFrom(...OPERATORS).chain((operator) => {
          if (operator === '$in' || operator === '$notIn') return fc.array(value, { maxLength: 4 }).map((list) => ({ [operator]: list }));
          if (operator === '$between') return fc.array(value, { minLength: 0, maxLength: 3 }).map((list) => ({ [operator]: list }));
          if (operator === '$null' || operator === '$notNull') return fc.oneof(fc.boolean(), junk).map((flag) => ({ [operator]: flag }));
          return value.map((item) => ({ [operator]: item }));
        }),
      },
      { weight: 1, arbitrary: fc.record({ op: fc.constantFrom(...UNKNOWN_OPERATORS), value }).map(({ op, value: item }) => ({ [op]: item })) },
      { weight: 1, arbitrary: fc.record({ $not: value.map((item) => ({ $eq: item })) }) }
    );
  };

  const filtersOf = (model: ModelSummary, depth: number): fc.Arbitrary<unknown> =>
    memoized(`filters:${model.uid}:${depth}`, () => {
      const entries: Array<fc.Arbitrary<[string, unknown]>> = [];
      for (const attribute of scalarAttributes(model)) {
        entries.push(operatorValue(attribute.type, attribute.enum).map((value) => [attribute.name, value]));
      }
      for (const name of SYSTEM_FIELDS) entries.push(operatorValue(name === 'id' ? 'integer' : name.endsWith('At') ? 'datetime' : 'string').map((value) => [name, value]));
      if (depth > 0) {
        for (const attribute of model.attributes) {
          const targets = attribute.target ? [attribute.target] : attribute.type === 'component' ? (attribute.components ?? []) : [];
          for (const target of targets) {
            if (models[target]) entries.push(fc.constant(null).chain(() => filtersOf(models[target], depth - 1)).map((value) => [attribute.name, value]));
          }
        }
      }
      entries.push(fc.record({ key: fc.oneof(text(12), fc.constantFrom(...SQLISH, ...summary.privateKeys)), value: operatorValue('string') }).map(({ key, value }) => [key, value]));
      const entry = fc.oneof(...entries);
      const plain = fc.array(entry, { minLength: 1, maxLength: 3 }).map((pairs) => Object.fromEntries(pairs));
      if (depth === 0) return plain;
      const nested = fc.constant(null).chain(() => filtersOf(model, depth - 1));
      return fc.oneof(
        { weight: 5, arbitrary: plain },
        { weight: 1, arbitrary: fc.record({ key: fc.constantFrom('$or', '$and'), list: fc.array(nested, { maxLength: 3 }) }).map(({ key, list }) => ({ [key]: list })) },
        { weight: 1, arbitrary: nested.map((inner) => ({ $not: inner })) }
      );
    });

  const populatable = (model: ModelSummary) => model.attributes.filter((attribute) => ['relation', 'media', 'component', 'dynamiczone'].includes(attribute.type));
  const namesOf = (model: ModelSummary) => fc.constantFrom(...scalarAttributes(model).map((attribute) => attribute.name), ...SYSTEM_FIELDS);

  const fieldsOf = (model: ModelSummary): fc.Arbitrary<unknown> =>
    fc.oneof(
      fc.array(fc.oneof({ weight: 5, arbitrary: namesOf(model) }, { weight: 1, arbitrary: fc.constantFrom(...summary.privateKeys, '*', 'title,slug') }, { weight: 1, arbitrary: text(10) }), { maxLength: 4 }),
      namesOf(model),
      junk
    );

  const sortOf = (model: ModelSummary): fc.Arbitrary<unknown> => {
    const direction = fc.constantFrom('asc', 'desc', 'ASC', 'up', '');
    const relations = model.attributes.filter((attribute) => attribute.target && models[attribute.target]);
    const path = fc.oneof(
      { weight: 4, arbitrary: namesOf(model) },
      ...(relations.length
        ? [{ weight: 2, arbitrary: fc.constantFrom(...relations).chain((relation) => fc.oneof(namesOf(models[relation.target!]), fc.constantFrom(...summary.privateKeys)).map((name) => `${relation.name}.${name}`)) }]
        : []),
      { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...summary.privateKeys, ...SQLISH), text(10)) }
    );
    const one = fc.tuple(path, fc.option(direction)).map(([name, dir]) => (dir === null ? name : `${name}:${dir}`));
    return fc.oneof(one, fc.array(one, { maxLength: 3 }), fc.tuple(path, direction).map(([name, dir]) => ({ [name]: dir })), junk);
  };

  const populateOf = (model: ModelSummary, depth: number): fc.Arbitrary<unknown> =>
    memoized(`populate:${model.uid}:${depth}`, () => {
      const attributes = populatable(model);
      const names = fc.oneof(
        { weight: 5, arbitrary: attributes.length ? fc.constantFrom(...attributes.map((attribute) => attribute.name)) : text(8) },
        { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...summary.privateKeys, 'localizations', '*', 'createdBy.roles'), text(8)) }
      );
      const simple = fc.oneof(fc.constant('*'), names, fc.array(names, { maxLength: 4 }), fc.constantFrom('true', 'false', ''));
      if (depth === 0 || attributes.length === 0) return simple;
      const entry = fc.constantFrom(...attributes).chain((attribute): fc.Arbitrary<[string, unknown]> => {
        const target = attribute.target ? models[attribute.target] : attribute.type === 'component' ? models[attribute.components?.[0] ?? ''] : undefined;
        if (attribute.type === 'dynamiczone') {
          const components = (attribute.components ?? []).filter((uid) => models[uid]);
          return fc
            .oneof(
              fc.constantFrom(true, '*'),
              fc.dictionary(fc.oneof(fc.constantFrom(...components), text(8)), fc.constant(null).chain(() => fc.oneof(fc.constant({ populate: '*' }), fc.constant(true), junk)), { maxKeys: 3 }).map((on) => ({ on }))
            )
            .map((value) => [attribute.name, value]);
        }
        if (!target) return fc.constant([attribute.name, true]);
        const nested = fc.record(
          {
            populate: fc.constant(null).chain(() => populateOf(target, depth - 1)),
            fields: fieldsOf(target),
            filters: filtersOf(target, 0),
            sort: sortOf(target),
          },
          { requiredKeys: [] }
        );
        return fc.oneof(fc.constantFrom(true, '*', 'true'), nested, junk).map((value) => [attribute.name, value]);
      });
      return fc.oneof({ weight: 2, arbitrary: simple }, { weight: 3, arbitrary: fc.array(entry, { minLength: 1, maxLength: 3 }).map((pairs) => Object.fromEntries(pairs)) });
    });

  const count = fc.oneof(fc.integer({ min: -2, max: 120 }), hugeNumber, junk);
  const pagination = fc.record(
    { page: count, pageSize: count, start: count, limit: count, withCount: fc.oneof(fc.constantFrom(true, false, 'true', 'false', '1', 'yes'), junk) },
    { requiredKeys: [] }
  );
  const locale = fc.oneof(fc.constantFrom(...summary.known.locales, 'all', 'xx-YY', '*', 'zh', 'EN'), text(8));
  const status = fc.oneof({ weight: 4, arbitrary: fc.constant('published') }, { weight: 2, arbitrary: fc.constantFrom('draft', 'preview', 'live', 'DRAFT') }, { weight: 1, arbitrary: junk });

  const restQuery = (model: ModelSummary, list: boolean) =>
    fc.record(
      {
        filters: list ? filtersOf(model, 2) : fc.constant(undefined),
        populate: populateOf(model, 2),
        fields: fieldsOf(model),
        sort: list ? sortOf(model) : fc.constant(undefined),
        pagination: list ? pagination : fc.constant(undefined),
        locale,
        status,
        publicationState: fc.constantFrom('preview', 'live'),
        // unknown top-level parameters (strictParams)
        unknownParameter: junk,
      },
      { requiredKeys: [] }
    );

  const restOf = (type: PublicTypeSummary): fc.Arbitrary<FuzzRequest> => {
    const model = models[type.uid];
    const path = restPathOf(type);
    const list = fc.tuple(restQuery(model, true), rawSuffix).map(([query, raw]) => ({ endpoint: `GET ${path}`, method: 'GET' as const, url: urlOf(path, query, raw) }));
    if (type.kind === 'singleType') return list;
    const one = fc.tuple(ids, restQuery(model, false), rawSuffix).map(([id, query, raw]) => ({
      endpoint: `GET ${path}/:id`,
      method: 'GET' as const,
      url: urlOf(`${path}/${encodeURIComponent(String(id))}`, query, raw),
    }));
    return fc.oneof({ weight: 3, arbitrary: list }, { weight: 1, arbitrary: one });
  };

  // custom endpoints: their own parameters (typed and junk), plus unknown ones
  const slugs = (known: string[]) => fc.oneof(fc.constantFrom(...(known.length ? known : ['none'])), text(20), fc.constantFrom('a'.repeat(121), '../etc', '%2F'));
  const cursor = fc.oneof(
    fc.record({ d: fc.oneof(isoDate, fc.constantFrom('2024-99-99T99:99:99.999Z', '0000-00-00T00:00:00.000Z', '9999-12-31T23:59:59.999Z')), t: fc.constantFrom('article', 'activity', 'campaign', 'x'), i: fc.oneof(fc.integer(), hugeNumber) }).map((position) =>
      Buffer.from(JSON.stringify(position)).toString('base64url')
    ),
    fc.jsonValue({ maxDepth: 2 }).map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
    text(40)
  );
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary }, { weight: 1, arbitrary: junk });
  const kinds = summary.models['api::activity.activity']?.attributes.find((attribute) => attribute.name === 'kind')?.enum ?? [];
  const feedQuery = fc.record(
    {
      limit: maybe(fc.integer({ min: -1, max: 120 })),
      cursor: maybe(cursor),
      type: maybe(fc.array(fc.constantFrom('article', 'activity', 'campaign', ' article', 'photo'), { minLength: 1, maxLength: 3 }).map((list) => list.join(','))),
      campaign: maybe(slugs(summary.known.campaignSlugs)),
      organization: maybe(slugs(summary.known.organizationSlugs)),
      kind: maybe(fc.constantFrom(...kinds, 'other')),
      locale: maybe(locale),
      unknownParameter: junk,
    },
    { requiredKeys: [] }
  );
  const feed = fc.tuple(fc.constantFrom('/api/feed', '/api/feed.xml', '/api/feed.atom', '/api/feed.json'), feedQuery, rawSuffix).map(([path, query, raw]) => ({ endpoint: `GET ${path}`, method: 'GET' as const, url: urlOf(path, query, raw) }));
  const date = fc.oneof(isoDate.map((iso) => iso.slice(0, 10)), fc.constantFrom('2024-02-30', '2024-1-1', '20240101'));
  const stats = fc
    .tuple(
      fc.record(
        {
          groupBy: maybe(fc.constantFrom('kind', 'district', 'year', 'organization', 'campaign', 'title')),
          from: maybe(date),
          to: maybe(date),
          campaign: maybe(slugs(summary.known.campaignSlugs)),
          kind: maybe(fc.constantFrom(...kinds, 'other')),
          locale: maybe(locale),
          unknownParameter: junk,
        },
        { requiredKeys: [] }
      ),
      rawSuffix
    )
    .map(([query, raw]) => ({ endpoint: 'GET /api/activities/stats', method: 'GET' as const, url: urlOf('/api/activities/stats', query, raw) }));
  const hub = fc
    .tuple(slugs(summary.known.campaignSlugs), fc.record({ locale: maybe(locale), unknownParameter: junk }, { requiredKeys: [] }), rawSuffix)
    .map(([slug, query, raw]) => ({ endpoint: 'GET /api/campaigns/:slug/hub', method: 'GET' as const, url: urlOf(`/api/campaigns/${encodeURIComponent(slug)}/hub`, query, raw) }));
  const jwtish = fc
    .tuple(fc.jsonValue({ maxDepth: 1 }), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 20 }))
    .map(([header, payload, signature]) => [JSON.stringify(header), JSON.stringify(payload), signature].map((part) => Buffer.from(part).toString('base64url')).join('.'));
  const preview = fc
    .tuple(fc.record({ token: fc.oneof(jwtish, text(60), junk), documentId: junk }, { requiredKeys: [] }), rawSuffix)
    .map(([query, raw]) => ({ endpoint: 'GET /api/preview', method: 'GET' as const, url: urlOf('/api/preview', query, raw) }));

  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((value) => ({ body: JSON.stringify(value), contentType: 'application/json' })),
    junk.map((value) => ({ body: stringify({ data: value }), contentType: 'application/x-www-form-urlencoded' })),
    fc.record({ body: fc.string({ maxLength: 60 }), contentType: fc.constantFrom('application/json', 'multipart/form-data; boundary=x', 'text/plain') }),
    fc.constant({ body: '--x\r\nContent-Disposition: form-data; name="data"\r\n\r\n{"caption":1}\r\n--x--\r\n', contentType: 'multipart/form-data; boundary=x' })
  );
  const submissions = fc
    .tuple(
      fc.constantFrom(
        { method: 'POST' as const, path: '/api/photos/submit' },
        { method: 'POST' as const, path: '/api/newsroom-media/photos/submit' },
        { method: 'GET' as const, path: '/api/photos/mine' },
        { method: 'PUT' as const, path: '/api/photos/mine/:documentId' }
      ),
      ids,
      body
    )
    .map(([route, id, payload]) => ({
      endpoint: `${route.method} ${route.path}`,
      method: route.method,
      url: route.path.replace(':documentId', encodeURIComponent(String(id))),
      ...(route.method === 'GET' ? {} : payload),
    }));

  return fc.oneof(
    { weight: 10 * summary.publicTypes.length, arbitrary: fc.oneof(...summary.publicTypes.map(restOf)) },
    { weight: 8, arbitrary: feed },
    { weight: 4, arbitrary: stats },
    { weight: 3, arbitrary: hub },
    { weight: 2, arbitrary: preview },
    { weight: 3, arbitrary: submissions },
    { weight: 25, arbitrary: graphqlRequest(summary) }
  );
};

/**
 * The OpenAPI 3.1 document of the content API, generated at start-up from what the server really serves:
 * every registered content-API route (the app's APIs and the plugins') and the content-type and component
 * schemas (./content-schemas.ts).
 *
 * - Core routes (find, findOne, create, update, delete) get Strapi's query parameters (locale, status,
 *   populate, fields, sort, pagination, filters as deepObject), `{ data: … }` bodies and `{ data, meta }`
 *   responses of the type's generated schema.
 * - Custom routes declare their inputs (`request`) and their response (`response`) as the zod schemas they
 *   validate with, and a `summary`; the document converts them with z.toJSONSchema, so there is one source.
 *   Markers of src/utils/openapi.ts name content-type documents, other media types and 2xx statuses.
 * - Every operation has a summary, an operationId, its path parameters, Strapi's error shape for 4xx.
 */

import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { OPENAPI_MARKERS } from '../../../utils/openapi';
import { PAGINATION } from '../../../utils/limits';
import type { DefaultPopulate } from '../../../utils/default-populate';
import { createSchemaRegistry, ref, schemaName, type JsonSchema, type SchemaRegistry } from './content-schemas';

interface RouteDefinition {
  method: string;
  path: string;
  handler: unknown;
  config?: { auth?: false | object; prefix?: string };
  info?: { apiName?: string; pluginName?: string; type?: string };
  summary?: string;
  request?: { query?: Record<string, z.ZodType>; params?: Record<string, z.ZodType>; body?: Record<string, z.ZodType> };
  response?: unknown;
}

interface Router {
  type?: string;
  routes?: RouteDefinition[];
}

export interface DocumentOptions {
  title: string;
  description: string;
  version: string;
  /** the default populate of list and detail reads per content type (what a response carries without `populate`) */
  defaultPopulates?: Record<string, DefaultPopulate>;
}

type Operation = Record<string, unknown>;

const CORE_ACTIONS = ['find', 'findOne', 'create', 'update', 'delete'] as const;
type CoreAction = (typeof CORE_ACTIONS)[number];

const isZod = (value: unknown): value is z.ZodType => value instanceof z.ZodType;

/** A zod schema as JSON Schema 2020-12 of what it outputs (what a parsed input or a sent response is). */
export const zodToJsonSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  description: "Strapi's error shape",
  properties: {
    data: { type: 'null' },
    error: {
      type: 'object',
      properties: { status: { type: 'integer' }, name: { type: 'string' }, message: { type: 'string' }, details: {} },
      required: ['status', 'name', 'message'],
    },
  },
  required: ['data', 'error'],
};

const PAGINATION_SCHEMA: JsonSchema = {
  oneOf: [
    {
      type: 'object',
      properties: { page: { type: 'integer' }, pageSize: { type: 'integer' }, pageCount: { type: 'integer' }, total: { type: 'integer' } },
      required: ['page', 'pageSize', 'pageCount', 'total'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: { start: { type: 'integer' }, limit: { type: 'integer' }, total: { type: 'integer' } },
      required: ['start', 'limit', 'total'],
      additionalProperties: false,
    },
  ],
};

const ERRORS: Record<string, string> = {
  '400': 'Invalid input (unknown or malformed parameter or body)',
  '401': 'Authentication required',
  '403': 'Not allowed for this token or role',
  '404': 'Not found',
};

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

/** `/campaigns/:slug/hub` → `/campaigns/{slug}/hub`; an unnamed pattern such as `(.*)` becomes `{path}`. */
const openApiPath = (path: string): string =>
  path.replace(/:([A-Za-z0-9_]+)(\([^)]*\))?/g, '{$1}').replace(/\((?:\.\*|[^)]*)\)/g, '{path}').replace(/\/+$/, '') || '/';

const pathParameterNames = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);

const words = (text: string): string[] => text.split(/[^A-Za-z0-9]+/).filter(Boolean);
const camel = (parts: string[]): string =>
  parts.map((part, i) => (i === 0 ? part[0].toLowerCase() + part.slice(1) : part[0].toUpperCase() + part.slice(1))).join('');

/** The core action and content type a handler such as `api::article.article.find` names. */
const coreHandler = (handler: unknown): { uid: string; action: CoreAction } | undefined => {
  if (typeof handler !== 'string') return undefined;
  const match = /^((?:api|plugin)::[^.]+\.[^.]+)\.([A-Za-z]+)$/.exec(handler);
  if (!match || !(CORE_ACTIONS as readonly string[]).includes(match[2])) return undefined;
  return { uid: match[1], action: match[2] as CoreAction };
};

/** Every content-API route with the path it is served at (below /api). */
const contentApiRoutes = (strapi: Core.Strapi): Array<{ route: RouteDefinition; path: string; tag: string; origin: 'api' | 'plugin' }> => {
  const found: Array<{ route: RouteDefinition; path: string; tag: string; origin: 'api' | 'plugin' }> = [];
  const routersOf = (routes: unknown): Router[] => {
    if (Array.isArray(routes)) return [{ type: 'admin', routes: routes as RouteDefinition[] }];
    return Object.values((routes ?? {}) as Record<string, Router>);
  };
  for (const [apiName, api] of Object.entries(strapi.apis as Record<string, { routes?: unknown }>)) {
    for (const router of routersOf(api.routes)) {
      if (router.type !== 'content-api') continue;
      for (const route of router.routes ?? []) found.push({ route, path: `${route.config?.prefix ?? ''}${route.path}`, tag: apiName, origin: 'api' });
    }
  }
  for (const [pluginName, plugin] of Object.entries(strapi.plugins as Record<string, { routes?: unknown }>)) {
    for (const router of routersOf(plugin.routes)) {
      if (router.type !== 'content-api') continue;
      for (const route of router.routes ?? []) found.push({ route, path: `${route.config?.prefix ?? `/${pluginName}`}${route.path}`, tag: pluginName, origin: 'plugin' });
    }
  }
  return found;
};

const listOf = (keys: string[]): string => keys.map((key) => `\`${key}\``).join(', ');

export const generateDocument = (strapi: Core.Strapi, options: DocumentOptions): Record<string, unknown> => {
  const registry: SchemaRegistry = createSchemaRegistry(strapi);
  const paths: Record<string, Record<string, Operation>> = {};
  const templates = new Map<string, string>();
  const operationIds = new Set<string>();
  const tags = new Map<string, string>();
  const tagDescription = (tag: string, origin: 'api' | 'plugin'): string => {
    if (origin === 'plugin') return `Content-API routes of the ${tag} plugin`;
    const types = Object.values(strapi.contentTypes as unknown as Record<string, { apiName?: string; info?: { displayName?: string; description?: string } }>);
    const own = types.find((type) => type.apiName === tag);
    return own?.info?.description ?? own?.info?.displayName ?? `The ${tag} endpoints`;
  };

  /** Identical templates with other parameter names (`/roles/{id}`, `/roles/{role}`) share the first one's names. */
  const canonicalPath = (path: string): { path: string; renames: Record<string, string> } => {
    const key = path.replace(/\{[^}]+\}/g, '{}');
    const known = templates.get(key);
    if (!known) {
      templates.set(key, path);
      return { path, renames: {} };
    }
    const theirs = pathParameterNames(known);
    return { path: known, renames: Object.fromEntries(pathParameterNames(path).map((name, i) => [name, theirs[i]])) };
  };

  const uniqueOperationId = (wanted: string): string => {
    let id = wanted;
    for (let n = 2; operationIds.has(id); n += 1) id = `${wanted}${n}`;
    operationIds.add(id);
    return id;
  };

  /** Resolves the markers of src/utils/openapi.ts in a converted zod schema. */
  const resolveMarkers = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(resolveMarkers);
    if (!node || typeof node !== 'object') return node;
    const { [OPENAPI_MARKERS.contentType]: uid, [OPENAPI_MARKERS.statuses]: _statuses, ...rest } = node as JsonSchema;
    const resolved = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, resolveMarkers(value)])) as JsonSchema;
    if (typeof uid !== 'string') return resolved;
    const name = registry.contentTypeSchema(uid);
    const extra = (resolved.properties ?? {}) as JsonSchema;
    if (Object.keys(extra).length === 0) return ref(name);
    // a document with more properties: the type's schema, widened (additionalProperties cannot see through allOf)
    const base = registry.schemas[name];
    return {
      ...base,
      properties: { ...(base.properties as JsonSchema), ...extra },
      required: [...new Set([...((base.required as string[]) ?? []), ...((resolved.required as string[]) ?? [])])],
    };
  };

  /** The 2xx responses of a route's zod `response`. */
  const declaredResponses = (schema: z.ZodType, method: string): Record<string, unknown> => {
    const raw = zodToJsonSchema(schema);
    const statuses = (raw[OPENAPI_MARKERS.statuses] as number[] | undefined) ?? [method === 'POST' ? 201 : 200];
    const { contentMediaType, ...body } = resolveMarkers(raw) as JsonSchema;
    const mediaType = typeof contentMediaType === 'string' ? contentMediaType : 'application/json';
    const content = { [mediaType]: { schema: body.type === 'string' && mediaType !== 'application/json' ? { type: 'string' } : body } };
    return Object.fromEntries(statuses.map((status) => [String(status), { description: 'OK', content }]));
  };

  const zodParameters = (shape: Record<string, z.ZodType> | undefined, where: 'query' | 'path', renames: Record<string, string>) =>
    Object.entries(shape ?? {}).map(([name, schema]) => ({
      name: renames[name] ?? name,
      in: where,
      required: where === 'path' || !schema.isOptional(),
      schema: zodToJsonSchema(schema),
      ...(schema.description && { description: schema.description }),
    }));

  const queryParameters = (uid: string, action: CoreAction): Operation[] => {
    const type = registry.contentType(uid)!;
    const fields = registry.scalarFields(uid);
    const parameters: Operation[] = [];
    const one = (name: string, schema: JsonSchema, description: string, extra: Record<string, unknown> = {}) =>
      parameters.push({ name, in: 'query', required: false, description, schema, ...extra });
    if (type.pluginOptions?.i18n?.localized) one('locale', { type: 'string', examples: ['zh-Hans', 'en'] }, 'The locale (the default locale when absent)');
    if (type.options?.draftAndPublish && action !== 'delete') one('status', { type: 'string', enum: ['draft', 'published'] }, 'Published versions (default) or drafts');
    if (action === 'delete') return parameters;
    one(
      'populate',
      { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'object', additionalProperties: true }] },
      'Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url)',
      { style: 'deepObject', explode: true }
    );
    one(
      'fields',
      { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string', enum: fields } }] },
      `Attributes to send (besides id and documentId): ${listOf(fields)}`
    );
    if (action !== 'find') return parameters;
    one('sort', { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }, 'Attributes to sort by, e.g. `publishDate:desc`');
    one(
      'pagination',
      {
        type: 'object',
        properties: {
          page: { type: 'integer', minimum: 1 },
          pageSize: { type: 'integer', minimum: 1, maximum: PAGINATION.maxLimit },
          start: { type: 'integer', minimum: 0 },
          limit: { type: 'integer', minimum: 1, maximum: PAGINATION.maxLimit },
          withCount: { type: 'boolean' },
        },
        additionalProperties: false,
      },
      `Page (page, pageSize) or offset (start, limit); at most ${PAGINATION.maxLimit} per page`,
      { style: 'deepObject', explode: true }
    );
    one('filters', { type: 'object', additionalProperties: true }, 'Filters, e.g. filters[slug][$eq]=…', { style: 'deepObject', explode: true });
    return parameters;
  };

  const coreOperation = (uid: string, action: CoreAction, path: string, renames: Record<string, string>): Operation => {
    const type = registry.contentType(uid)!;
    const entry = ref(registry.contentTypeSchema(uid));
    const single = (status: string, description: string) => ({
      [status]: {
        description,
        content: {
          'application/json': {
            schema: { type: 'object', properties: { data: entry, meta: { type: 'object' } }, required: ['data', 'meta'], additionalProperties: false },
          },
        },
      },
    });
    const name = (type.info as { displayName?: string; singularName?: string; pluralName?: string } | undefined) ?? {};
    const singular = (name as { singularName?: string }).singularName ?? schemaName(uid);
    const plural = (name as { pluralName?: string }).pluralName ?? `${singular}s`;
    const populate = options.defaultPopulates?.[uid];
    const populated = (keys: string[]) => (keys.length ? ` Without \`populate\` it populates ${listOf(keys)}.` : ' Without `populate` it populates nothing.');
    const body = {
      required: true,
      content: {
        'application/json': {
          schema: { type: 'object', properties: { data: ref(registry.inputSchema(uid)) }, required: ['data'], additionalProperties: false },
        },
      },
    };
    const idParameter = pathParameterNames(path).map((parameter) => ({
      name: renames[parameter] ?? parameter,
      in: 'path',
      required: true,
      description: 'The document ID',
      schema: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9]+$' },
    }));
    switch (action) {
      case 'find':
        return {
          summary: `List ${plural}`,
          description: `One page of ${plural}.${populated(Object.keys(populate?.list ?? {}))}`,
          parameters: queryParameters(uid, action),
          responses: {
            '200': {
              description: 'OK',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      data: { type: 'array', items: entry },
                      meta: { type: 'object', properties: { pagination: PAGINATION_SCHEMA }, required: ['pagination'] },
                    },
                    required: ['data', 'meta'],
                    additionalProperties: false,
                  },
                },
              },
            },
          },
        };
      case 'findOne':
        return {
          summary: `Get a ${singular} by document ID`,
          description: `One ${singular}.${populated(Object.keys(populate?.detail ?? {}))}`,
          parameters: [...idParameter, ...queryParameters(uid, action)],
          responses: single('200', 'OK'),
        };
      case 'create':
        return { summary: `Create a ${singular}`, parameters: queryParameters(uid, action), requestBody: body, responses: single('201', 'Created') };
      case 'update':
        return {
          summary: `Update a ${singular}`,
          parameters: [...idParameter, ...queryParameters(uid, action)],
          requestBody: body,
          responses: single('200', 'Updated'),
        };
      case 'delete':
        return { summary: `Delete a ${singular}`, parameters: [...idParameter, ...queryParameters(uid, action)], responses: { '204': { description: 'Deleted' } } };
    }
  };

  for (const { route, path: rawPath, tag, origin } of contentApiRoutes(strapi)) {
    const method = route.method.toUpperCase();
    if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) continue;
    const { path, renames } = canonicalPath(openApiPath(rawPath));
    const core = coreHandler(route.handler);
    const handlerName = typeof route.handler === 'string' ? route.handler : undefined;
    let operation: Operation;
    if (core && registry.contentType(core.uid)) {
      operation = coreOperation(core.uid, core.action, path, renames);
    } else {
      const declared = new Set(Object.keys(route.request?.params ?? {}).map((name) => renames[name] ?? name));
      const parameters = [
        ...zodParameters(route.request?.params, 'path', renames),
        ...pathParameterNames(path)
          .filter((name) => !declared.has(name))
          .map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
        ...zodParameters(route.request?.query, 'query', renames),
      ];
      const body = route.request?.body;
      operation = {
        summary: route.summary ?? `${tag}: ${handlerName ?? `${method} ${path}`}`,
        ...(parameters.length && { parameters }),
        ...(body && {
          requestBody: {
            required: true,
            content: Object.fromEntries(Object.entries(body).map(([mediaType, schema]) => [mediaType, { schema: zodToJsonSchema(schema) }])),
          },
        }),
        responses: isZod(route.response)
          ? declaredResponses(route.response, method)
          : { '200': { description: 'OK (a JSON body this document does not describe)', content: { 'application/json': { schema: {} } } } },
      };
    }
    const errors: Record<string, unknown> = { '400': errorResponse(ERRORS['400']) };
    if (route.config?.auth !== false) Object.assign(errors, { '401': errorResponse(ERRORS['401']), '403': errorResponse(ERRORS['403']) });
    if (pathParameterNames(path).length) errors['404'] = errorResponse(ERRORS['404']);
    if (!tags.has(tag)) tags.set(tag, tagDescription(tag, origin));
    const operationId = uniqueOperationId(
core ? `${core.action}${schemaName(core.uid)}` : camel([method.toLowerCase(), ...words(path)]));
    paths[path] ??= {};
    paths[path][method.toLowerCase()] = {
      operationId,
      tags: [tag],
      ...operation,
      ...(route.config?.auth === false && { security: [] }),
      responses: { ...(operation.responses as Record<string, unknown>), ...errors },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: options.title,
      version: options.version,
      description: options.description,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: '/api', description: 'this server' }],
    security: [{}, { bearerAuth: [] }],
    tags: [...tags].sort(([a], [b]) => a.localeCompare(b)).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token, or a users-permissions JWT (POST /auth/local)' },
      },
      schemas: { Error: ERROR_SCHEMA, ...registry.schemas },
    },
  };
};

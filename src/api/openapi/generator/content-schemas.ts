/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses it) of content types and components as the content API sends and
 * accepts them, from their attributes: one named schema per type in `components.schemas`, made on first use.
 *
 * - An attribute is nullable (`type: [x, 'null']`) unless it is required on a type without drafts (a draft may
 *   miss a required value); private attributes and passwords are absent; attributes that are not writable
 *   (creditLine, structuredData) are `readOnly`.
 * - Relations, media, components and dynamic zones appear only when populated, so they are optional
 *   properties; a populated relation is the target's document (itself possibly narrowed by `fields`), so
 *   properties beyond `id` and `documentId` are optional and none other is allowed.
 * - A dynamic zone is an array of `oneOf` its components, with a discriminator on `__component`.
 */

import type { Core } from '@strapi/strapi';

export type JsonSchema = Record<string, unknown>;

interface Attribute {
  type: string;
  required?: boolean;
  private?: boolean;
  writable?: boolean;
  enum?: string[];
  maxLength?: number;
  minLength?: number;
  min?: number;
  max?: number;
  multiple?: boolean;
  repeatable?: boolean;
  component?: string;
  components?: string[];
  relation?: string;
  target?: string;
}

interface Schema {
  attributes: Record<string, Attribute>;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
  info?: { displayName?: string; description?: string };
}

const SCHEMA_REF = '#/components/schemas/';

const pascal = (text: string): string =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');

/** The schema name of a content type (api::article.article → Article, plugin::upload.file → UploadFile) or component. */
export const schemaName = (uid: string, kind: 'contentType' | 'component' | 'input' = 'contentType'): string => {
  if (kind === 'component') return `${pascal(uid)}Component`;
  const [namespace, rest = ''] = uid.split('::');
  const [apiOrPlugin, model] = rest.split('.');
  const base = namespace === 'api' && apiOrPlugin === model ? pascal(model) : pascal(`${apiOrPlugin}-${model}`);
  return kind === 'input' ? `${base}Input` : base;
};

export const ref = (name: string): JsonSchema => ({ $ref: `${SCHEMA_REF}${name}` });

const nullable = (schema: JsonSchema, isNullable: boolean): JsonSchema => {
  if (!isNullable || Object.keys(schema).length === 0) return schema; // {} (json) already admits null
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  return { oneOf: [schema, { type: 'null' }] };
};

/** The JSON Schema of a scalar attribute's value, or undefined for relations, media, components, zones. */
const scalarSchema = (attribute: Attribute): JsonSchema | undefined => {
  const lengths = {
    ...(attribute.maxLength !== undefined && { maxLength: attribute.maxLength }),
    ...(attribute.minLength !== undefined && { minLength: attribute.minLength }),
  };
  const bounds = { ...(attribute.min !== undefined && { minimum: attribute.min }), ...(attribute.max !== undefined && { maximum: attribute.max }) };
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'uid':
      return { type: 'string' };
    case 'email':
      return { type: 'string', format: 'email', ...lengths };
    case 'enumeration':
      return { type: 'string', enum: attribute.enum ?? [] };
    case 'integer':
      return { type: 'integer', ...bounds };
    case 'biginteger':
      return { type: 'string', pattern: '^-?[0-9]+$', description: 'a big integer, as a string' };
    case 'float':
    case 'decimal':
      return { type: 'number', ...bounds };
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
    case 'timestamp':
      return { type: 'string', format: 'date-time' };
    case 'time':
      return { type: 'string', pattern: '^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?$' };
    case 'json':
      return {};
    case 'blocks':
      return { type: 'array', items: { type: 'object', properties: { type: { type: 'string' } }, required: ['type'] }, description: 'Strapi blocks' };
    default:
      return undefined;
  }
};

/** What an input may carry for a scalar: the output schema with the limits Strapi validates. */
const scalarInputSchema = (attribute: Attribute): JsonSchema | undefined => {
  const schema = scalarSchema(attribute);
  if (!schema || !['string', 'text', 'richtext', 'uid'].includes(attribute.type)) return schema;
  return {
    ...schema,
    ...(attribute.maxLength !== undefined && { maxLength: attribute.maxLength }),
    ...(attribute.minLength !== undefined && { minLength: attribute.minLength }),
  };
};

/** Attributes the content API sends: not private, not passwords. */
const visibleAttributes = (schema: Schema): Array<[string, Attribute]> =>
  Object.entries(schema.attributes).filter(([, attribute]) => attribute.private !== true && attribute.type !== 'password');

const DOCUMENT_ID: JsonSchema = {
  type: 'string',
  minLength: 1,
  pattern: '^[A-Za-z0-9]+$',
  description: 'The document ID: a string such as "bm5ch4y06ja8mjhxgv6ahi85"',
};

const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'localizations', 'createdBy', 'updatedBy']);

export const RELATION_INPUT: JsonSchema = {
  description: 'document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale }',
  oneOf: [
    { type: 'null' },
    { type: 'string' },
    { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'object', properties: { documentId: { type: 'string' } }, required: ['documentId'] }] } },
    { type: 'object', properties: { connect: {}, disconnect: {}, set: {} }, additionalProperties: false },
  ],
};

/** Builds the named schemas of what routes reference, each once. */
export const createSchemaRegistry = (strapi: Core.Strapi) => {
  const schemas: Record<string, JsonSchema> = {};

  const contentType = (uid: string): Schema | undefined => (strapi.contentTypes as unknown as Record<string, Schema>)[uid];
  const component = (uid: string): Schema | undefined => (strapi.components as unknown as Record<string, Schema>)[uid];

  /** The property schema of a non-scalar attribute (output), registering what it references. */
  const linkSchema = (attribute: Attribute): JsonSchema | undefined => {
    switch (attribute.type) {
      case 'media': {
        const file = ref(contentTypeSchema('plugin::upload.file'));
        return attribute.multiple ? { type: 'array', items: file } : nullable(file, true);
      }
      case 'relation': {
        if (!attribute.target || !contentType(attribute.target)) return undefined; // morph relations are never sent populated here
        const target = ref(contentTypeSchema(attribute.target));
        return /ToMany$/i.test(attribute.relation ?? '') ? { type: 'array', items: target } : nullable(target, true);
      }
      case 'component': {
        const item = ref(componentSchema(attribute.component!));
        return attribute.repeatable ? { type: 'array', items: item } : nullable(item, true);
      }
      case 'dynamiczone': {
        const members = attribute.components ?? [];
        const names = members.map((uid) => componentSchema(uid, true));
        return {
          type: 'array',
          items: {
            oneOf: names.map(ref),
            discriminator: { propertyName: '__component', mapping: Object.fromEntries(members.map((uid, i) => [uid, `${SCHEMA_REF}${names[i]}`])) },
          },
        };
      }
      default:
        return undefined;
    }
  };

  const attributeProperties = (schema: Schema, nullableRequired: boolean): Record<string, JsonSchema> => {
    const properties: Record<string, JsonSchema> = {};
    for (const [name, attribute] of visibleAttributes(schema)) {
      const scalar = scalarSchema(attribute);
      const property = scalar ? nullable(scalar, nullableRequired || attribute.required !== true) : linkSchema(attribute);
      if (!property) continue;
      properties[name] = attribute.writable === false && !SYSTEM_FIELDS.has(name) ? { ...property, readOnly: true } : property;
    }
    return properties;
  };

  /** The name of the schema of a content type's document as sent, registered on first use. */
  const contentTypeSchema = (uid: string): string => {
    const name = schemaName(uid);
    if (schemas[name]) return name;
    const schema = contentType(uid);
    if (!schema) throw new Error(`OpenAPI: unknown content type ${uid}`);
    schemas[name] = {}; // placeholder: relations may lead back here
    const drafts = schema.options?.draftAndPublish === true;
    const properties = attributeProperties(schema, drafts);
    for (const timestamp of ['createdAt', 'updatedAt']) if (properties[timestamp]) properties[timestamp] = { type: 'string', format: 'date-time' };
    schemas[name] = {
      type: 'object',
      ...(schema.info?.description && { description: schema.info.description }),
      properties: { id: { type: 'integer' }, documentId: DOCUMENT_ID, ...properties },
      required: ['id', 'documentId'],
      additionalProperties: false,
    };
    return name;
  };

  /** The name of a component's schema; in a dynamic zone it names its `__component`. */
  const componentSchema = (uid: string, inZone = false): string => {
    const name = inZone ? `${schemaName(uid, 'component')}InZone` : schemaName(uid, 'component');
    if (schemas[name]) return name;
    const schema = component(uid);
    if (!schema) throw new Error(`OpenAPI: unknown component ${uid}`);
    schemas[name] = {};
    schemas[name] = {
      type: 'object',
      ...(schema.info?.displayName && { title: schema.info.displayName }),
      properties: {
        ...(inZone && { __component: { type: 'string', const: uid } }),
        id: { type: 'integer' },
        ...attributeProperties(schema, false),
      },
      required: inZone ? ['__component', 'id'] : ['id'],
      additionalProperties: false,
    };
    return name;
  };

  /** The schema of what a create or update sends in `data`: the writable attributes. */
  const inputSchema = (uid: string, inComponent = false): string => {
    const name = inComponent ? `${schemaName(uid, 'component')}Input` : schemaName(uid, 'input');
    if (schemas[name]) return name;
    const schema = inComponent ? component(uid) : contentType(uid);
    if (!schema) throw new Error(`OpenAPI: unknown schema ${uid}`);
    schemas[name] = {};
    const properties: Record<string, JsonSchema> = {};
    for (const [field, attribute] of visibleAttributes(schema)) {
      if (attribute.writable === false || SYSTEM_FIELDS.has(field)) continue;
      const scalar = scalarInputSchema(attribute);
      if (scalar) properties[field] = nullable(scalar, attribute.required !== true);
      else if (attribute.type === 'relation') properties[field] = RELATION_INPUT;
      else if (attribute.type === 'media') properties[field] = attribute.multiple ? { type: 'array', items: { type: 'integer' } } : { type: ['integer', 'null'] };
      else if (attribute.type === 'component') {
        const item = { ...ref(inputSchema(attribute.component!, true)) };
        properties[field] = attribute.repeatable ? { type: 'array', items: item } : nullable(item, true);
      } else if (attribute.type === 'dynamiczone') {
        properties[field] = {
          type: 'array',
          items: { type: 'object', properties: { __component: { type: 'string', enum: attribute.components ?? [] } }, required: ['__component'] },
        };
      }
    }
    schemas[name] = {
      type: 'object',
      properties: { ...(inComponent && { id: { type: 'integer' } }), ...properties },
      additionalProperties: false,
    };
    return name;
  };

  /** Attribute names `fields` may name: the scalar, visible ones. */
  const scalarFields = (uid: string): string[] =>
    visibleAttributes(contentType(uid) ?? { attributes: {} })
      .filter(([, attribute]) => scalarSchema(attribute) !== undefined)
      .map(([name]) => name);

  return { schemas, contentType, contentTypeSchema, componentSchema, inputSchema, scalarFields };
};

export type SchemaRegistry = ReturnType<typeof createSchemaRegistry>;

/**
 * Filter and pagination values checked against what they are compared with, and the depth of a REST populate,
 * before a content-API read runs.
 * Strapi's query validation (`strapi.contentAPI.validate.query`, called by every REST core action and every GraphQL
 * resolver) checks the keys of a query, not its values: `filters[id][$eq]=abc` reached PostgreSQL, which refused it
 * (a 500), while SQLite compared it. Each value must fit its attribute's type (through relations, components and
 * populate filters), text operators apply to text fields only, JSON fields can only be tested for null. A value that
 * does not fit is a 400 ValidationError naming the parameter, on both databases. A populate deeper than
 * REST_POPULATE_DEPTH_LIMIT levels is refused the same way (each level multiplies the rows read and sent).
 */

import type { Core } from '@strapi/strapi';
import { errors, isOperatorOfType } from '@strapi/utils';
import { PAGINATION, restPopulateDepthLimit } from './limits';

interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
}

interface Schema {
  attributes: Record<string, Attribute>;
}

type GetModel = (uid: string) => Schema | undefined;

/** PostgreSQL's integer (the `id` column, every relation's foreign key) and bigint */
const INT32 = { min: -(2n ** 31n), max: 2n ** 31n - 1n };
const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };
const WHOLE = /^[+-]?\d+$/;
const BOOLEANS = new Set<unknown>([true, false, 'true', 'false', 't', 'f', '1', '0', 1, 0]);
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration', 'password']);
/** operators that compare text: PostgreSQL has no LIKE or LOWER() for numbers, dates or booleans */
const TEXT_OPERATORS = new Set([
  '$eqi',
  '$nei',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
]);
const NULL_OPERATORS = new Set(['$null', '$notNull']);
const ID: Attribute = { type: 'integer' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const invalid = (path: string[], message: string): never => {
  const [param, ...rest] = path;
  const name = `${param}${rest.map((segment) => `[${segment}]`).join('')}`;
  throw new errors.ValidationError(`Invalid value for ${name}: ${message}`, { key: rest.at(-1) ?? param, path: rest.join('.'), source: 'query', param });
};

const wholeNumberIn = (value: unknown, range: { min: bigint; max: bigint }): boolean => {
  const text = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : '') : typeof value === 'string' ? value.trim() : '';
  if (!WHOLE.test(text)) return false;
  const number = BigInt(text);
  return number >= range.min && number <= range.max;
};

const finiteNumber = (value: unknown): boolean =>
  (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) && Number.isFinite(Number(value));

/** What is wrong with one operand compared with an attribute, or undefined when it fits. */
const operandProblem = (attribute: Attribute, value: unknown): string | undefined => {
  if (value === null) return undefined;
  if (typeof value === 'object') return 'expected a single value';
  if (typeof value === 'string' && value.includes('\u0000')) return 'NUL characters cannot be compared';
  switch (attribute.type) {
    case 'integer':
      return wholeNumberIn(value, INT32) ? undefined : `expected a whole number from ${INT32.min} to ${INT32.max}`;
    case 'biginteger':
      return wholeNumberIn(value, INT64) ? undefined : `expected a whole number from ${INT64.min} to ${INT64.max}`;
    case 'float':
    case 'decimal':
      return finiteNumber(value) ? undefined : 'expected a finite number';
    case 'boolean':
      return BOOLEANS.has(value) ? undefined : 'expected true or false';
    case 'date':
      // the format is Strapi's parsing's business (400 InvalidDateError); PostgreSQL has no year 0
      return /^\s*0000-/.test(String(value)) ? 'expected a date from 0001-01-01' : undefined;
    default:
      // date-times and times: Strapi's own parsing answers 400; text: any string
      return undefined;
  }
};

const checkOperands = (attribute: Attribute, value: unknown, path: string[]): void => {
  const operands = Array.isArray(value) ? value : [value];
  operands.forEach((operand, index) => {
    const problem = operandProblem(attribute, operand);
    if (problem) invalid(Array.isArray(value) ? [...path, String(index)] : path, problem);
  });
};

/** An attribute's condition: a value, an array of values, or an operator map (`{ $gt: 1 }`, `{ $not: { ... } }`). */
const checkCondition = (attribute: Attribute, condition: unknown, path: string[]): void => {
  if (!isRecord(condition)) return checkOperands(attribute, condition, path);
  for (const [operator, operand] of Object.entries(condition)) {
    const here = [...path, operator];
    // Strapi's query builder has no $and/$or on a field (it threw, a 500)
    if (isOperatorOfType('group', operator)) invalid(here, `${operator} goes around fields (filters[${operator}][0][field]=…), not under one`);
    // unknown keys are the key validation's business (it runs first)
    if (!isOperatorOfType('where', operator)) continue;
    if (operator === '$jsonSupersetOf') invalid(here, `${operator} is not available in the content API`);
    if (NULL_OPERATORS.has(operator)) {
      if (typeof operand === 'object' && operand !== null) invalid(here, 'expected true or false');
      continue;
    }
    if (attribute.type === 'json' || attribute.type === 'blocks') invalid(here, 'JSON fields can only be filtered with $null or $notNull');
    if (TEXT_OPERATORS.has(operator) && !TEXT_TYPES.has(attribute.type)) invalid(here, `${operator} applies to text fields only`);
    if (operator === '$not') checkCondition(attribute, operand, here);
    else if (operator === '$between' && !(Array.isArray(operand) && operand.length === 2)) invalid(here, 'expected two values');
    else checkOperands(attribute, operand, here);
  }
};

const targetOf = (attribute: Attribute): string | undefined => {
  if (attribute.type === 'media') return 'plugin::upload.file';
  if (attribute.type === 'relation') return attribute.relation?.startsWith('morph') ? undefined : attribute.target;
  if (attribute.type === 'component') return attribute.component;
  return undefined;
};

/** A relation compared directly (`filters[cover][$eq]=1`, `filters[cover]=1`) compares ids, with one operator. */
const checkRelation = (value: unknown, target: Schema | undefined, getModel: GetModel, path: string[]): void => {
  if (!isRecord(value)) return checkOperands(ID, value, path);
  const keys = Object.keys(value);
  const operators = keys.filter((name) => isOperatorOfType('where', name) || isOperatorOfType('group', name));
  if (operators.length === 0) {
    if (target) checkFilters(value, target, getModel, path);
    return;
  }
  if (operators.length !== keys.length) invalid(path, 'operators and fields cannot be mixed on a relation');
  if (operators.length > 1) invalid(path, 'one operator at a time on a relation');
  // Strapi's query builder cannot negate under a relation (a 500 for fields and for ids alike): negate the relation
  if ('$not' in value) invalid([...path, '$not'], `put $not around the relation (filters[$not][${path.at(-1)}][…]=…)`);
  checkCondition(ID, value, path);
};

const checkFilters = (filters: unknown, schema: Schema, getModel: GetModel, path: string[]): void => {
  if (Array.isArray(filters)) return filters.forEach((filter, index) => checkFilters(filter, schema, getModel, [...path, String(index)]));
  if (!isRecord(filters)) return;
  for (const [key, value] of Object.entries(filters)) {
    const here = [...path, key];
    if (isOperatorOfType('group', key) || key === '$not') {
      checkFilters(value, schema, getModel, here);
      continue;
    }
    const attribute = key === 'id' ? ID : schema.attributes[key];
    if (!attribute || attribute.type === 'dynamiczone') continue;
    const targetUid = targetOf(attribute);
    const target = targetUid ? getModel(targetUid) : undefined;
    if (attribute.type === 'component') {
      if (target) checkFilters(value, target, getModel, here);
    } else if (attribute.type === 'media' || attribute.type === 'relation') {
      if (targetUid) checkRelation(value, target, getModel, here);
    } else {
      checkCondition(attribute, value, here);
    }
  }
};

const checkPopulate = (populate: unknown, schema: Schema, getModel: GetModel, path: string[]): void => {
  if (!isRecord(populate)) return;
  for (const [key, value] of Object.entries(populate)) {
    const attribute = schema.attributes[key];
    if (!attribute || !isRecord(value)) continue;
    const here = [...path, key];
    if (attribute.type === 'dynamiczone') {
      for (const [uid, branch] of Object.entries(isRecord(value.on) ? value.on : {})) {
        const component = getModel(uid);
        if (component && isRecord(branch)) checkPopulate(branch.populate, component, getModel, [...here, 'on', uid, 'populate']);
      }
      continue;
    }
    const targetUid = targetOf(attribute);
    const target = targetUid ? getModel(targetUid) : undefined;
    if (!target) continue;
    if (value.filters !== undefined) checkFilters(value.filters, target, getModel, [...here, 'filters']);
    if (value.populate !== undefined) checkPopulate(value.populate, target, getModel, [...here, 'populate']);
  }
};

/** Levels of relations, components and media a populate asks for: `cover.photographer` and `{ cover: { populate: '*' } }` are 2. */
const populateDepth = (populate: unknown): number => {
  if (typeof populate === 'string') return Math.max(0, ...populate.split(',').map((entry) => entry.split('.').length));
  if (Array.isArray(populate)) return Math.max(0, ...populate.map(populateDepth));
  if (!isRecord(populate)) return 0;
  return Math.max(
    0,
    ...Object.values(populate).map((value) => {
      if (!isRecord(value)) return 1;
      const branches = isRecord(value.on) ? Object.values(value.on).map((branch) => (isRecord(branch) ? populateDepth(branch.populate) : 0)) : [];
      return 1 + Math.max(populateDepth(value.populate), ...branches);
    })
  );
};

const PAGINATION_PARAMS = ['page', 'pageSize', 'start', 'limit'];

/** page, pageSize, start and limit: whole numbers within PAGINATION.maxPosition (GraphQL's Int); Strapi caps the sizes */
const checkPagination = (query: Record<string, unknown>): void => {
  const range = { min: -BigInt(PAGINATION.maxPosition), max: BigInt(PAGINATION.maxPosition) };
  const pagination = isRecord(query.pagination) ? query.pagination : {};
  const values: Array<[string[], unknown]> = [
    ...PAGINATION_PARAMS.map((name): [string[], unknown] => [['pagination', name], pagination[name]]),
    // GraphQL's arguments, after the plugin's transformArgs
    ...PAGINATION_PARAMS.map((name): [string[], unknown] => [[name], query[name]]),
  ];
  for (const [path, value] of values) {
    if (value !== undefined && !wholeNumberIn(value, range)) invalid(path, `expected a whole number up to ${PAGINATION.maxPosition}`);
  }
};

/** Throws a 400 ValidationError for the first filter, populate filter or pagination value that does not fit. */
export const validateQueryValues = (query: unknown, schema: Schema, getModel: GetModel, maxPopulateDepth = Infinity): void => {
  if (!isRecord(query)) return;
  if (query.filters !== undefined) checkFilters(query.filters, schema, getModel, ['filters']);
  if (query.populate !== undefined) {
    const depth = populateDepth(query.populate);
    if (depth > maxPopulateDepth) invalid(['populate'], `${depth} levels deep, at most ${maxPopulateDepth} are allowed`);
    checkPopulate(query.populate, schema, getModel, ['populate']);
  }
  checkPagination(query);
};

type ValidateQuery = (query: unknown, schema: Schema, options?: unknown) => Promise<void>;

/** Extends Strapi's content-API query validation (REST core actions and GraphQL resolvers) with the value checks. */
export const validateQueryValuesInContentApi = (strapi: Core.Strapi): void => {
  const validate = strapi.contentAPI.validate as unknown as { query: ValidateQuery };
  const validateKeys = validate.query;
  const getModel = (uid: string) => strapi.getModel(uid as never) as unknown as Schema | undefined;
  const maxPopulateDepth = restPopulateDepthLimit();
  validate.query = async (query, schema, options) => {
    await validateKeys(query, schema, options);
    validateQueryValues(query, schema, getModel, maxPopulateDepth);
  };
};

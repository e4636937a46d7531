/**
 * Input validation at the edge of custom endpoints: zod schemas are the rules (and the OpenAPI description,
 * through the routes' `request`), and a failed parse is one 400 in Strapi's error shape, every problem listed in
 * `details.errors[]` with its path. Used by this plugin's endpoints and by the app's (src/utils/query.ts).
 */

import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';

export interface InputProblem {
  path: string[];
  message: string;
  name: 'ValidationError';
}

/** A 400 listing the problems, the shape Strapi's own validation gives. */
export const invalidInput = (problems: Array<{ path: Array<string | number>; message: string }>): errors.ValidationError => {
  const list: InputProblem[] = problems.map(({ path, message }) => ({ path: path.map(String), message, name: 'ValidationError' }));
  const text = list.map(({ path, message }) => (path.length > 0 ? `${path.join('.')}: ${message}` : message)).join('; ');
  return new errors.ValidationError(text, { errors: list });
};

const problemsOf = (error: z.ZodError): Array<{ path: Array<string | number>; message: string }> =>
  error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path, key].map((part) => String(part)), message: `${key} is not accepted by this endpoint` }))
      : [{ path: issue.path.map((part) => String(part)), message: issue.message }]
  );

/** The parsed, typed input, or a 400 naming every bad parameter. */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(problemsOf(result.error));
  return result.data;
};

/** The route's `request.query` (name → schema, which Strapi turns into OpenAPI parameters) as one strict object. */
export const strictQuery = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject(shape);

const once = z.string({ error: 'must be given once, as text' });

/**
 * One query-string value checked by `inner`; absent or empty means not given. A repeated parameter (an array)
 * or a bracketed one (an object) is refused with a message that says so.
 */
export const queryParam = <T extends z.ZodType<unknown, string>>(inner: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), z.optional(once.pipe(inner)));

/** A query-string value that must be given; `missing` says what to do without it. */
export const requiredQueryParam = <T extends z.ZodType<unknown, string>>(inner: T, missing: string) =>
  z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string({ error: (issue) => (issue.input === undefined ? missing : 'must be given once, as text') }).pipe(inner)
  );

/** One of a list of words, with a message listing them. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

/** A calendar date YYYY-MM-DD that exists. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  }, 'must be a date that exists, written YYYY-MM-DD');

/** A whole number from min to max, written in decimal digits. */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d{1,12}$/, { message: `must be a whole number from ${min} to ${max}`, abort: true })
    .transform(Number)
    .pipe(z.number().int().min(min, `must be a whole number from ${min} to ${max}`).max(max, `must be a whole number from ${min} to ${max}`));

/** A locale code as Strapi's i18n writes them (en, zh-Hans); whether it exists is checked against the database. */
export const localeCode = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a locale code such as zh-Hans or en');

/** A document ID as Strapi 5 makes them. */
export const documentIdText = z.string().regex(/^[a-z0-9]{10,40}$/i, 'must be a document ID');

/** A 400 on `locale` unless i18n has this locale. */
export const requireLocale = async (strapi: Core.Strapi, code: string): Promise<void> => {
  if (!(await strapi.plugin('i18n').service('locales').findByCode(code))) {
    throw invalidInput([{ path: ['locale'], message: `locale "${code}" does not exist` }]);
  }
};

/** The `maxLength` of each attribute of a content type that has one: the schema is where text limits live. */
export const maxLengthsOf = (strapi: Core.Strapi, uid: string): Record<string, number> =>
  Object.fromEntries(
    Object.entries((strapi.contentType(uid as UID.ContentType) as { attributes: Record<string, { maxLength?: unknown }> }).attributes)
      .filter(([, attribute]) => typeof attribute.maxLength === 'number')
      .map(([name, attribute]) => [name, attribute.maxLength as number])
  );

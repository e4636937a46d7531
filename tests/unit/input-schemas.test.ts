/**
 * The zod schemas at the edge of the custom endpoints: what they accept, what they refuse and how the 400 reads,
 * and that the limits and enumerations they use are the ones the content-type schemas and the config define.
 */

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import apiConfig from '../../config/api';
import activitySchema from '../../src/api/activity/content-types/activity/schema.json';
import { statsQuery, statsQueryShape } from '../../src/api/activity/schemas';
import { hubParams, hubQuery } from '../../src/api/campaign/schemas';
import { encodeCursor, feedQuery, feedQueryShape, feedTypesOf } from '../../src/api/feed/schemas';
import photoSchema from '../../src/api/photo/content-types/photo/schema.json';
import photographerSchema from '../../src/api/photographer/content-types/photographer/schema.json';
import { previewQuery, previewQueryShape } from '../../src/api/preview/schemas';
import plugins from '../../config/plugins';
import { CREDIT_ROLES, parseInput, type NewsroomMediaConfig } from '#newsroom-media';
// the photographers' endpoints' schemas with this app's photo type (the plugin's internals, with our model)
import { defaultConfig } from '../../src/plugins/newsroom-media/server/src/config';
import { submissionSchemas } from '../../src/plugins/newsroom-media/server/src/submission/schemas';
import { PAGINATION } from '../../src/utils/limits';

/** The 400 a parse gives, as { message, errors }. */
const refusal = (schema: z.ZodType, input: unknown) => {
  try {
    parseInput(schema, input);
  } catch (error) {
    expect(error).toBeInstanceOf(errors.ValidationError);
    const { message, details } = error as errors.ValidationError;
    return { message, errors: (details as { errors: Array<{ path: string[]; message: string; name: string }> }).errors };
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
};

const pathsOf = (schema: z.ZodType, input: unknown) => refusal(schema, input).errors.map((problem) => problem.path.join('.'));

const cursor = encodeCursor({ d: '2020-04-30T00:00:00.000Z', t: 'article', i: 7 });

describe('feed query', () => {
  it('parses good values into typed ones', () => {
    expect(parseInput(feedQuery, { limit: '5', cursor, type: 'article, activity', kind: 'healthChecks', locale: 'en' })).toEqual({
      limit: 5,
      cursor,
      type: 'article, activity',
      kind: 'healthChecks',
      locale: 'en',
    });
    expect(parseInput(feedQuery, {})).toEqual({});
    expect(parseInput(feedQuery, { limit: '' }).limit).toBeUndefined();
    expect(feedTypesOf('article, activity,article')).toEqual(['article', 'activity']);
    expect(feedTypesOf(undefined)).toEqual(['article', 'activity', 'campaign']);
  });

  test.each([
    ['limit above the page-size maximum', { limit: String(PAGINATION.maxLimit + 1) }, ['limit']],
    ['limit 0', { limit: '0' }, ['limit']],
    ['a negative limit', { limit: '-5' }, ['limit']],
    ['a limit in words', { limit: 'ten' }, ['limit']],
    ['a fractional limit', { limit: '2.5' }, ['limit']],
    ['a repeated limit', { limit: ['1', '2'] }, ['limit']],
    ['a bracketed limit', { limit: { $gt: '1' } }, ['limit']],
    ['a cursor that is not base64 JSON', { cursor: 'not-a-cursor' }, ['cursor']],
    ['a forged cursor', { cursor: Buffer.from('{"d":"x","t":"article","i":1}').toString('base64url') }, ['cursor']],
    ['a cursor of JSON null', { cursor: Buffer.from('null').toString('base64url') }, ['cursor']],
    ['an unknown type', { type: 'article,podcast' }, ['type']],
    ['an unknown kind', { kind: 'party' }, ['kind']],
    ['a slug with spaces', { campaign: 'no such' }, ['campaign']],
    ['a locale that is no code', { locale: 'zh_Hans!' }, ['locale']],
    ['unknown parameters, each named', { sort: 'title', __proto__x: '1' }, ['sort', '__proto__x']],
    ['several problems at once', { limit: '0', kind: 'party' }, ['limit', 'kind']],
  ])('refuses %s, naming the parameter', (_case, input, paths) => {
    expect(pathsOf(feedQuery, input)).toEqual(paths);
  });

  it('says what is wrong in the message and in details.errors', () => {
    expect(refusal(feedQuery, { limit: 'ten', sort: 'x' })).toEqual({
      message: `limit: must be a whole number from 1 to ${PAGINATION.maxLimit}; sort: sort is not accepted by this endpoint`,
      errors: [
        { path: ['limit'], message: `must be a whole number from 1 to ${PAGINATION.maxLimit}`, name: 'ValidationError' },
        { path: ['sort'], message: 'sort is not accepted by this endpoint', name: 'ValidationError' },
      ],
    });
    expect(refusal(feedQuery, { limit: ['1', '2'] }).errors[0].message).toBe('must be given once, as text');
  });

  it('takes the activity kinds from the activity schema', () => {
    expect(feedQueryShape.kind.safeParse('party').success).toBe(false);
    for (const kind of activitySchema.attributes.kind.enum) expect(feedQueryShape.kind.safeParse(kind).success).toBe(true);
  });
});

describe('activity stats query', () => {
  it('parses good values', () => {
    expect(parseInput(statsQuery, { groupBy: 'year', from: '2020-01-01', to: '2020-12-31', campaign: 'yi-qing' })).toEqual({
      groupBy: 'year',
      from: '2020-01-01',
      to: '2020-12-31',
      campaign: 'yi-qing',
    });
  });

  test.each([
    ['an unknown groupBy', { groupBy: 'weather' }, ['groupBy']],
    ['a date in words', { from: 'yesterday' }, ['from']],
    ['a date that does not exist', { to: '2020-02-30' }, ['to']],
    ['a date with a time', { to: '2020-02-03T00:00:00Z' }, ['to']],
    ['from after to', { from: '2021-01-01', to: '2020-01-01' }, ['from']],
    ['a repeated groupBy', { groupBy: ['kind', 'year'] }, ['groupBy']],
    ['an unknown parameter', { limit: '100000' }, ['limit']],
  ])('refuses %s', (_case, input, paths) => {
    expect(pathsOf(statsQuery, input)).toEqual(paths);
  });
});

describe('campaign hub and preview', () => {
  it('accepts a slug and a locale, nothing else', () => {
    expect(hubParams.safeParse({ slug: 'yi-qing-fang-kong-wei-wen' }).success).toBe(true);
    expect(hubParams.safeParse({ slug: '疫情' }).success).toBe(false);
    expect(parseInput(hubQuery, { locale: 'en' })).toEqual({ locale: 'en' });
    expect(pathsOf(hubQuery, { populate: '*' })).toEqual(['populate']);
  });

  it('requires the preview token, once', () => {
    expect(parseInput(previewQuery, { token: 'a.b' })).toEqual({ token: 'a.b' });
    expect(refusal(previewQuery, {}).errors).toEqual([
      { path: ['token'], message: 'token is required: open the preview from the admin panel', name: 'ValidationError' },
    ]);
    expect(refusal(previewQuery, { token: '' }).errors[0].message).toBe('token is required: open the preview from the admin panel');
    expect(pathsOf(previewQuery, { token: ['a', 'b'] })).toEqual(['token']);
    expect(pathsOf(previewQuery, { token: 'a', populate: '*' })).toEqual(['populate']);
  });
});

// the photo type as Strapi has it: its attributes are the schema file's
const photoType = { contentType: () => ({ attributes: photoSchema.attributes }) } as unknown as Core.Strapi;
// the app's configuration of the plugin (config/plugins.ts) over the plugin's defaults, as Strapi merges them
const appConfig = plugins()['newsroom-media'].config;
const mediaConfig = { ...defaultConfig, ...appConfig, photo: { ...appConfig.photo, fields: defaultConfig.photo.fields } } as NewsroomMediaConfig;
const schemas = submissionSchemas(photoType, mediaConfig);

describe("photographers' endpoints", () => {
  it("takes the text limits from the photo schema's maxLength", () => {
    for (const field of ['caption', 'altText', 'location'] as const) {
      const limit = (photoSchema.attributes[field] as { maxLength: number }).maxLength;
      expect(parseInput(schemas.fields, { [field]: 'x'.repeat(limit) })[field]).toHaveLength(limit);
      expect(refusal(schemas.fields, { [field]: 'x'.repeat(limit + 1) }).errors).toEqual([
        { path: [field], message: `is longer than ${limit} characters`, name: 'ValidationError' },
      ]);
    }
  });

  it('trims text, treats empty fields as absent and checks roles, dates and document IDs', () => {
    expect(parseInput(schemas.fields, { caption: '  图说 ', altText: '', creditRole: 'correspondent', takenAt: '2020-09-10T08:30:00+08:00' })).toEqual({
      caption: '图说',
      altText: undefined,
      creditRole: 'correspondent',
      takenAt: '2020-09-10T08:30:00+08:00',
    });
    expect(pathsOf(schemas.fields, { creditRole: 'boss', takenAt: 'yesterday', photographer: 'x', activity: 'no spaces here' })).toEqual([
      'creditRole',
      'takenAt',
      'photographer',
      'activity',
    ]);
    expect(pathsOf(schemas.fields, { publishedAt: '2020-01-01' })).toEqual(['publishedAt']);
  });

  it('lets a photographer change only the editable fields of a draft, sent as { data }', () => {
    expect(parseInput(schemas.updateBody, { data: { caption: '改过的图说', location: '' } })).toEqual({ data: { caption: '改过的图说', location: undefined } });
    expect(pathsOf(schemas.updateBody, { data: { creditLine: 'forged' } })).toEqual(['data.creditLine']);
    expect(pathsOf(schemas.updateBody, { caption: 'x' })).toEqual(['data', 'caption']);
    expect(pathsOf(schemas.updateBody, { data: { caption: 5 } })).toEqual(['data.caption']);
    expect(pathsOf(z.object(schemas.documentParams), { documentId: '../../etc' })).toEqual(['documentId']);
    expect(pathsOf(schemas.mineQuery, { locale: 'en', sort: 'x' })).toEqual(['sort']);
  });
});

describe('one definition', () => {
  it('the credit-role enumerations of the photo and photographer schemas are CREDIT_ROLES', () => {
    expect(photoSchema.attributes.creditRole.enum).toEqual([...CREDIT_ROLES]);
    expect(photographerSchema.attributes.defaultRole.enum).toEqual([...CREDIT_ROLES]);
  });

  it('the REST page size and the feed limit share one maximum', () => {
    expect(apiConfig.rest).toMatchObject({ defaultLimit: PAGINATION.defaultLimit, maxLimit: PAGINATION.maxLimit });
    expect(z.toJSONSchema(feedQueryShape.limit, { target: 'draft-2020-12', io: 'output' })).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: PAGINATION.maxLimit,
    });
  });

  it('every query schema can be described in OpenAPI (JSON Schema 2020-12, as the document generator converts them)', () => {
    const shapes = { ...feedQueryShape, ...statsQueryShape, ...previewQueryShape, ...schemas.fieldsShape };
    for (const [name, schema] of Object.entries(shapes)) {
      expect({ name, schema: z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) }).toMatchObject({ name, schema: { type: expect.any(String) } });
    }
    expect(() => z.toJSONSchema(schemas.submitBody, { target: 'draft-2020-12', io: 'output' })).not.toThrow();
    expect(() => z.toJSONSchema(schemas.updateBody, { target: 'draft-2020-12', io: 'output' })).not.toThrow();
  });
});

/**
 * Property-based fuzzing of the pure parsers: slugs (any title gives a valid slug or none; a free suffix is always
 * found), the response cache's query-string normalization (never throws, stable, and two query strings share a key
 * only when Strapi parses them alike) and the feed's cursors (round trip; anything else is refused by the schema with
 * a 400 on `cursor`, never a throw). Fixed seed, bounded runs.
 */

import fc from 'fast-check';
import qs from 'qs';
import { errors } from '@strapi/utils';
import { encodeCursor, FEED_TYPES, feedQuery, readCursor, type Position } from '../../src/api/feed/schemas';
import { PAGINATION } from '../../src/utils/limits';
import { parseInput } from '../../src/utils/query';
import { normalizeQuery } from '../../src/cache/keys';
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify, uniqueSlug } from '../../src/utils/slug';

const settings = (numRuns: number) => ({ seed: 20261203, numRuns });

// titles as editors type them: Chinese, Latin with accents, punctuation, emoji, control and invisible characters
const title = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('工', '会', '新', '闻', '淮', '北', 'é', 'Ö', 'ß', ' ', '-', '’', "'", '.', '1', 'A', '\u200B', '\u202E', '😀'), maxLength: 120 })
);

describe('slugs', () => {
  it('any title gives a valid slug within the length limit, or none, and a slug is its own slug', () => {
    fc.assert(
      fc.property(title, fc.integer({ min: 1, max: SLUG_MAX_LENGTH }), (text, maxLength) => {
        const slug = slugify(text, maxLength);
        if (slug === '') return;
        expect(slug).toMatch(SLUG_PATTERN);
        expect(slug.length).toBeLessThanOrEqual(maxLength);
        expect(slugify(slug, maxLength)).toBe(slug);
      }),
      settings(3000)
    );
  });

  it('the suffix search returns a valid slug that is not taken, however many are', () => {
    fc.assert(
      fc.property(title, fc.array(fc.integer({ min: 2, max: 60 }), { maxLength: 40 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }), (text, suffixes, others) => {
        // what availableSlug does: the type's name when the title leaves nothing
        const base = slugify(text) || 'article';
        const taken = new Set([base, ...suffixes.map((n) => `${base.slice(0, SLUG_MAX_LENGTH - `-${n}`.length).replace(/-+$/, '')}-${n}`), ...others]);
        const slug = uniqueSlug(base, taken);
        expect(taken.has(slug)).toBe(false);
        expect(slug).toMatch(SLUG_PATTERN);
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      }),
      settings(2000)
    );
  });
});

// Strapi's query-string parser settings (strapi::query, @strapi/core middlewares/query.js)
const parse = (querystring: string) => qs.parse(querystring, { strictNullHandling: true, arrayLimit: 100, depth: 20 });

const name = fc.oneof(
  fc.constantFrom('filters[title][$eq]', 'filters[$or][0][slug]', 'populate[0]', 'populate[]', 'sort[0]', 'sort', 'fields[]', 'pagination[page]', 'locale', 'a+b', 'x%5By%5D'),
  fc.string({ maxLength: 12 })
);
const value = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('', 'a b', 'a+b', '%20', '工会', '&', '='));

/** One parameter written in one of the ways a client may encode it. */
const written = (text: string, style: number): string => {
  if (style === 0) return encodeURIComponent(text);
  if (style === 1) return encodeURIComponent(text).replace(/%20/g, '+');
  // percent-encode the letters too
  return [...text].map((char) => (/[A-Za-z]/.test(char) ? `%${char.charCodeAt(0).toString(16)}` : encodeURIComponent(char))).join('');
};

const pairs = fc.array(fc.tuple(name, value, fc.nat(2), fc.nat(2)), { maxLength: 8 });

describe('query-string normalization of the response cache', () => {
  it('never throws, and normalizing twice changes nothing', () => {
    const junk = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('%', '%ZZ', '%E0%A4%A', 'a=%', '=&=', '&&&', 'a[=1', '%ED%A0%80'));
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 4 }).map((parts) => parts.join('&')), (querystring) => {
        const normalized = normalizeQuery(querystring);
        if (normalized !== undefined) expect(normalizeQuery(normalized)).toBe(normalized);
      }),
      settings(5000)
    );
  });

  it('query strings share a key only when Strapi parses them alike', () => {
    fc.assert(
      fc.property(pairs, fc.func(fc.integer()), (list, order) => {
        const first = list.map(([key, item, keyStyle, valueStyle]) => `${written(key, keyStyle)}=${written(item, valueStyle)}`);
        // the same parameters, written differently and in another order
        const second = list
          .map(([key, item, keyStyle, valueStyle], index) => ({ text: `${written(key, (keyStyle + 1) % 3)}=${written(item, (valueStyle + 2) % 3)}`, rank: order(index) }))
          .sort((a, b) => a.rank - b.rank)
          .map(({ text }) => text);
        const a = normalizeQuery(first.join('&'));
        const b = normalizeQuery(second.join('&'));
        expect(a).toBeDefined();
        if (a === b) expect(parse(second.join('&'))).toEqual(parse(first.join('&')));
        // written differently in the same order: always the same key
        const sameOrder = list.map(([key, item, keyStyle, valueStyle]) => `${written(key, (keyStyle + 1) % 3)}=${written(item, (valueStyle + 2) % 3)}`);
        expect(normalizeQuery(sameOrder.join('&'))).toBe(a);
      }),
      settings(3000)
    );
  });
});

const position: fc.Arbitrary<Position> = fc.record({
  d: fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString()),
  t: fc.constantFrom(...FEED_TYPES),
  i: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
});

/** A cursor with characters replaced, cut or added. */
const mutatedCursor = fc
  .tuple(position.map(encodeCursor), fc.array(fc.tuple(fc.nat(), fc.string({ minLength: 0, maxLength: 2 })), { minLength: 1, maxLength: 4 }))
  .map(([cursor, edits]) => edits.reduce((text, [at, insert]) => {
    const index = at % (text.length + 1);
    return `${text.slice(0, index)}${insert}${text.slice(index + 1)}`;
  }, cursor));

describe('feed cursors', () => {
  it('a cursor reads back as the position it was made from', () => {
    fc.assert(
      fc.property(position, (where) => {
        expect(readCursor(encodeCursor(where))).toEqual(where);
        expect(parseInput(feedQuery, { cursor: encodeCursor(where) }).cursor).toBe(encodeCursor(where));
      }),
      settings(2000)
    );
  });

  it('random and mutated strings are read as a position (empty: not given) or refused with a 400 on cursor, never thrown otherwise', () => {
    const forged = fc
      .record({ d: fc.oneof(fc.constantFrom('2024-99-99T99:99:99.999Z', '2024-02-30T00:00:00.000Z', '+02024-01-01T00:00:00.000Z'), fc.string()), t: fc.constantFrom(...FEED_TYPES), i: fc.oneof(fc.integer(), fc.constantFrom(1e20, -1, 2 ** 31, 0.5)) })
      .map((where) => Buffer.from(JSON.stringify(where)).toString('base64url'));
    const candidate = fc.oneof(mutatedCursor, forged, fc.string({ maxLength: 80 }), fc.jsonValue({ maxDepth: 2 }).map((json) => Buffer.from(JSON.stringify(json) ?? '').toString('base64url')));
    fc.assert(
      fc.property(candidate, (cursor) => {
        const read = readCursor(cursor);
        if (read) {
          // what the database compares: a real instant and an id a row can have
          expect(new Date(read.d).toISOString()).toBe(read.d);
          expect(FEED_TYPES).toContain(read.t);
          expect(Number.isInteger(read.i) && read.i >= 0 && read.i <= PAGINATION.maxPosition).toBe(true);
        }
        let refused: unknown;
        try {
          parseInput(feedQuery, { cursor });
        } catch (error) {
          refused = error;
        }
        if ((read && cursor.length <= 500) || cursor === '') {
          expect(refused).toBeUndefined();
        } else {
          expect(refused).toBeInstanceOf(errors.ValidationError);
          const problems = ((refused as errors.ValidationError).details as { errors: Array<{ path: string[] }> }).errors;
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) expect(problem.path).toEqual(['cursor']);
        }
      }),
      settings(5000)
    );
  });
});

import { batchedQuery, plainKey, rowCap, windowed } from '../../src/extensions/graphql/batched-loads';

const published = { where: { publishedAt: { $notNull: true } } };

describe('batchedQuery', () => {
  it('loads a dynamic zone (no query) as it is', () => {
    expect(batchedQuery(undefined, true)).toEqual({ populate: true });
  });

  it('leaves out the page of a to-many relation and keeps offset 0, so the ORDER BY keeps its id tie-breaker', () => {
    expect(batchedQuery({ ...published, orderBy: [{ name: 'desc' }], limit: 2, offset: 1 }, true)).toEqual({
      populate: { ...published, orderBy: [{ name: 'desc' }], offset: 0 },
      window: { offset: 1, limit: 2 },
    });
  });

  it('batches a to-one relation from its first row only', () => {
    expect(batchedQuery({ limit: 25, offset: 0 }, false)).toEqual({ populate: { offset: 0 } });
    expect(batchedQuery({ limit: 25, offset: 3 }, false)).toBeUndefined();
  });

  it.each([
    ['a count', { count: true }],
    ['a nested populate', { populate: { image: true } }],
    ['a sort through a relation', { orderBy: [{ category: { name: 'asc' } }] }],
    ['a sort on a path', { orderBy: 'category.name' }],
    ['no limit at all (-1)', { limit: -1 }],
    ['a fractional offset', { limit: 5, offset: 1.5 }],
  ])('does not batch a query with %s', (_name, query) => {
    expect(batchedQuery(query, true)).toBeUndefined();
  });
});

describe('rowCap', () => {
  it('allows one row more than the pages of all parents together', () => {
    expect(rowCap(25, { offset: 0, limit: 25 }, 25)).toBe(626);
    expect(rowCap(3, { offset: 50, limit: 30 }, 25)).toBe(241);
  });

  it('counts a small page as the default page size', () => {
    expect(rowCap(3, { offset: 1, limit: 1 }, 25)).toBe(76);
  });

  it('has no cap without a limit', () => {
    expect(rowCap(25, undefined, 25)).toBeUndefined();
    expect(rowCap(25, { offset: 2 }, 25)).toBeUndefined();
  });
});

describe('windowed', () => {
  it("cuts a parent's rows to its own page", () => {
    expect(windowed([1, 2, 3, 4], { offset: 1, limit: 2 })).toEqual([2, 3]);
    expect(windowed([1, 2, 3, 4], { offset: 2 })).toEqual([3, 4]);
  });

  it('leaves a to-one value and an unpaginated load alone', () => {
    expect(windowed({ id: 1 }, { offset: 0, limit: 25 })).toEqual({ id: 1 });
    expect(windowed([1, 2], undefined)).toEqual([1, 2]);
  });
});

describe('plainKey', () => {
  it('gives equal queries equal keys and leaves out undefined values', () => {
    expect(plainKey({ a: 1, b: [true, null, 'x'], c: undefined })).toBe(plainKey({ a: 1, b: [true, null, 'x'] }));
    expect(plainKey({ a: 1 })).not.toBe(plainKey({ a: 2 }));
  });

  it('has no key for a query that holds something other than JSON values', () => {
    class Raw {}
    expect(plainKey({ where: { id: new Raw() } })).toBeUndefined();
    expect(plainKey({ where: () => undefined })).toBeUndefined();
    expect(plainKey({ limit: Number.NaN })).toBeUndefined();
  });
});

import {
  NEVER_CACHED,
  cacheKey,
  etagOf,
  hasCredentials,
  isCompressible,
  isUnder,
  negotiateEncoding,
  normalizeQuery,
  representationEtag,
  stableJson,
  withoutParams,
} from '../../src/cache/keys';
import { isGraphqlRead, publicGraphqlRead } from '../../src/cache/graphql';

describe('normalizeQuery', () => {
  it('gives equivalent query strings one form', () => {
    const forms = [
      'locale=en&pagination[pageSize]=5&sort[0]=title',
      'sort%5B0%5D=title&locale=en&pagination%5BpageSize%5D=5',
      'pagination[pageSize]=5&&sort[0]=title&locale=en',
    ];
    expect(new Set(forms.map(normalizeQuery)).size).toBe(1);
    expect(normalizeQuery('q=a+b')).toBe(normalizeQuery('q=a%20b'));
    expect(normalizeQuery('flag')).toBe(normalizeQuery('flag='));
  });

  it('keeps the order within a parameter, which can change the answer', () => {
    expect(normalizeQuery('sort[]=title&sort[]=date')).not.toBe(normalizeQuery('sort[]=date&sort[]=title'));
    expect(normalizeQuery('sort[]=title&locale=en&sort[]=date')).toBe('locale=en&sort%5B%5D=title&sort%5B%5D=date');
  });

  it('tells different values apart', () => {
    expect(normalizeQuery('locale=en')).not.toBe(normalizeQuery('locale=zh-Hans'));
    expect(normalizeQuery('a=1&b=2')).not.toBe(normalizeQuery('a=12'));
  });

  it('gives up on malformed percent-encoding', () => {
    expect(normalizeQuery('title=%E0%A4%A')).toBeUndefined();
  });
});

describe('stableJson', () => {
  it('sorts object keys at every depth and keeps array order', () => {
    expect(stableJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(stableJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
    expect(stableJson(undefined)).toBe('null');
  });
});

describe('publicGraphqlRead', () => {
  const query = '{ articles { title } }';

  it('keys a query, whatever the order of its variables', () => {
    const one = publicGraphqlRead({ query, variables: { a: 1, b: 2 } });
    expect(one).toBeDefined();
    expect(publicGraphqlRead({ query, variables: { b: 2, a: 1 } })).toBe(one);
    expect(publicGraphqlRead({ query, variables: '{"b":2,"a":1}' })).toBe(one);
    expect(publicGraphqlRead({ query, variables: { a: 1, b: 3 } })).not.toBe(one);
    expect(publicGraphqlRead({ query, operationName: 'Other', variables: { a: 1, b: 2 } })).not.toBe(one);
  });

  test.each([
    ['a mutation', 'mutation { deleteTag(documentId: "x") { documentId } }'],
    ['a mutation after a query', 'query A { tags { name } } mutation B { deleteTag(documentId: "x") { documentId } }'],
    ['a subscription', 'subscription { tagAdded { name } }'],
    ['drafts', '{ articles(status: DRAFT) { title } }'],
    ['drafts by default value', 'query Q($s: PublicationStatus = DRAFT) { articles(status: $s) { title } }'],
    ['no query text (a persisted query)', ''],
  ])('refuses %s', (_name, text) => {
    expect(publicGraphqlRead({ query: text })).toBeUndefined();
  });

  it('refuses drafts asked for through a variable, and variables that are not JSON', () => {
    expect(publicGraphqlRead({ query: 'query Q($s: PublicationStatus) { articles(status: $s) { title } }', variables: { s: 'DRAFT' } })).toBeUndefined();
    expect(publicGraphqlRead({ query, variables: '{not json' })).toBeUndefined();
    expect(publicGraphqlRead({ query: 42 })).toBeUndefined();
  });

  it('is not fooled by keywords in strings, comments or field names', () => {
    expect(publicGraphqlRead({ query: '{ articles(filters: { title: { eq: "mutation DRAFT" } }) { title } }' })).toBeDefined();
    expect(publicGraphqlRead({ query: '# a mutation would be refused\n{ tags { name } }' })).toBeDefined();
    expect(publicGraphqlRead({ query: '{ articles(filters: { title: { eq: """block "quoted" mutation""" } }) { title } }' })).toBeDefined();
    expect(publicGraphqlRead({ query: '{ mutationLog { id } }' })).toBeDefined();
  });
});

describe('isGraphqlRead', () => {
  it('tells queries from writes and from anything unclear', () => {
    expect(isGraphqlRead({ query: '{ tags { name } }' })).toBe(true);
    expect(isGraphqlRead({ query: 'mutation { deleteTag(documentId: "x") { documentId } }' })).toBe(false);
    expect(isGraphqlRead([{ query: '{ tags { name } }' }])).toBe(false);
    expect(isGraphqlRead({ extensions: { persistedQuery: { sha256Hash: 'abc' } } })).toBe(false);
    expect(isGraphqlRead(undefined)).toBe(false);
  });
});

describe('hasCredentials', () => {
  test.each([
    [{ authorization: 'Bearer abc' }, true],
    [{ cookie: 'strapi_admin_refresh=abc' }, true],
    [{ cookie: 'theme=dark; jwtToken=abc' }, true],
    [{ cookie: 'strapi_up_refresh=abc' }, true],
    [{ cookie: 'theme=dark; _ga=GA1.1' }, false],
    [{ cookie: 'notjwtToken=abc' }, false],
    [{}, false],
  ])('%j → %s', (headers, expected) => {
    expect(hasCredentials(headers)).toBe(expected);
  });
});

describe('isUnder', () => {
  it('matches whole path segments only', () => {
    expect(isUnder('/api/photos/mine', '/api/photos/mine')).toBe(true);
    expect(isUnder('/api/photos/mine/abc', '/api/photos/mine')).toBe(true);
    expect(isUnder('/api/photos/mine-not', '/api/photos/mine')).toBe(false);
    expect(isUnder('/api/authors', '/api/auth')).toBe(false);
    expect(NEVER_CACHED.some((prefix) => isUnder('/api/articles', prefix))).toBe(false);
  });
});

describe('cacheKey and etagOf', () => {
  it('hash to fixed lengths, and differ when any part differs', () => {
    expect(cacheKey(['GET', '/api/a', 'x=1'])).toHaveLength(43);
    expect(cacheKey(['GET', '/api/a', 'x=1'])).not.toBe(cacheKey(['GET', '/api/a\nx=1', '']));
    expect(etagOf(Buffer.from('{}'))).toMatch(/^"[\w-]{43}"$/);
    expect(etagOf(Buffer.from('{}'))).not.toBe(etagOf(Buffer.from('{ }')));
  });
});

describe('negotiateEncoding', () => {
  test.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip;q=0.1', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['deflate, identity', 'identity'],
    ['GZIP ; q=0.8', 'gzip'],
    ['br;q=nonsense, gzip', 'gzip'],
  ])('%p gives %p', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe('representationEtag', () => {
  it('suffixes the coding inside the quotes, and keeps the identity ETag', () => {
    expect(representationEtag('"abc"', 'gzip')).toBe('"abc-gzip"');
    expect(representationEtag('"abc"', 'br')).toBe('"abc-br"');
    expect(representationEtag('"abc"', 'identity')).toBe('"abc"');
  });
});

describe('isCompressible', () => {
  test.each([
    ['application/json; charset=utf-8', true],
    ['application/feed+json', true],
    ['application/rss+xml; charset=utf-8', true],
    ['application/atom+xml', true],
    ['text/html; charset=utf-8', true],
    ['application/javascript', true],
    ['text/yaml', true],
    ['image/jpeg', false],
    ['application/octet-stream', false],
    ['application/jsonp-not', false],
    [undefined, false],
  ])('%p: %p', (type, expected) => {
    expect(isCompressible(type)).toBe(expected);
  });
});

describe('withoutParams', () => {
  const busting = new Set(['_', '_t', 'v']);
  it('drops the named parameters, encoded or not, and keeps every other part as sent', () => {
    expect(withoutParams('_t=123&pagination[pageSize]=5&v=2&_=1', busting)).toBe('pagination[pageSize]=5');
    expect(withoutParams('%5Ft=1&locale=en', busting)).toBe('locale=en');
    expect(withoutParams('v', busting)).toBe('');
    expect(withoutParams('sort%5B0%5D=title&vv=1&_x=2&v[0]=1', busting)).toBe('sort%5B0%5D=title&vv=1&_x=2&v[0]=1');
    expect(withoutParams('bad=%E0%A4%A&_t=1', busting)).toBe('bad=%E0%A4%A');
    expect(withoutParams('%E0%A4%A=1', busting)).toBe('%E0%A4%A=1');
    expect(withoutParams('_t=1', new Set())).toBe('_t=1');
  });
});

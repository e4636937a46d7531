import { buildSchema, parse, validate, type ValidationRule } from 'graphql';
import { corsPolicy, isAllowedOrigin } from '../../src/utils/cors';
import { graphqlLimitOptions, graphqlLimits } from '../../src/extensions/graphql/limits';
import { onBodyParseError, prototypeKeyInQuery, refusePrototypeKeys } from '../../src/utils/request-body';

const withEnv = <T>(env: Record<string, string | undefined>, work: () => T): T => {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(env);
  try {
    return work();
  } finally {
    apply(saved);
  }
};

describe('CORS policy', () => {
  it.each([
    ['development, nothing set', { NODE_ENV: 'development' }, ['http://localhost:1337', 'http://127.0.0.1:5173', 'http://[::1]:3000', 'https://localhost'], ['https://evil.example', 'http://localhost.evil.example', 'http://127.0.0.2:1337', 'null']],
    ['development with PUBLIC_URL', { NODE_ENV: 'development', PUBLIC_URL: 'https://news.example.org/cms/' }, ['https://news.example.org', 'http://localhost:1337'], ['https://news.example.org.evil.example', 'http://news.example.org']],
    ['production with PUBLIC_URL', { NODE_ENV: 'production', PUBLIC_URL: 'https://news.example.org' }, ['https://news.example.org'], ['http://localhost:1337', 'http://127.0.0.1:1337', 'https://evil.example']],
    ['production, nothing set', { NODE_ENV: 'production' }, [], ['http://localhost:1337', 'https://news.example.org']],
    ['CORS_ORIGINS replaces the loopback default', { NODE_ENV: 'development', CORS_ORIGINS: ' https://desk.example.org , http://localhost:5173/' }, ['https://desk.example.org', 'http://localhost:5173'], ['http://localhost:1337', 'https://desk.example.org:8443']],
  ])('%s', (_label, env, allowed, refused) => {
    const policy = withEnv({ PUBLIC_URL: undefined, CORS_ORIGINS: undefined, ...env }, () => corsPolicy());
    for (const origin of allowed) expect({ origin, allowed: isAllowedOrigin(policy, origin) }).toEqual({ origin, allowed: true });
    for (const origin of refused) expect({ origin, allowed: isAllowedOrigin(policy, origin) }).toEqual({ origin, allowed: false });
  });

  it.each([['*'], ['news.example.org'], ['https://news.example.org/path'], ['ftp://news.example.org']])('stops the start on CORS_ORIGINS=%s', (value) => {
    expect(() => withEnv({ CORS_ORIGINS: value }, () => corsPolicy())).toThrow(/CORS_ORIGINS/);
  });
});

describe('prototype keys', () => {
  it.each([
    ['__proto__[x]=1', '__proto__[x]'],
    ['a=1&constructor[prototype][x]=1', 'constructor[prototype][x]'],
    ['filters[%5F%5Fproto%5F%5F][x]=1', 'filters[__proto__][x]'],
    ['filters.__proto__.x=1', 'filters.__proto__.x'],
    ['a=1&b[c]=2', undefined],
    ['filters[title][$eq]=constructor&prototype=1', undefined],
    ['%E0%A4%A=1', undefined],
  ])('in the query string %s: %s', (query, found) => {
    expect(prototypeKeyInQuery(query)).toBe(found);
  });

  it('are refused in JSON bodies, at any depth, like strapi::body refuses them', () => {
    expect(() => JSON.parse('{"a":{"__proto__":{"x":1}}}', refusePrototypeKeys)).toThrow(/__proto__/);
    expect(() => JSON.parse('{"constructor":{"prototype":{"x":1}}}', refusePrototypeKeys)).toThrow(/constructor/);
    expect(JSON.parse('{"constructor":"a builder","prototype":1,"q":"__proto__"}', refusePrototypeKeys)).toEqual({ constructor: 'a builder', prototype: 1, q: '__proto__' });
  });
});

describe('body parse errors', () => {
  const parserError = (message: string, fields: Record<string, unknown>) => Object.assign(new Error(message), fields);
  const thrown = (error: Error): Error => {
    try {
      onBodyParseError(error);
    } catch (caught) {
      return caught as Error;
    }
    throw new Error('onBodyParseError returned');
  };

  it.each([
    ['formidable, malformed multipart', parserError('MultipartParser.end(): stream ended unexpectedly', { httpCode: 400 }), 'ValidationError'],
    ['formidable, no parser', parserError('no parser found', { httpCode: 415 }), 'ValidationError'],
    ['co-body, malformed JSON', parserError('Unexpected end of JSON input', { status: 400 }), 'ValidationError'],
    ['co-body, too large', parserError('request entity too large', { status: 413 }), 'PayloadTooLargeError'],
  ])('turns a client mistake into a Strapi error: %s', (_label, error, name) => {
    expect(thrown(error).name).toBe(name);
  });

  it('passes the file-size error on (strapi::body answers it with 413) and leaves server faults alone', () => {
    const tooBig = parserError('options.maxFileSize (10 bytes) exceeded, received 20 bytes of file data', { httpCode: 413 });
    expect(thrown(tooBig)).toBe(tooBig);
    const disk = parserError('ENOSPC: no space left on device', { code: 'ENOSPC' });
    expect(thrown(disk)).toBe(disk);
    const aborted = parserError('Request aborted', { httpCode: 500 });
    expect(thrown(aborted)).toBe(aborted);
  });
});

describe('GraphQL limits', () => {
  const schema = buildSchema('type Article { title: String, slug: String, related: [Article] } type Query { articles: [Article] }');
  const options = graphqlLimitOptions({ maxAliases: 3, maxTokens: 1000, maxDirectives: 2, maxCost: 50 }, { production: true });
  const errorsOf = (query: string) => validate(schema, parse(query), options.validationRules as ValidationRule[]).map((error) => error.message);

  it('count aliases, directives and cost, and leave depth to the plugin', () => {
    expect(errorsOf('{ a: articles { title } b: articles { title } c: articles { title } }')).toEqual([]);
    expect(errorsOf('{ a: articles { title } b: articles { title } c: articles { title } d: articles { title } }').join()).toMatch(/Aliases limit of 3/);
    expect(errorsOf('{ articles { title @skip(if: false) @skip(if: false) @skip(if: false) } }').join()).toMatch(/Directives limit of 2/);
    const fragments = 'fragment A on Article { title slug } fragment B on Article { ...A } fragment C on Article { ...B } fragment D on Article { ...C }';
    expect(errorsOf(`{ articles { ...D } } ${fragments}`).join()).toMatch(/Cost limit of 50/);
    // armor's own depth limit (6) is off: GRAPHQL_DEPTH_LIMIT, the plugin's, is the one that applies
    expect(errorsOf('{ articles { related { related { related { related { related { related { title } } } } } } } }').join()).not.toMatch(/depth/i);
  });

  it('read their defaults and overrides from the environment, refusing a limit under 1', () => {
    const unset = { GRAPHQL_MAX_ALIASES: undefined, GRAPHQL_MAX_TOKENS: undefined, GRAPHQL_MAX_DIRECTIVES: undefined, GRAPHQL_MAX_COST: undefined };
    expect(withEnv(unset, graphqlLimits)).toEqual({ maxAliases: 15, maxTokens: 1000, maxDirectives: 50, maxCost: 5000 });
    expect(withEnv({ ...unset, GRAPHQL_MAX_ALIASES: '30' }, graphqlLimits).maxAliases).toBe(30);
    expect(() => withEnv({ ...unset, GRAPHQL_MAX_COST: '0' }, graphqlLimits)).toThrow(/GRAPHQL_MAX_COST must be 1 or more/);
  });

  it('hand the token limit to the parser and refuse batches', () => {
    expect(options.parseOptions).toEqual({ maxTokens: 1000 });
    expect(() => parse(`{ articles { ${'title '.repeat(1000)}} }`, options.parseOptions)).toThrow(/more that 1000 tokens/);
    expect(options.allowBatchedHttpRequests).toBe(false);
  });
});

/**
 * The fuzzer's checks (tests/fuzz/check.ts) on answers made up here: each kind of failure is reported, and a sound
 * answer is not, so that a fuzz run without failures means something.
 */

import net from 'net';
import { causeOf, describeError, problemsOf } from '../fuzz/check';
import type { Summary } from '../fuzz/model';
import type { FuzzRequest } from '../fuzz/requests';

const summary = {
  privateKeys: ['password', 'createdBy'],
  secretValues: ['admin@example.org'],
  drafts: { markers: ['zqxdraftonly0011223344'], draftOnlyDocumentIds: ['draftonlydocumentid0000'] },
} as unknown as Summary;

const rest: FuzzRequest = { endpoint: 'GET /api/articles', method: 'GET', url: '/api/articles?x=1' };
const graphql: FuzzRequest = { endpoint: 'POST /graphql articles', method: 'POST', url: '/graphql', body: '{"query":"{ articles { title } }"}', contentType: 'application/json' };
const body = (value: unknown) => JSON.stringify(value);

describe('fuzz checks', () => {
  it('pass sound answers', () => {
    expect(problemsOf(summary, rest, { status: 200, body: body({ data: [{ title: 'a' }], meta: {} }) })).toEqual([]);
    expect(problemsOf(summary, rest, { status: 400, body: body({ data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid key x' } }) })).toEqual([]);
    expect(problemsOf(summary, graphql, { status: 200, body: body({ errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] }) })).toEqual([]);
    expect(problemsOf(summary, graphql, { status: 400, body: body({ data: null, error: { status: 400, name: 'ValidationError', message: 'The request body could not be read' } }) })).toEqual([]);
  });

  it.each([
    ['a 500', rest, { status: 500, body: body({ data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } }) }, 'status 500'],
    ['a 4xx in another shape', rest, { status: 400, body: body({ message: 'bad' }) }, "400 not in Strapi's error shape"],
    ['a 4xx whose status disagrees', rest, { status: 404, body: body({ data: null, error: { status: 400, name: 'x', message: 'y' } }) }, "404 not in Strapi's error shape"],
    ['a private key, however deep', rest, { status: 200, body: body({ data: [{ cover: { photographer: { createdBy: { id: 1 } } } }] }) }, 'private field $.data[0].cover.photographer.createdBy'],
    ['an admin e-mail', rest, { status: 200, body: body({ data: [{ title: 'write to Admin@Example.org' }] }) }, 'secret value admin@example.org in the body'],
    ['draft text', rest, { status: 200, body: body({ data: [{ slug: 'zqxdraftonly0011223344' }] }) }, 'draft text zqxdraftonly0011223344 in the body'],
    ['a draft-only documentId', rest, { status: 200, body: body({ data: [{ documentId: 'draftonlydocumentid0000' }] }) }, 'draft-only document draftonlydocumentid0000 in the body'],
    ['GraphQL errors without a code', graphql, { status: 200, body: body({ errors: [{ message: 'x' }] }) }, 'GraphQL errors[] without message and extensions.code'],
    ['a GraphQL 400 without errors', graphql, { status: 400, body: body({ data: null }) }, 'GraphQL 400 without errors[]'],
  ])('report %s', (_, request, answer, problem) => {
    expect(problemsOf(summary, request, answer)).toContain(problem);
  });

  it('do not count a value the request itself sent and a 4xx echoes', () => {
    const echoing: FuzzRequest = { ...rest, url: '/api/articles?filters[title][$eq]=zqxdraftonly0011223344' };
    expect(problemsOf(summary, echoing, { status: 400, body: body({ data: null, error: { status: 400, name: 'ValidationError', message: 'zqxdraftonly0011223344 is not valid' } }) })).toEqual([]);
  });
});

describe('errors thrown by fetch', () => {
  it("are read whatever realm they come from (under Jest, fetch's errors are not `instanceof Error`)", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await fetch(`http://127.0.0.1:${port}/`).then(
      () => undefined,
      (failure: unknown) => failure
    );
    expect(causeOf(error)?.code).toBe('ECONNREFUSED');
    expect(describeError(error)).toMatch(/^fetch failed \(.*ECONNREFUSED/);
  });
});

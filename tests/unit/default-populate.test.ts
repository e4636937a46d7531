import type { Context } from 'koa';
import { defaultPopulateMiddleware } from '../../src/utils/default-populate';

const middleware = defaultPopulateMiddleware({ list: { cover: true }, detail: { body: true } });

const run = async (query: Record<string, unknown>, params: Record<string, string> = {}) => {
  const ctx = { query, params } as unknown as Context;
  const next = jest.fn(async () => undefined);
  await middleware(ctx, next);
  expect(next).toHaveBeenCalledTimes(1);
  return ctx.query;
};

describe('defaultPopulateMiddleware', () => {
  it('gives lists the list populate', async () => {
    expect((await run({})).populate).toEqual({ cover: true });
  });

  it('gives detail reads the detail populate', async () => {
    expect((await run({}, { id: 'abc123' })).populate).toEqual({ body: true });
  });

  it("keeps the client's own populate", async () => {
    expect((await run({ populate: 'category' })).populate).toBe('category');
  });
});

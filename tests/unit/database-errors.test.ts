import { followsLostDatabase, isDatabaseUnavailable } from '../../src/database-unavailable/errors';

describe('errors that follow a lost database', () => {
  it.each([
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'),
    new Error('Client was closed and is not queryable'),
    new Error('Wrapped', { cause: new Error('Transaction query already complete') }),
  ])('a background rejection with %p is logged, not fatal', (error) => {
    expect(followsLostDatabase(error)).toBe(true);
  });

  it.each([new Error('Cannot read properties of undefined'), new TypeError('x is not a function'), 'a string', undefined])(
    'any other rejection (%p) still ends the process',
    (error) => {
      expect(followsLostDatabase(error)).toBe(false);
    }
  );

  it('does not make a request-path 503 of a finished transaction by itself', () => {
    expect(isDatabaseUnavailable(new Error('Transaction query already complete'))).toBe(false);
  });
});

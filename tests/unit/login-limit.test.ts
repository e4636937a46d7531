import { normalizeIdentifier } from '../../src/extensions/users-permissions/login-limit';
import { memoryCounterStore } from '../../src/extensions/users-permissions/login-limit-store';

describe('normalizeIdentifier', () => {
  it.each([['Admin@X'], ['admin@x '], ['  ADMIN@x'], ['ａｄｍｉｎ@ｘ'], ['ad\u200bmin@x'], ['admin@x\t']])('gives %j the count of admin@x', (value) => {
    expect(normalizeIdentifier(value)).toBe('admin@x');
  });
  it('gives non-strings one bucket', () => {
    expect(normalizeIdentifier({ $ne: 1 })).toBe('');
    expect(normalizeIdentifier(['admin@x'])).toBe('');
  });
});

describe('memoryCounterStore', () => {
  it('refuses the attempt after max within the window, says when it frees, and frees after it', async () => {
    let clock = 1000;
    const store = memoryCounterStore(() => clock);
    for (let i = 0; i < 5; i += 1) expect(await store.take(['a', 'ip'], 5, 60_000)).toEqual({ allowed: true });
    clock += 10_000;
    expect(await store.take(['a', 'ip'], 5, 60_000)).toEqual({ allowed: false, retryAfterMs: 50_000 });
    // a refused attempt counts nothing: another identifier from this address is refused, one from elsewhere is not
    expect(await store.take(['b', 'ip'], 5, 60_000)).toMatchObject({ allowed: false });
    expect(await store.take(['b', 'ip2'], 5, 60_000)).toEqual({ allowed: true });
    clock += 50_000;
    expect(await store.take(['a', 'ip'], 5, 60_000)).toEqual({ allowed: true });
  });

  it('forgets reset keys and gives one count back on refund keys', async () => {
    const store = memoryCounterStore(() => 0);
    for (let i = 0; i < 5; i += 1) await store.take(['a', 'ip'], 5, 60_000);
    await store.settle(['a'], ['ip']);
    expect(await store.take(['a'], 5, 60_000)).toEqual({ allowed: true });
    expect(await store.take(['ip'], 5, 60_000)).toEqual({ allowed: true });
    expect(await store.take(['ip'], 5, 60_000)).toMatchObject({ allowed: false });
  });
});

import type { ResponseCacheConfig } from '../../src/cache/config';
import { memoryStore } from '../../src/cache/store';
import { ALL } from '../../src/cache/tags';

const config = { maxBytes: 1024 * 1024 } as ResponseCacheConfig;
const response = (text: string) => ({ etag: `"${text}"`, headers: { 'content-type': 'application/json' }, body: Buffer.from(text) });

describe('the memory store: tag versions on one clock', () => {
  it('serves an entry until one of its tags is invalidated, and only then', async () => {
    const store = memoryStore(config);
    const { stamp } = await store.lookup(['k']);
    await store.save('k', stamp!, [ALL, 'd:x'], response('one'));
    await store.invalidate(['d:other']);
    expect((await store.lookup(['k'])).entries[0]?.body.toString()).toBe('one');
    await store.invalidate(['d:x']);
    expect((await store.lookup(['k'])).entries[0]).toBeUndefined();
  });

  it('never stores a response whose lookup came before an invalidation of one of its tags', async () => {
    const store = memoryStore(config);
    const { stamp } = await store.lookup(['k']);
    await store.invalidate(['l:a']); // a write committed while the response was computed
    await store.save('k', stamp!, [ALL, 'l:a'], response('stale'));
    expect((await store.lookup(['k'])).entries[0]).toBeUndefined();
    const later = await store.lookup(['k']);
    await store.save('k', later.stamp!, [ALL, 'l:a'], response('fresh'));
    expect((await store.lookup(['k'])).entries[0]?.body.toString()).toBe('fresh');
  });

  it('drops everything for all, and hands back the tags of what it serves', async () => {
    const store = memoryStore(config);
    const { stamp } = await store.lookup(['a', 'b']);
    await store.save('a', stamp!, [ALL, 'd:1'], response('a'));
    await store.save('b', stamp!, [ALL], response('b'));
    expect((await store.lookup(['a'])).entries[0]?.tags).toEqual([ALL, 'd:1']);
    await store.invalidate([ALL]);
    expect((await store.lookup(['a', 'b'])).entries).toEqual([undefined, undefined]);
  });
});

import { SharedCache } from '../../src/shared/shared-cache';

const later = <T>(value: T, ms = 5) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('SharedCache', () => {
  it('runs one load for concurrent callers of a key, and none once it is kept', async () => {
    const cache = new SharedCache<string>(100);
    let loads = 0;
    const load = () => {
      loads++;
      return later({ value: 'compiled', bytes: 10 });
    };
    const values = await Promise.all(Array.from({ length: 50 }, () => cache.get('k', load)));
    expect(values).toEqual(Array(50).fill('compiled'));
    expect(loads).toBe(1);
    await cache.get('k', load);
    expect(loads).toBe(1);
    expect(cache.usage).toEqual({ bytes: 10, entries: 1, loading: 0 });
  });

  it('keeps values within the byte budget, evicting the least recently used', async () => {
    const cache = new SharedCache<string>(100);
    for (const key of ['a', 'b', 'c']) await cache.get(key, () => later({ value: key, bytes: 40 }));
    // 'a' left when 'c' came: 120 bytes do not fit in 100
    expect(cache.usage).toEqual({ bytes: 80, entries: 2, loading: 0 });
    await cache.get('b', () => later({ value: 'reloaded', bytes: 40 })); // a hit: b is now the newest
    await cache.get('d', () => later({ value: 'd', bytes: 40 }));
    expect(await cache.get('b', () => later({ value: 'reloaded', bytes: 40 }))).toBe('b');
    expect(await cache.get('c', () => later({ value: 'c again', bytes: 40 }))).toBe('c again');
  });

  it('does not keep a value larger than the whole budget, but still returns it', async () => {
    const cache = new SharedCache<string>(100);
    await cache.get('small', () => later({ value: 's', bytes: 50 }));
    expect(await cache.get('huge', () => later({ value: 'h', bytes: 1000 }))).toBe('h');
    expect(cache.usage).toEqual({ bytes: 50, entries: 1, loading: 0 });
  });

  it('a caller whose joined load failed loads for itself; failures are not kept', async () => {
    const cache = new SharedCache<string>(100);
    let loads = 0;
    // the first load runs in a unit of work that ends under it (its request failed)
    const flaky = async (): Promise<{ value: string; bytes: number }> => {
      loads++;
      await later(null);
      if (loads === 1) throw new Error('Transaction query already complete');
      return { value: 'compiled', bytes: 1 };
    };
    const [first, second] = await Promise.allSettled([
      cache.get('k', flaky),
      cache.get('k', flaky),
    ]);
    expect(first.status).toBe('rejected');
    expect(second).toEqual({ status: 'fulfilled', value: 'compiled' });
    expect(loads).toBe(2);
    expect(await cache.get('k', flaky)).toBe('compiled');
    expect(loads).toBe(2);
    expect(cache.usage.loading).toBe(0);
  });

  it('a load that fails for everyone fails every caller, and is tried again later', async () => {
    const cache = new SharedCache<string>(100);
    const failing = async (): Promise<{ value: string; bytes: number }> => {
      await later(null);
      throw new Error('bad package');
    };
    const results = await Promise.allSettled([cache.get('k', failing), cache.get('k', failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await cache.get('k', () => later({ value: 'ok', bytes: 1 }))).toBe('ok');
  });
});

/**
 * A process-wide cache for values that are costly to build and immutable once built (compiled
 * rule packages, compiled published catalogs). Concurrent callers of one key share one load, so
 * a request with fifty aliases of one expensive field builds the value once; finished values
 * stay while their estimated sizes sum to at most `maxBytes`, the least recently used leaving
 * first. A failed load is not kept: the next caller tries again.
 */
export class SharedCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private readonly loading = new Map<string, Promise<V>>();
  private total = 0;

  constructor(readonly maxBytes: number) {}

  /**
   * The value of `key`, loading it (once, however many callers wait) when absent. A caller that
   * joined someone else's load and saw it fail loads for itself: the load ran in the other
   * caller's unit of work (its request may have ended), which says nothing about this one's.
   */
  async get(key: string, load: () => Promise<{ value: V; bytes: number }>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit) {
      // most recently used last: eviction takes from the front
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const joined = this.loading.get(key);
    if (joined) {
      try {
        return await joined;
      } catch {
        return this.start(key, load);
      }
    }
    return this.start(key, load);
  }

  private start(key: string, load: () => Promise<{ value: V; bytes: number }>): Promise<V> {
    const pending = load().then(({ value, bytes }) => {
      this.set(key, value, bytes);
      return value;
    });
    this.loading.set(key, pending);
    const settled = () => {
      if (this.loading.get(key) === pending) this.loading.delete(key);
    };
    pending.then(settled, settled);
    return pending;
  }

  /** Keeps a value built elsewhere; one larger than the whole budget is not kept. */
  set(key: string, value: V, bytes: number): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.total -= old.bytes;
    }
    if (bytes > this.maxBytes) return;
    for (const [oldest, entry] of this.entries) {
      if (this.total + bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= entry.bytes;
    }
    this.entries.set(key, { value, bytes });
    this.total += bytes;
  }

  /** Estimated bytes held and entries kept (for tests and diagnostics). */
  get usage(): { bytes: number; entries: number; loading: number } {
    return { bytes: this.total, entries: this.entries.size, loading: this.loading.size };
  }
}

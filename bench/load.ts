/** A small closed-loop HTTP load generator: `concurrency` clients, each sending back to back. */
export interface LoadResult {
  concurrency: number;
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** Every measured request's latency in ms, ascending (for merging segments). */
  latencies: number[];
}

/** The p-quantile of ascending latencies (NaN when there are none). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

export async function runLoad(
  send: () => Promise<boolean>,
  concurrency: number,
  seconds: number,
  warmupSeconds: number,
): Promise<LoadResult> {
  const loop = async (until: number, latencies?: number[], failures?: { n: number }) => {
    while (performance.now() < until) {
      const started = performance.now();
      const ok = await send();
      latencies?.push(performance.now() - started);
      if (!ok && failures) failures.n++;
    }
  };
  const warmupEnd = performance.now() + warmupSeconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, () => loop(warmupEnd)));

  const latencies: number[] = [];
  const failures = { n: 0 };
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, () => loop(end, latencies, failures)));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    concurrency,
    requests: latencies.length,
    errors: failures.n,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    latencies,
  };
}

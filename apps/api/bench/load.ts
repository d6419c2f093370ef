/**
 * A closed-loop load driver: `connections` workers each send one request after another until the
 * duration (or request budget) is spent. Exact percentiles from every sample (autocannon's histogram
 * reports no p95). Client and server share this machine's two cores: read ratios, not absolutes.
 */
export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export function summarise(latencies: number[], errors: number, seconds: number): LoadResult {
  const s = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN);
  return { requests: s.length, errors, seconds, rps: s.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

export async function runLoad(opts: {
  connections: number;
  durationMs?: number;
  maxRequests?: number;
  /** One request; throw (or return false) to count an error. `i` numbers requests from 0. */
  request: (i: number) => Promise<boolean | void>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const start = performance.now();
  const deadline = start + (opts.durationMs ?? Infinity);
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (opts.maxRequests !== undefined && i >= opts.maxRequests) return;
      if (performance.now() >= deadline) return;
      const t = performance.now();
      try {
        if ((await opts.request(i)) === false) errors++;
        else latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, worker));
  return summarise(latencies, errors, (performance.now() - start) / 1000);
}

/** Times an async function `n` times in sequence (for database baselines without HTTP). */
export async function timeSerial(n: number, fn: (i: number) => Promise<unknown>): Promise<LoadResult> {
  const latencies: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    latencies.push(performance.now() - t);
  }
  return summarise(latencies, 0, (performance.now() - start) / 1000);
}

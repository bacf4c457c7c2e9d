// The p-th percentile of a list of timings (nearest rank), for the load test and the benchmarks.

export function percentile(xs: readonly number[], p: number): number {
  return [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
}

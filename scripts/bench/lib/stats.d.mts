// Types of stats.mjs for the TypeScript tests that import it.
export interface Summary {
  calls: number;
  meanMs: number;
  opsPerSec: number;
  p50Ms: number;
  p99Ms: number;
}
export function quantile(sorted: ArrayLike<number>, q: number): number;
export function median(values: readonly number[]): number;
export function summarize(samples: readonly number[]): Summary;
export function growthExponent(n1: number, t1: number, n2: number, t2: number): number;
export const fmt: Record<'ms' | 's' | 'ops' | 'ratio' | 'kB' | 'exp', (value: number) => string>;
export function table(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  options?: { align?: readonly ('left' | 'right')[] },
): string;

// Small numeric and formatting helpers shared by every benchmark section.

/** Value at quantile q (0..1) of an ascending-sorted array, linearly interpolated. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const low = sorted[lo] as number;
  return low + ((sorted[hi] as number) - low) * (pos - lo);
}

export const median = (values: readonly number[]): number =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

export interface Summary {
  calls: number;
  meanMs: number;
  opsPerSec: number;
  p50Ms: number;
  p99Ms: number;
}

/** Latency summary of per-call samples in milliseconds. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = Float64Array.from(samples).sort();
  let total = 0;
  for (const s of sorted) total += s;
  const mean = total / sorted.length;
  return {
    calls: sorted.length,
    meanMs: mean,
    opsPerSec: 1000 / mean,
    p50Ms: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
  };
}

/**
 * Growth exponent k of t ∝ n^k between two sizes: 1 is linear, 2 quadratic, ~0 means a fixed cost dominates.
 * A step that is super-linear in the number of operations shows up as k > 1.
 */
export const growthExponent = (n1: number, t1: number, n2: number, t2: number): number =>
  Math.log(t2 / t1) / Math.log(n2 / n1);

export const fmt: Record<'ms' | 's' | 'ops' | 'ratio' | 'kB' | 'exp', (value: number) => string> = {
  ms: (v) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(0)) : '–'),
  s: (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '–'),
  ops: (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '–'),
  ratio: (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–'),
  kB: (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : '–'),
  exp: (v) => (Number.isFinite(v) ? v.toFixed(2) : '–'),
};

/**
 * Renders rows as an aligned plain-text table (also valid Markdown, so it can be pasted into the README).
 * Columns whose header ends with a space-free numeric look are right-aligned via `align`.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  { align = [] }: { align?: readonly ('left' | 'right')[] } = {},
): string {
  const cells = [headers, ...rows].map((row) => row.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    `| ${row.map((c, i) => (align[i] === 'right' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'right' ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers.map(String)), rule, ...cells.slice(1).map(line)].join('\n');
}

// The benchmark's statistics helpers: quantiles, growth exponents and table layout.
import { describe, expect, test } from 'vitest';
import { growthExponent, quantile, summarize, table } from '../bench/lib/stats.js';

describe('bench statistics', () => {
  test('quantiles interpolate between sorted samples', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([5], 0.99)).toBe(5);
    expect(summarize([4, 1, 3, 2])).toMatchObject({ calls: 4, meanMs: 2.5, opsPerSec: 400, p50Ms: 2.5 });
  });

  test('the growth exponent is 1 for linear, 2 for quadratic, 0 for constant time', () => {
    expect(growthExponent(100, 2, 1000, 20)).toBeCloseTo(1);
    expect(growthExponent(10, 1, 100, 100)).toBeCloseTo(2);
    expect(growthExponent(1, 3, 10, 3)).toBe(0);
  });

  test('tables are aligned Markdown', () => {
    expect(
      table(
        ['name', 'n'],
        [
          ['a', '1'],
          ['bbbb', '22'],
        ],
        { align: ['left', 'right'] },
      ),
    ).toBe(['| name |   n |', '|------|----:|', '| a    |   1 |', '| bbbb |  22 |'].join('\n'));
  });
});

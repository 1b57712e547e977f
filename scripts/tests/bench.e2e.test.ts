// The benchmark harness works end to end on tiny iteration counts: every section runs, prints its table and
// lands in the JSON. Figures are never asserted (a duration says nothing about correctness); the shape of the
// results and the proof that each contender really called the loopback server are.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@lr-mfa/testkit/sandbox';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

describe('pnpm bench on tiny counts', () => {
  let dir: string;
  let stdout: string;
  let code: number | null;
  // biome-ignore lint/suspicious/noExplicitAny: parsed JSON, checked field by field below
  let results: any;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lr-mfa-bench-test-'));
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/bench/index.ts',
        '--quick',
        '--only',
        'calls,size,consumer,scale,site',
        '--rounds',
        '2',
        '--batch',
        '3',
        '--sizes',
        '1,2',
        '--out',
        join(dir, 'results.json'),
      ],
      { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    code = run.status;
    stdout = `${run.stdout}\n${run.stderr}`;
    results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every section succeeds and prints its table', () => {
    expect(code, stdout).toBe(0);
    for (const header of ['| contender', '| bundle', '| consumer', '| operations', '| sizes', '| run']) {
      expect(stdout).toContain(header);
    }
    expect(results.machine).toMatchObject({ node: process.version });
    expect(readFileSync(join(dir, 'performance.md'), 'utf8')).toMatch(/^## Performance\n/);
  });

  test('each call contender answered the seed body from the loopback server, none skipped', () => {
    const rows = results.sections.calls.rows;
    expect(rows.map((r: { protocol: string }) => r.protocol)).toEqual(['https', 'http', 'core']);
    for (const row of rows) {
      expect(row.skipped).toEqual([]);
      const baseline = row.contenders.find((c: { baseline: boolean }) => c.baseline);
      expect(baseline.ratio).toBe(1);
      for (const c of row.contenders) {
        expect(c.calls).toBe(2 * 3);
        expect(Number.isFinite(c.opsPerSec) && c.opsPerSec > 0).toBe(true);
      }
    }
    const https = rows[0];
    expect(https.contenders.map((c: { id: string }) => c.id)).toEqual([
      'raw-fetch',
      'raw-node',
      'openapi-fetch',
      'client',
      'client-validate',
      'vendor-sdk',
    ]);
    // The vendor SDK calls its own path for this operation: proof it reached the bench server, not the vendor.
    expect(https.server.byPath['/identity/v2/auth/login/2fa/verification/otp']).toBeGreaterThan(0);
    expect(https.server.rejected).toBe(0);
  });

  test('sizes, consumer, scale and site figures are complete', () => {
    const size = Object.fromEntries(results.sections.size.rows.map((r: { id: string }) => [r.id, r]));
    expect(size.client.browser.gzipBytes).toBeGreaterThan(0);
    expect(size.client.browser.minBytes).toBeGreaterThan(size.client.browser.gzipBytes);
    expect(size['vendor-sdk'].node.minBytes).toBeGreaterThan(size['openapi-fetch'].node.minBytes);
    expect(size['vendor-sdk'].browser.error).toMatch(/Could not resolve/);

    const { consumer } = results.sections;
    expect(consumer.with.files).toBeGreaterThan(consumer.without.files);
    expect(Number.isFinite(consumer.wallRatio)).toBe(true);

    const { scale } = results.sections;
    expect(scale.sizes.map((s: { operations: number }) => s.operations)).toEqual([1, 2]);
    for (const step of ['lint', 'bundle', 'generate', 'typecheck', 'docs']) {
      expect(Number.isFinite(scale.growth[0].exponent[step])).toBe(true);
    }
    expect(scale.sizes[1].bundleBytes).toBeGreaterThan(scale.sizes[0].bundleBytes);

    // The quick site run: 5 release folders, each at least one page, plus latest/ and the root files.
    const { site } = results.sections;
    expect(site.releases).toBe(5);
    expect(site.releaseBytes).toBeGreaterThan(0);
    expect(site.bytes).toBeGreaterThan(6 * site.releaseBytes);
    expect(site.files).toBeGreaterThanOrEqual(6 * 3 + 3);
  });
});

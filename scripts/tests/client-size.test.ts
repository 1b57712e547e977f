// Size budgets of @lr-mfa/client as a browser app pays for it, through size-limit (the budgets are the root
// package.json `size-limit` field, which `pnpm size` checks too): the default entry minified and min+gzip,
// and tree-shaking (one error helper alone must stay a fraction of the entry). Runs on the built package.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@lr-mfa/testkit/sandbox';
import { describe, expect, test } from 'vitest';
import { CLIENT_SIZE_TARGET } from '../bench/targets.js';

interface Check {
  name: string;
  limit: string;
}
interface Result {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}

const budgets: Check[] = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))['size-limit'];
const run = spawnSync(process.execPath, [join(repoRoot, 'node_modules/size-limit/bin.js'), '--json'], {
  cwd: repoRoot,
  encoding: 'utf8',
});
const results: Result[] = JSON.parse(run.stdout || '[]');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

describe('@lr-mfa/client size (size-limit)', () => {
  test('size-limit measured every budget', () => {
    expect(run.stderr).toBe('');
    expect(results.map((r) => r.name)).toEqual(budgets.map((b) => b.name));
  });

  test.each(budgets)('$name ≤ $limit', ({ name }) => {
    const result = results.find((r) => r.name === name);
    expect(result).toBeDefined();
    if (!result) return;
    console.log(`${name}: ${kB(result.size)} (budget ${kB(result.sizeLimit)})`);
    expect(result.size).toBeLessThanOrEqual(result.sizeLimit);
    expect(result.passed).toBe(true);
  });

  test('the default entry is reported beside its target; one helper alone tree-shakes to a fraction of it', () => {
    const gzip = results.find((r) => r.name.includes('default entry') && r.name.includes('min+gzip'));
    const minified = results.find((r) => r.name.includes('default entry') && r.name.endsWith('minified'));
    expect(gzip && minified).toBeTruthy();
    console.log(
      `default entry: ${kB(minified?.size ?? 0)} minified, ${kB(gzip?.size ?? 0)} min+gzip; ` +
        `target ${kB(CLIENT_SIZE_TARGET.gzipBytes)} min+gzip`,
    );
    // Tree-shaking: one helper alone is a fraction of the whole entry.
    const helper = results.find((r) => r.name.includes('alone'));
    expect(helper?.size).toBeLessThan((minified?.size ?? 0) / 3);
  });
});

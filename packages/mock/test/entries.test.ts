// The entries keep their promises: `@lr-mfa/mock/msw` bundles for browsers (no Node built-ins), and the
// node entry does not drag in msw (an optional peer dependency).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsdown';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Bundles one entry with everything inlined except msw, and returns the output text. */
async function bundle(entry: string, platform: 'browser' | 'node'): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'lr-mfa-mock-entry-'));
  dirs.push(outDir);
  await build({
    config: false,
    cwd: packageDir,
    entry: { out: entry },
    format: 'esm',
    platform,
    outDir,
    deps: { neverBundle: ['msw'] },
    logLevel: 'silent',
  });
  const files = await readdir(outDir);
  return (await Promise.all(files.map((f) => readFile(join(outDir, f), 'utf8')))).join('\n');
}

describe('entries', () => {
  it('the msw entry bundles for browsers without Node built-ins', async () => {
    const code = await bundle('src/msw.ts', 'browser');
    expect(code).not.toMatch(/from ["'](node:)?(http|net|fs|crypto|util|os|path|child_process)["']/);
    expect(code).not.toMatch(/["']node:/);
    expect(code).toMatch(/from ["']msw["']/);
  });

  it('the node entry does not import msw', async () => {
    const code = await bundle('src/index.ts', 'node');
    expect(code).not.toMatch(/["']msw/);
    expect(code).toMatch(/from ["'](node:)?http["']/);
  });
});

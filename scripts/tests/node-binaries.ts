// Node.js binaries of other majors, taken from the npm registry (`node-<platform>-<arch>` packages hold the
// official binary in bin/node) and cached under node_modules/.cache so later runs need no network.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@lr-mfa/testkit/sandbox';

/**
 * One pinned release per major (the newest on the registry when pinned): exact versions keep the matrix
 * reproducible and let a warm cache skip the registry entirely.
 */
export const NODE_RELEASES = { 18: '18.20.8', 22: '22.23.3', 24: '24.21.0' } as const;

const cacheDir = join(repoRoot, 'node_modules/.cache/lr-mfa-node');

/** Path of the `node` binary of that exact version, downloading it on first use. */
export function nodeBinary(version: string): string {
  const target = join(cacheDir, version, 'node');
  if (existsSync(target)) return target;
  const pkg = `node-${process.platform}-${process.arch}@${version}`;
  mkdirSync(cacheDir, { recursive: true });
  const work = mkdtempSync(join(cacheDir, `.${version}-`));
  try {
    // --registry explicitly: the test may run with a consumer's npm_config_registry in the environment.
    const tarball = execFileSync(
      'npm',
      ['pack', pkg, '--registry', 'https://registry.npmjs.org/', '--silent', '--pack-destination', work],
      { cwd: work, encoding: 'utf8', env: withoutNpmConfig() },
    ).trim();
    execFileSync('tar', [
      '-xzf',
      join(work, tarball.split('\n').pop() ?? ''),
      '-C',
      work,
      'package/bin/node',
    ]);
    const binary = join(work, 'package/bin/node');
    chmodSync(binary, 0o755);
    const reported = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
    if (reported !== `v${version}`) throw new Error(`${pkg} holds node ${reported}, expected v${version}`);
    mkdirSync(join(cacheDir, version), { recursive: true });
    // Rename last: an interrupted download never leaves a half-written binary at `target`.
    renameSync(binary, target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The environment minus npm_config_* that a `pnpm run`/`npm run` parent injects. */
export function withoutNpmConfig(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && !/^pnpm_/i.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

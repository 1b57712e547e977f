// Fresh consumer projects (fixtures/consumers/<name>) installed from a test registry with npm or pnpm, the
// way another team would: a temp folder outside the repo, its own .npmrc, exact versions of our packages.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@lr-mfa/testkit/sandbox';
import { withoutNpmConfig } from './node-binaries.js';

export type PackageManager = 'npm' | 'pnpm';
export type ConsumerName = 'ts-esm' | 'ts-cjs' | 'browser' | 'js';

export interface Consumer {
  dir: string;
  /** Runs a command in the consumer folder with only the registry's npm configuration. */
  run(cmd: string, args: string[]): { code: number; output: string; stdout: string };
  dispose(): void;
}

const fixtures = join(repoRoot, 'scripts/tests/fixtures/consumers');

/** The pnpm release corepack runs (the repo's own pin with its hash: corepack cannot verify a bare version here). */
const packageManagerPin = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
  .packageManager as string;

export function createConsumer(
  name: ConsumerName,
  pm: PackageManager,
  registryUrl: string,
  dependencies: Record<string, string>,
): Consumer {
  const dir = mkdtempSync(join(tmpdir(), `lr-mfa-consumer-${name}-${pm}-`));
  cpSync(join(fixtures, name), dir, { recursive: true });
  const manifestFile = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.dependencies = { ...manifest.dependencies, ...dependencies };
  if (pm === 'pnpm') manifest.packageManager = packageManagerPin;
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  // Registry settings live in the project, never in the user's or the global npm config. npm's lockfile keeps
  // resolved URLs (a user config may omit them) so a test can see where every package came from.
  writeFileSync(
    join(dir, '.npmrc'),
    `registry=${registryUrl}\nomit-lockfile-registry-resolved=false\nfund=false\naudit=false\nupdate-notifier=false\n`,
  );

  const env = withoutNpmConfig({
    npm_config_registry: registryUrl,
    COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
    NO_UPDATE_NOTIFIER: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  });
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    return {
      code: r.status ?? 1,
      output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`,
      stdout: r.stdout ?? '',
    };
  };
  const install =
    pm === 'npm'
      ? run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'])
      : run('pnpm', ['install', '--reporter=append-only']);
  if (install.code !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${pm} install of the ${name} consumer failed:\n${install.output}`);
  }
  return { dir, run, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The last line of output that parses as JSON: what a consumer script reports. */
export function report(stdout: string): Record<string, unknown> {
  const line = stdout
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  if (!line) throw new Error(`no JSON report in:\n${stdout}`);
  return JSON.parse(line);
}

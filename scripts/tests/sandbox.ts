// A throwaway copy of the repository for pipeline tests that break the spec, edit files or wipe
// outputs: the real checkout (and other tests reading it) is never touched. Dependencies come from
// pnpm's local store (`--offline`), so making a sandbox costs seconds and no network.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunResult {
  code: number;
  output: string;
}

export interface Sandbox {
  dir: string;
  run(cmd: string, args: string[], env?: Record<string, string>): RunResult;
  git(...args: string[]): string;
  dispose(): void;
}

export function createSandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'lr-mfa-sandbox-'));
  // Tracked files plus new, not-ignored ones: what a fresh clone of the current work would hold.
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      cpSync(join(repoRoot, file), join(dir, file));
    } catch {
      // listed but deleted in the working tree: a fresh clone would not have it either
    }
  }
  const run = (cmd: string, args: string[], env: Record<string, string> = {}): RunResult => {
    const r = spawnSync(cmd, args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        TURBO_TELEMETRY_DISABLED: '1',
        REDOCLY_TELEMETRY: 'off',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: r.status ?? 1, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
  };
  const git = (...args: string[]) => {
    const r = run('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', ...args]);
    if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed:\n${r.output}`);
    return r.output.trim();
  };
  const install = run('pnpm', ['install', '--offline', '--frozen-lockfile', '--reporter=silent']);
  if (install.code !== 0) throw new Error(`sandbox install failed:\n${install.output}`);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'sandbox');
  return { dir, run, git, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

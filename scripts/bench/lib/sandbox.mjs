// A throwaway copy of the repository, as a fresh clone of the current work would be (tracked plus new,
// not-ignored files; no dist/, no build/, no turbo cache), with dependencies linked from pnpm's local store.
// Same recipe as scripts/tests/sandbox.ts, which the bench cannot import (TypeScript, and Node 20 runs .mjs).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from '../../lib/step.mjs';
import { timed, timedOk } from './time.mjs';

export const toolEnv = {
  COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
  TURBO_TELEMETRY_DISABLED: '1',
  REDOCLY_TELEMETRY: 'off',
  FORCE_COLOR: '0',
  NO_COLOR: '1',
  CI: '1',
};

/** Creates the copy and installs it; resolves with { dir, installMs, run, dispose }. */
export async function createSandbox() {
  const dir = mkdtempSync(join(tmpdir(), 'lr-mfa-bench-sandbox-'));
  try {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\0')
      .filter(Boolean);
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      try {
        cpSync(join(root, file), join(dir, file));
      } catch {
        // listed but deleted in the working tree: a fresh clone would not have it either
      }
    }
    const run = (cmd, args) => timed(cmd, args, { cwd: dir, env: toolEnv });
    const install = await timedOk(
      'pnpm install (sandbox)',
      'pnpm',
      ['install', '--offline', '--frozen-lockfile'],
      {
        cwd: dir,
        env: toolEnv,
      },
    );
    // turbo hashes through git when it can, as it does in a real clone.
    const git = (...args) =>
      timedOk(
        'git (sandbox)',
        'git',
        ['-c', 'user.email=bench@example.invalid', '-c', 'user.name=bench', ...args],
        {
          cwd: dir,
        },
      );
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'sandbox');
    return { dir, installMs: install.ms, run, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

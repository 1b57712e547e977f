// Throwaway copies of the repository, for the pipeline tests that break the spec, edit files or wipe outputs
// (the real checkout, and other tests reading it, are never touched) and for the pipeline bench (a cold build
// as a fresh clone sees it). A copy holds what a fresh clone of the current work would: tracked plus new,
// not-ignored files; no dist/, build/ or turbo cache. Dependencies come from pnpm's local store (`--offline`),
// so a copy costs seconds and no network. Commands run synchronously: callers check each result in turn.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { root } from '@lr-mfa/codegen/step';

export const repoRoot = root;

/** Non-interactive, quiet tools: no telemetry, prompts, update notices or colour codes in captured output. */
const TOOL_ENV = {
  COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
  TURBO_TELEMETRY_DISABLED: '1',
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  FORCE_COLOR: '0',
  NO_COLOR: '1',
};

export interface RunResult {
  /** Exit code; 1 when the command could not be started or was killed. */
  code: number;
  /** stdout then stderr. */
  output: string;
  /** Wall time of the command, start-up included. */
  ms: number;
}

interface Folder {
  dir: string;
  /** Runs a command in the copy; `env` adds to (or overrides) the sandbox's environment for this command. */
  run(cmd: string, args: string[], env?: Record<string, string>): RunResult;
  /** Runs git in the copy and returns its trimmed output; throws when git fails. */
  git(...args: string[]): string;
  dispose(): void;
}

export interface Sandbox extends Folder {
  /** How long the offline `pnpm install` of the copy took. */
  installMs: number;
}

export interface SandboxOptions {
  /** Environment added to every command run in the copy. */
  env?: Record<string, string>;
}

const tail = (output: string, n = 15) => output.trim().split('\n').slice(-n).join('\n');

/** The command runner and disposer of a copy at `dir`; `env` applies to every command run in it. */
function inFolder(dir: string, env: Record<string, string>): Folder {
  const run = (cmd: string, args: string[], extraEnv: Record<string, string> = {}): RunResult => {
    const started = performance.now();
    const r = spawnSync(cmd, args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...TOOL_ENV, ...env, ...extraEnv },
      maxBuffer: 64 * 1024 * 1024,
    });
    return {
      code: r.status ?? 1,
      output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`,
      ms: performance.now() - started,
    };
  };
  // turbo hashes through git when it can, as it does in a real clone: every copy is a repository.
  const git = (...args: string[]) => {
    const r = run('git', ['-c', 'user.email=sandbox@example.invalid', '-c', 'user.name=sandbox', ...args]);
    if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed:\n${r.output}`);
    return r.output.trim();
  };
  return { dir, run, git, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `pnpm install` from the local store only; resolves with how long it took. */
function installOffline(box: Folder): number {
  const install = box.run('pnpm', ['install', '--offline', '--frozen-lockfile']);
  if (install.code !== 0)
    throw new Error(`offline install in ${box.dir} failed (code ${install.code}):\n${tail(install.output)}`);
  return install.ms;
}

/** A new temp folder set up by `setUp(box)` (which returns the install time); removed again if that fails. */
function prepared(prefix: string, env: Record<string, string>, setUp: (box: Folder) => number): Sandbox {
  const box = inFolder(mkdtempSync(join(tmpdir(), prefix)), env);
  try {
    return { ...box, installMs: setUp(box) };
  } catch (error) {
    box.dispose();
    throw error;
  }
}

/** A copy of the working tree, installed, then committed as the single commit of a new `main` branch. */
export function createSandbox({ env = {} }: SandboxOptions = {}): Sandbox {
  return prepared('lr-mfa-sandbox-', env, (box) => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
      cwd: repoRoot,
      encoding: 'utf8',
    })
      .split('\0')
      .filter(Boolean);
    for (const file of files) {
      mkdirSync(dirname(join(box.dir, file)), { recursive: true });
      try {
        cpSync(join(repoRoot, file), join(box.dir, file));
      } catch {
        // listed but deleted in the working tree: a fresh clone would not have it either
      }
    }
    const installMs = installOffline(box);
    box.git('init', '-q', '-b', 'main');
    box.git('add', '-A');
    box.git('commit', '-q', '-m', 'sandbox');
    return installMs;
  });
}

/**
 * A `git clone` of another sandbox's commit, installed: exactly the same files as `from` even while the
 * working tree keeps changing, as a second machine checking out the same commit would have.
 */
export function cloneSandbox(from: Sandbox, { env = {} }: SandboxOptions = {}): Sandbox {
  return prepared('lr-mfa-clone-', env, (box) => {
    box.git('clone', '--quiet', from.dir, '.');
    return installOffline(box);
  });
}

/**
 * sha256 of every file under each of `dirs` (relative to `base`; default all of it), keyed by path relative to
 * `base`: what the pipeline tests compare to prove a run changed nothing, or that two copies match byte for byte.
 */
export function digestFiles(base: string, dirs: readonly string[] = ['.']): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(base, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  for (const dir of dirs) walk(join(base, dir));
  return out;
}

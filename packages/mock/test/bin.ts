// A built bin run as a real process for the CLI tests: its output so far, its exit code, and the URL it prints
// once it listens. Every process started is killed by `killAll()` (afterAll).
import { type ChildProcess, spawn } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsdown';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const children = new Set<ChildProcess>();

/** Starts `command args` with piped output. */
export function run(command: string, args: string[]): Run {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      children.delete(child);
      resolve(code);
    }),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Resolves with the URL the bin prints once it listens; rejects if it exits first. */
export function listening(process: Run): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(process.stdout());
      if (match?.[1]) resolve(match[1]);
    };
    check();
    process.child.stdout?.on('data', check);
    process.exited.then((code) => reject(new Error(`exited with ${code}: ${process.stderr()}`)));
  });
}

export function killAll(): void {
  for (const child of children) child.kill('SIGKILL');
}

/**
 * Builds src/cli.ts into `outDir/dist/` the way tsdown builds dist/cli.js, beside a link to the package's `src/`
 * as in the tarball (the proxy reads src/generated/proxy-data.json at run time); the bin's path.
 */
export async function buildBin(outDir: string): Promise<string> {
  await symlink(join(packageDir, 'src'), join(outDir, 'src'), 'dir');
  await build({
    config: false,
    cwd: packageDir,
    entry: { cli: 'src/cli.ts' },
    format: 'esm',
    fixedExtension: false,
    outDir: join(outDir, 'dist'),
    target: 'node18',
    logLevel: 'silent',
  });
  return join(outDir, 'dist', 'cli.js');
}

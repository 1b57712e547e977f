// Shared plumbing of the pipeline scripts: progress output, atomic writes, running tools.
// Every step prints what it runs, what it produced (path + size) and how long it took; on failure it exits
// non-zero and the previous outputs stay, because outputs are written to a temp file and renamed into place.
import { spawn } from 'node:child_process';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const rel = (path: string) => relative(process.cwd(), path) || '.';

/** Marker the stale-generation check and reviewers rely on: every generated source starts with it. */
export const GENERATED_HEADER = (source: string) =>
  `// DO NOT EDIT. Generated from ${source} by the lr-mfa pipeline; edit spec/ and run \`pnpm build\`.\n`;

const human = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`);

/** An expected failure (bad spec, tool error) whose message is already meant for humans: printed without a stack. */
export class StepError extends Error {}

export interface StepOptions {
  /** False for checks and gates: they write nothing, so there is nothing to reassure about on failure. */
  generates?: boolean;
}

/**
 * Runs one pipeline step. `fn` returns the files it produced; they are listed with their sizes. A thrown error
 * is printed (a StepError without a stack) and the process exits 1.
 */
export async function runStep(
  name: string,
  fn: () => Promise<string[] | undefined>,
  { generates = true }: StepOptions = {},
): Promise<string[]> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
  console.log(`▶ ${name}`);
  try {
    const outputs = (await fn()) ?? [];
    for (const file of outputs) console.log(`  → ${rel(file)} (${human((await stat(file)).size)})`);
    console.log(`✔ ${name} in ${seconds()}s`);
    return outputs;
  } catch (error) {
    console.error(`✖ ${name} failed after ${seconds()}s`);
    console.error(error instanceof StepError ? error.message : error instanceof Error ? error.stack : error);
    if (generates) console.error('  previous generated files were left as they were.');
    process.exit(1);
  }
}

/** A temp name beside `file`: same folder, so the rename into place is atomic. */
const tempBeside = (file: string) =>
  join(dirname(file), `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);

/** Writes a file atomically: a reader (or a failed run) never sees a half-written output. */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<string> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = tempBeside(file);
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  return file;
}

/**
 * Writes several files all-or-nothing as far as a file system allows: every content goes to a temp file first
 * (the step that can fail: disk full, permissions), and only then are they renamed into place, one rename each.
 */
export async function writeFilesAtomic(files: { path: string; content: string }[]): Promise<string[]> {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const { path, content } of files) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = tempBeside(path);
      staged.push({ tmp, path });
      await writeFile(tmp, content);
    }
  } catch (error) {
    await Promise.all(staged.map(({ tmp }) => rm(tmp, { force: true })));
    throw error;
  }
  for (const { tmp, path } of staged) await rename(tmp, path);
  return staged.map(({ path }) => path);
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command, capturing its output; never rejects on a non-zero exit code. */
export function run(
  cmd: string,
  args: string[],
  { cwd = root, env }: { cwd?: string; env?: Record<string, string> } = {},
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
  });
}

/** Path of a binary installed in the root node_modules. */
export const bin = (name: string) => join(root, 'node_modules', '.bin', name);

// Shared plumbing for the pipeline scripts: progress output, atomic writes, running tools.
// Every step prints what it runs, what it produced (path + size) and how long it took, and on failure
// leaves the previous outputs untouched (outputs are written to a temp file and renamed into place).
import { spawn } from 'node:child_process';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const rel = (p) => relative(process.cwd(), p) || '.';

/** Marker the stale-generation check and reviewers rely on: every generated source starts with it. */
export const GENERATED_HEADER = (source) =>
  `// DO NOT EDIT. Generated from ${source} by the lr-mfa pipeline; edit spec/ and run \`pnpm build\`.\n`;

const human = (bytes) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`);

/**
 * Runs one pipeline step. `fn` returns the list of files it produced; they are listed with their sizes.
 * A thrown error is printed (without a stack for expected failures) and the process exits non-zero.
 * Checks and gates pass `{ generates: false }`: they write nothing, so there is nothing to reassure about.
 */
export async function runStep(name, fn, { generates = true } = {}) {
  const started = performance.now();
  console.log(`▶ ${name}`);
  try {
    const outputs = (await fn()) ?? [];
    for (const file of outputs) {
      const { size } = await stat(file);
      console.log(`  → ${rel(file)} (${human(size)})`);
    }
    console.log(`✔ ${name} in ${((performance.now() - started) / 1000).toFixed(2)}s`);
    return outputs;
  } catch (error) {
    console.error(`✖ ${name} failed after ${((performance.now() - started) / 1000).toFixed(2)}s`);
    console.error(error instanceof StepError ? error.message : (error?.stack ?? String(error)));
    if (generates) console.error('  previous generated files were left as they were.');
    process.exit(1);
  }
}

/** An expected failure (bad spec, tool error) whose message is already meant for humans. */
export class StepError extends Error {}

/** Writes a file atomically: a reader (or a failed run) never sees a half-written output. */
export async function writeFileAtomic(file, content) {
  await mkdir(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  return file;
}

/** Runs a command, capturing output; resolves with { code, stdout, stderr } and never rejects on exit code. */
export function run(cmd, args, { cwd = root, env } = {}) {
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
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** Path of a binary installed in the root node_modules. */
export const bin = (name) => join(root, 'node_modules', '.bin', name);

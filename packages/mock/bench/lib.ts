// What the mock's benches share: the built CLI run as a child process (with an IPC probe that reports its heap
// after a full GC), and a small keep-alive JSON caller.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { type Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const CLI = join(here, '../dist/cli.js');

// Preloaded into the server: answers a 'heap' message with the heap used after a full collection.
const PROBE = `process.on('message', (m) => {
  if (m !== 'heap') return;
  global.gc(); global.gc();
  process.send(process.memoryUsage().heapUsed);
});
`;

export interface CliProcess {
  url: URL;
  /** The process's heap after a full GC, in bytes. */
  heap(): Promise<number>;
  /** A scratch folder removed by stop(), for config files. */
  dir: string;
  stop(): Promise<void>;
}

/** Runs the built bin with `args(dir)` (dir: its scratch folder) and resolves once it prints its URL. */
export async function startCli(args: (dir: string) => Promise<string[]> | string[]): Promise<CliProcess> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm --filter @lr-mfa/mock build\` first`);
  const dir = await mkdtemp(join(tmpdir(), 'lr-mfa-bench-'));
  const probe = join(dir, 'probe.cjs');
  await writeFile(probe, PROBE);
  const child: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', '--require', probe, CLI, ...(await args(dir))],
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk;
      const found = /listening on (http:\/\/\S+?),?\s/.exec(out);
      if (found?.[1]) resolve(new URL(found[1]));
    });
    child.once('exit', (code) => reject(new Error(`${CLI} exited (${code}) before listening`)));
  });
  child.stdout?.resume();
  return {
    url,
    dir,
    heap: () =>
      new Promise<number>((resolve) => {
        child.once('message', (m) => resolve(Number(m)));
        child.send('heap');
      }),
    async stop() {
      child.kill('SIGTERM');
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  status: number;
  json: Record<string, string>;
}

/** One JSON request over `agent`; the parsed answer (an empty object for an empty body). */
export function call(agent: Agent, base: URL, method: string, path: string, body?: unknown): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method,
        path,
        headers:
          payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : {} }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

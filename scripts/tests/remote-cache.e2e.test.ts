// The shared build cache across machines: two clean copies of the repo, one self-hosted remote cache
// (scripts/remote-cache.ts on 127.0.0.1). The first copy builds and uploads; the second, with an empty local
// cache, must replay every task from the server and end with byte-identical outputs.
// The first copy is a sandbox (a snapshot of the working tree); the second is a `git clone` of that snapshot,
// so both hold exactly the same files even while the working tree keeps changing under other people's hands.
//
// Scope: `turbo run generate build --filter=// --filter=@lr-mfa/types`, i.e. //#generate and @lr-mfa/types#build:
// every kind of task the pipeline has (the root generation into committed and built sources, a package build),
// without depending on packages other people are still writing.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloneSandbox, createSandbox, digestFiles, repoRoot, type Sandbox } from '@lr-mfa/testkit/sandbox';
import { afterAll, beforeAll, expect, test } from 'vitest';

const SCOPE = ['--filter=//', '--filter=@lr-mfa/types'];
const EXPECTED_TASKS = ['//#generate', '@lr-mfa/types#build'];
/** What the tasks above produce: turbo must restore all of it from the remote cache. */
const OUTPUT_DIRS = ['build/spec', 'packages/types/dist', 'packages/types/src/generated'];

interface Server {
  process: ChildProcess;
  url: string;
  env: { TURBO_API: string; TURBO_TEAM: string; TURBO_TOKEN: string };
}

interface TaskSummary {
  taskId: string;
  cache: { status: 'HIT' | 'MISS'; source?: 'LOCAL' | 'REMOTE'; local: boolean; remote: boolean };
  execution?: { exitCode: number };
}

let server: Server;
let storage: string;
const boxes: Sandbox[] = [];
const scratch: string[] = [];

const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};

/** Starts scripts/remote-cache.ts (node with tsx's loader: no wrapper process to orphan) and waits for its URL. */
function startServer(dir: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'scripts/remote-cache.ts'), '--json', '--storage', dir],
    {
      cwd: repoRoot,
      // No TURBO_TOKEN inherited: the server generates one and hands it over in its JSON line.
      env: { ...process.env, TURBO_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (d) => {
      err += d;
    });
    child.stdout?.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        const info = JSON.parse(line);
        resolve({ process: child, url: info.url, env: info.env });
      }
    });
    child.on('exit', (code) => reject(new Error(`remote cache exited early (code ${code}):\n${out}${err}`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Runs the scoped build with the remote cache and a given local cache folder; returns turbo's run summary. */
function buildWithRemoteCache(box: Sandbox, cacheDir: string): TaskSummary[] {
  const result = box.run(
    'pnpm',
    [
      'exec',
      'turbo',
      'run',
      'generate',
      'build',
      ...SCOPE,
      '--summarize',
      `--cache-dir=${cacheDir}`,
      '--output-logs=errors-only',
    ],
    server.env,
  );
  expect(result.code, result.output).toBe(0);
  const runsDir = join(box.dir, '.turbo/runs');
  const summaries = readdirSync(runsDir).filter((f) => f.endsWith('.json'));
  expect(summaries, 'one run summary per clean copy').toHaveLength(1);
  const summary = JSON.parse(readFileSync(join(runsDir, summaries[0] as string), 'utf8'));
  return summary.tasks as TaskSummary[];
}

/** sha256 of every file under the output folders, keyed by path relative to the copy. */
function outputDigest(box: Sandbox): Record<string, string> {
  for (const dir of OUTPUT_DIRS)
    expect(existsSync(join(box.dir, dir)), `${dir} exists in ${box.dir}`).toBe(true);
  return digestFiles(box.dir, OUTPUT_DIRS);
}

beforeAll(async () => {
  storage = tempDir('lr-mfa-remote-cache-store-');
  server = await startServer(storage);
});

afterAll(async () => {
  if (server) await stopServer(server.process);
  for (const box of boxes) box.dispose();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

test('the server listens on loopback only and refuses requests without its token', async () => {
  expect(new URL(server.url).hostname).toBe('127.0.0.1');
  const artifact = `${server.url}/v8/artifacts/0123456789abcdef?slug=${server.env.TURBO_TEAM}`;
  expect((await fetch(artifact)).status).toBe(400);
  expect((await fetch(artifact, { headers: { authorization: 'Bearer not-the-token' } })).status).toBe(401);
  const authorized = await fetch(artifact, {
    headers: { authorization: `Bearer ${server.env.TURBO_TOKEN}` },
  });
  expect(authorized.status).toBe(404);
});

test('a second clean copy with no local cache replays every task from the remote cache, byte for byte', () => {
  const first = createSandbox();
  boxes.push(first);
  const second = cloneSandbox(first);
  boxes.push(second);
  expect(second.git('rev-parse', 'HEAD')).toBe(first.git('rev-parse', 'HEAD'));
  const firstRun = buildWithRemoteCache(first, tempDir('lr-mfa-turbo-cache-a-'));
  expect(firstRun.map((t) => t.taskId).sort()).toEqual(EXPECTED_TASKS);
  // A clean copy and an empty cache: everything ran, nothing was replayed.
  for (const task of firstRun)
    expect(task.cache, task.taskId).toMatchObject({ status: 'MISS', remote: false });
  // The uploads landed in the server's storage folder, one folder per team.
  expect(readdirSync(join(storage, server.env.TURBO_TEAM)).length).toBeGreaterThan(0);

  const emptyLocalCache = tempDir('lr-mfa-turbo-cache-b-');
  const secondRun = buildWithRemoteCache(second, emptyLocalCache);
  expect(secondRun.map((t) => t.taskId).sort()).toEqual(EXPECTED_TASKS);
  for (const task of secondRun) {
    expect(task.cache, task.taskId).toMatchObject({
      status: 'HIT',
      source: 'REMOTE',
      remote: true,
      local: false,
    });
  }
  expect(outputDigest(second)).toEqual(outputDigest(first));
});

// Call overhead: every contender against one loopback server returning the seed's 200 body, over HTTPS with
// keep-alive (the vendor SDK speaks nothing else) and over plain HTTP. Server and contenders run in separate
// processes, so the figures are client-side cost plus one loopback round trip.
import { type ChildProcess, execFile, fork, type Serializable } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, root } from '@lr-mfa/codegen/step';
import { parse } from 'yaml';
import { type SelfSignedCertificate, selfSignedCertificate } from '../../lib/tls.js';
import { linkedScratch } from '../lib/scratch.js';
import { fmt, table } from '../lib/stats.js';
import type { SlopeResult } from './client-size.js';
import { contenders, coreContenders, type Protocol } from './contenders.js';
import type { ContenderResult, RunnerAnswer, RunnerConfig, Skipped } from './runner.js';
import type { ServerStats } from './server.js';

const here = import.meta.dirname;
// The children are TypeScript too: they run on tsx's loader, whatever flags started this process.
const TSX = ['--import', import.meta.resolve('tsx')];

export interface CallSettings {
  rounds: number;
  batch: number;
  warmupRounds: number;
}

export interface CallRow {
  protocol: Protocol;
  contenders: ContenderResult[];
  skipped: Skipped[];
  server?: ServerStats;
}

export interface CallsResult {
  settings: CallSettings & { bodyBytes: number; sequential: boolean };
  rows: CallRow[];
  slope: SlopeResult | { error: string };
}

interface ProtocolRun extends CallSettings {
  bodyFile: string;
  body: { access_token?: unknown };
  tls: SelfSignedCertificate;
  scratchDir: string;
  cpuProf: string | undefined;
  only: string[] | undefined;
}
const SEED_EXAMPLE = join(root, 'spec/components/examples/VerifySmsOtpSuccessExample.yaml');

/** The seed's 200 body, compact as the vendor sends it. */
export function seedBody(): { access_token?: unknown } {
  return parse(readFileSync(SEED_EXAMPLE, 'utf8')).value;
}

/** The child's next message; rejects if the child exits first (a crash must not hang the bench). */
function nextMessage<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      child.off('exit', onExit);
      resolve(message as T);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      child.off('message', onMessage);
      reject(new Error(`${what} exited (${signal ?? `code ${code}`}) before answering`));
    };
    child.once('message', onMessage);
    child.once('exit', onExit);
  });
}

async function request<T>(child: ChildProcess, message: Serializable, what: string): Promise<T> {
  const reply = nextMessage<T>(child, what);
  child.send(message);
  return reply;
}

/**
 * One row of the table: a server for `protocol` (none for 'core', the in-process stub row) and a runner
 * process timing the contenders against it.
 */
async function runProtocol(
  protocol: Protocol,
  { bodyFile, body, tls, scratchDir, rounds, batch, warmupRounds, cpuProf, only }: ProtocolRun,
): Promise<CallRow> {
  const children: ChildProcess[] = [];
  const spawn = (
    file: string,
    options: { args?: string[]; execArgv?: string[]; env?: NodeJS.ProcessEnv },
  ) => {
    const child = fork(join(here, file), options.args ?? [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [...TSX, ...(options.execArgv ?? [])],
      env: options.env ?? process.env,
    });
    children.push(child);
    return child;
  };
  try {
    const server =
      protocol === 'core'
        ? undefined
        : spawn('server.ts', { args: [protocol, bodyFile, tls.keyPath, tls.certPath] });
    const port = server && (await nextMessage<{ port: number }>(server, 'the bench server')).port;
    const runner = spawn('runner.ts', {
      execArgv: cpuProf
        ? ['--cpu-prof', `--cpu-prof-dir=${cpuProf}`, `--cpu-prof-name=calls-${protocol}.cpuprofile`]
        : [],
      env: { ...process.env, NODE_EXTRA_CA_CERTS: tls.certPath },
    });
    const exited = once(runner, 'exit');
    const config = { protocol, port, scratchDir, rounds, batch, warmupRounds, only, body };
    const answer = await request<RunnerAnswer>(
      runner,
      { ...config, expectedAccessToken: body.access_token } satisfies RunnerConfig,
      'the call runner',
    );
    // A clean exit (not a kill) so that --cpu-prof can write its profile.
    runner.disconnect();
    await exited;
    if (answer.error !== undefined) throw new Error(`call benchmark (${protocol}) failed:\n${answer.error}`);
    const { contenders: measured, skipped } = answer.result;
    if (!server) return { protocol, contenders: measured, skipped };
    const { stats } = await request<{ stats: ServerStats }>(server, 'stats', 'the bench server');
    // Each contender made (warm-up + timed) batches plus one checked call; the server must have accepted all.
    const expected = measured.length * ((warmupRounds + rounds) * batch + 1);
    if (stats.rejected > 0 || stats.ok !== expected) {
      throw new Error(
        `server saw ${stats.ok} good and ${stats.rejected} bad requests, expected ${expected} good`,
      );
    }
    return { protocol, contenders: measured, skipped, server: stats };
  } finally {
    for (const child of children) {
      if (child.connected) child.disconnect();
      if (child.exitCode === null && child.signalCode === null) child.kill();
    }
  }
}

/**
 * The client's size by operation count (./client-size.ts, which runs the TypeScript generator, hence tsx):
 * min+gzip of generated clients for 1, 10 and 100 synthetic operations and the slope per operation.
 */
export function benchClientSlope(): Promise<SlopeResult | { error: string }> {
  return new Promise((resolve) => {
    execFile(
      bin('tsx'),
      [join(here, 'client-size.ts'), '--json'],
      { cwd: root, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) resolve({ error: `${error.message}\n${stderr}`.trim() });
        else resolve(JSON.parse(stdout));
      },
    );
  });
}

export async function benchCalls({
  quick = false,
  rounds,
  batch,
  protocols = ['https', 'http', 'core'],
  cpuProf,
  only,
}: {
  quick?: boolean;
  rounds?: number | undefined;
  batch?: number | undefined;
  protocols?: readonly Protocol[] | undefined;
  cpuProf?: string | undefined;
  only?: string[] | undefined;
}): Promise<CallsResult> {
  const known = [...contenders, ...coreContenders].map((c) => c.id);
  for (const id of only ?? []) {
    if (!known.includes(id)) throw new Error(`unknown contender "${id}"; contenders: ${known.join(', ')}`);
  }
  const settings: CallSettings = {
    rounds: rounds ?? (quick ? 12 : 40),
    batch: batch ?? (quick ? 50 : 100),
    warmupRounds: quick ? 2 : 4,
  };
  const body = seedBody();
  const tls = selfSignedCertificate();
  const scratch = linkedScratch('calls');
  try {
    const bodyFile = join(scratch.dir, 'seed-200.json');
    writeFileSync(bodyFile, JSON.stringify(body));
    if (cpuProf) mkdirSync(cpuProf, { recursive: true });
    const rows: CallRow[] = [];
    for (const protocol of protocols) {
      rows.push(
        await runProtocol(protocol, {
          ...settings,
          bodyFile,
          tls,
          scratchDir: scratch.dir,
          body,
          cpuProf,
          only,
        }),
      );
    }
    return {
      settings: { ...settings, bodyBytes: Buffer.byteLength(JSON.stringify(body)), sequential: true },
      rows,
      slope: await benchClientSlope(),
    };
  } finally {
    scratch.dispose();
    tls.dispose();
  }
}

const targets: Record<string, string> = Object.fromEntries(
  contenders.flatMap((c) => (c.target ? [[c.id, c.target]] : [])),
);

export function formatCalls(result: CallsResult): string {
  const { bodyBytes, rounds, batch } = result.settings;
  const out: string[] = [];
  for (const row of result.rows) {
    const core = row.protocol === 'core';
    out.push(
      core
        ? 'Client cost without the network: in-process stub fetch answering with the seed body at once ' +
            `(no socket), ${rounds} interleaved rounds × ${batch} calls each`
        : `Call overhead, ${row.protocol.toUpperCase()} keep-alive on loopback, seed 200 body (${bodyBytes} B), ` +
            `sequential calls, ${rounds} interleaved rounds × ${batch} calls each`,
    );
    const latency = core ? (ms: number) => (ms * 1000).toFixed(1) : fmt.ms;
    out.push(
      table(
        [
          'contender',
          'ops/s',
          core ? 'p50 µs' : 'p50 ms',
          core ? 'p99 µs' : 'p99 ms',
          core ? 'time × baseline' : 'time × raw fetch',
          'IQR',
          'time × openapi-fetch',
          'IQR',
          ...(core ? [] : ['target']),
        ],
        row.contenders.map((c) => [
          c.label,
          fmt.ops(c.opsPerSec),
          latency(c.p50Ms),
          latency(c.p99Ms),
          fmt.ratio(c.ratio),
          c.ratioIqr.map((v) => v.toFixed(2)).join('–'),
          c.referenceRatio === undefined ? '' : fmt.ratio(c.referenceRatio),
          c.referenceRatioIqr?.map((v) => v.toFixed(2)).join('–') ?? '',
          ...(core ? [] : [targets[c.id] ?? '']),
        ]),
        { align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'] },
      ),
    );
    for (const s of row.skipped) out.push(`  skipped ${s.label}: ${s.reason}`);
    out.push('');
  }
  const { slope } = result;
  if ('error' in slope) out.push(`Client size by operation count: FAILED\n${slope.error}`, '');
  else {
    const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
    out.push(
      'Client size by operation count: generated client + runtime + openapi-fetch for synthetic specs, ' +
        'esbuild browser bundle, minified',
      table(
        ['operations', 'minified', 'min+gzip'],
        slope.rows.map((r) => [String(r.operations), kB(r.min), kB(r.gzip)]),
        { align: ['right', 'right', 'right'] },
      ),
      `Each further operation adds ${slope.slopeKb.toFixed(3)} kB min+gzip (target ≤ 0.3 kB).`,
      '',
    );
  }
  return out.join('\n');
}

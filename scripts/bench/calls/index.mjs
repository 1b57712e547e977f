// Call overhead: every contender against one loopback server returning the seed's 200 body, over HTTPS with
// keep-alive (the vendor SDK speaks nothing else) and over plain HTTP. Server and contenders run in separate
// processes, so the figures are client-side cost plus one loopback round trip.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../../lib/step.mjs';
import { linkedScratch } from '../lib/scratch.mjs';
import { fmt, quantile, table } from '../lib/stats.mjs';
import { selfSignedCertificate } from '../lib/tls.mjs';
import { contenders } from './contenders.mjs';

const here = import.meta.dirname;
const SEED_EXAMPLE = join(root, 'spec/components/examples/VerifySmsOtpSuccessExample.yaml');

/** The seed's 200 body, compact as the vendor sends it. */
export function seedBody() {
  return parse(readFileSync(SEED_EXAMPLE, 'utf8')).value;
}

async function request(child, message) {
  const reply = once(child, 'message');
  child.send(message);
  const [answer] = await reply;
  return answer;
}

async function runProtocol(
  protocol,
  { bodyFile, tls, scratchDir, rounds, batch, warmupRounds, accessToken, cpuProf },
) {
  const server = fork(join(here, 'server.mjs'), [protocol, bodyFile, tls.keyPath, tls.certPath], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: [],
  });
  try {
    const [{ port }] = await once(server, 'message');
    const execArgv = cpuProf
      ? ['--cpu-prof', `--cpu-prof-dir=${cpuProf}`, `--cpu-prof-name=calls-${protocol}.cpuprofile`]
      : [];
    const runner = fork(join(here, 'runner.mjs'), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv,
      env: { ...process.env, NODE_EXTRA_CA_CERTS: tls.certPath },
    });
    const exited = once(runner, 'exit');
    const answer = await request(runner, {
      protocol,
      port,
      scratchDir,
      rounds,
      batch,
      warmupRounds,
      expectedAccessToken: accessToken,
    });
    runner.disconnect();
    await exited;
    if (answer.error) throw new Error(`call benchmark (${protocol}) failed:\n${answer.error}`);
    const { stats } = await request(server, 'stats');
    const { contenders: measured, skipped } = answer.result;
    // Each contender made (warm-up + timed) batches plus one checked call; the server must have accepted all.
    const expected = measured.length * ((warmupRounds + rounds) * batch + 1);
    if (stats.rejected > 0 || stats.ok !== expected) {
      throw new Error(
        `server saw ${stats.ok} good and ${stats.rejected} bad requests, expected ${expected} good`,
      );
    }
    // Paired ratio: each round's batch mean against raw fetch's batch in the same round, then the median over
    // rounds, so drift and the odd GC pause landing in one batch cancel out instead of skewing a global mean.
    const baselineMeans = measured.find((c) => c.baseline).batchMeans;
    for (const c of measured) {
      const perRound = c.batchMeans.map((m, i) => m / baselineMeans[i]).sort((a, b) => a - b);
      c.ratioToRawFetch = quantile(perRound, 0.5);
      c.ratioIqr = [quantile(perRound, 0.25), quantile(perRound, 0.75)];
    }
    for (const c of measured) delete c.batchMeans;
    return { protocol, contenders: measured, skipped, server: stats };
  } finally {
    server.disconnect();
  }
}

export async function benchCalls({ quick = false, rounds, batch, protocols = ['https', 'http'], cpuProf }) {
  const settings = {
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
    const rows = [];
    for (const protocol of protocols) {
      rows.push(
        await runProtocol(protocol, {
          ...settings,
          bodyFile,
          tls,
          scratchDir: scratch.dir,
          accessToken: body.access_token,
          cpuProf,
        }),
      );
    }
    return {
      settings: { ...settings, bodyBytes: Buffer.byteLength(JSON.stringify(body)), sequential: true },
      rows,
    };
  } finally {
    scratch.dispose();
    tls.dispose();
  }
}

const targets = Object.fromEntries(contenders.filter((c) => c.target).map((c) => [c.id, c.target]));

export function formatCalls(result) {
  const out = [];
  for (const row of result.rows) {
    out.push(
      `Call overhead, ${row.protocol.toUpperCase()} keep-alive on loopback, seed 200 body (${result.settings.bodyBytes} B), sequential calls, ` +
        `${result.settings.rounds} interleaved rounds × ${result.settings.batch} calls each`,
    );
    out.push(
      table(
        ['contender', 'ops/s', 'p50 ms', 'p99 ms', 'time × raw fetch', 'IQR', 'target'],
        row.contenders.map((c) => [
          c.label,
          fmt.ops(c.opsPerSec),
          fmt.ms(c.p50Ms),
          fmt.ms(c.p99Ms),
          fmt.ratio(c.ratioToRawFetch),
          c.ratioIqr.map((v) => v.toFixed(2)).join('–'),
          targets[c.id] ?? '',
        ]),
        { align: ['left', 'right', 'right', 'right', 'right', 'right', 'left'] },
      ),
    );
    for (const s of row.skipped) out.push(`  skipped ${s.label}: ${s.reason}`);
    out.push('');
  }
  return out.join('\n');
}

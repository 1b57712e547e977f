// Child process of the call-overhead benchmark: sets every contender up, checks each one's answer once, then
// times them interleaved: each round runs one batch per contender, in an order that rotates every round, so
// slow drift (CPU frequency, GC pressure, the server warming up) spreads evenly over all of them. The first
// rounds are warm-up (JIT, connection pools) and are not recorded.
//
// The loop is our own rather than tinybench's: tinybench runs each task's iterations to the end before the
// next task starts and keeps no per-round grouping, so it cannot rotate contenders within a round nor pair a
// contender's batch with the baseline's batch of the same round, which is what the ratios below rest on.
//
// It runs in its own process because the HTTPS contenders trust the bench certificate through
// NODE_EXTRA_CA_CERTS, which Node reads only at start-up. With `protocol: 'core'` it runs the in-process
// contenders instead (a stub fetch, no network): the client's own cost per call, apart from any transport.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { importerFor } from '../lib/scratch.js';
import { quantile, type Summary, summarize } from '../lib/stats.js';
import { type Call, type Contender, contenders, coreContenders, type Protocol } from './contenders.js';

/** What the parent sends: one protocol's run. */
export interface RunnerConfig {
  protocol: Protocol;
  port: number | undefined;
  scratchDir: string;
  rounds: number;
  batch: number;
  warmupRounds: number;
  expectedAccessToken: unknown;
  only: string[] | undefined;
  body: unknown;
}

export interface ContenderResult extends Summary {
  id: string;
  label: string;
  baseline: boolean;
  reference: boolean;
  ratio: number;
  ratioIqr: [number, number];
  referenceRatio?: number;
  referenceRatioIqr?: [number, number];
}

export interface Skipped {
  id: string;
  label: string;
  reason: string;
}

export interface RunnerResult {
  contenders: ContenderResult[];
  skipped: Skipped[];
}

/** What the runner answers: its result, or the stack of what failed. */
export type RunnerAnswer = { result: RunnerResult; error?: undefined } | { error: string };

const send = (answer: RunnerAnswer) => process.send?.(answer);

process.once('message', async (config: RunnerConfig) => {
  try {
    send({ result: await run(config) });
  } catch (error) {
    send({ error: (error instanceof Error && error.stack) || String(error) });
  }
});

interface Ready extends Contender {
  call: Call;
  samples: number[];
  batchMeans: number[];
}

/** Whether the contender speaks `protocol` and `--only` (when given) keeps it: the baseline always, a variant with its `of`. */
function selected(contender: Contender, protocol: Protocol, only: string[] | undefined): boolean {
  if (contender.protocols && !contender.protocols.includes(protocol)) return false;
  return !(
    only &&
    !contender.baseline &&
    !only.includes(contender.id) &&
    !(contender.of && only.includes(contender.of))
  );
}

/** Why a contender's set-up or first call failed, in one line with no scratch path. */
function skipReason(error: unknown, contender: Contender, scratchDir: string): string {
  const missing =
    (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' &&
    contender.requires === '@lr-mfa/client';
  return missing
    ? '@lr-mfa/client is not built (run `pnpm build`)'
    : (String(error instanceof Error ? error.message : error).split('\n')[0] ?? '').replaceAll(
        scratchDir,
        '<scratch>',
      );
}

/** Sets every selected contender up and checks its answer once; those that cannot run are skipped with why. */
async function prepare({
  protocol,
  port,
  scratchDir,
  expectedAccessToken,
  only,
  body,
}: RunnerConfig): Promise<{ ready: Ready[]; skipped: Skipped[] }> {
  const base = protocol === 'core' ? 'https://api.invalid' : `${protocol}://127.0.0.1:${port}`;
  const load = await importerFor(scratchDir);
  const ready: Ready[] = [];
  const skipped: Skipped[] = [];
  for (const contender of protocol === 'core' ? coreContenders : contenders) {
    if (!selected(contender, protocol, only)) continue;
    const { id, label } = contender;
    if (contender.requires && !existsSync(join(scratchDir, 'node_modules', contender.requires))) {
      skipped.push({ id, label, reason: `${contender.requires} is not available` });
      continue;
    }
    try {
      const call = await contender.setup({ base, protocol, port, load, body });
      const answer = await call();
      if ((answer as { access_token?: unknown } | undefined)?.access_token !== expectedAccessToken) {
        throw new Error(`unexpected answer: ${JSON.stringify(answer)?.slice(0, 200)}`);
      }
      ready.push({ ...contender, call, samples: [], batchMeans: [] });
    } catch (error) {
      const reason = skipReason(error, contender, scratchDir);
      if (contender.baseline) throw new Error(`the baseline failed: ${reason}`);
      skipped.push({ id, label, reason });
    }
  }
  return { ready, skipped };
}

/** Times the contenders in rotating rounds, recording each call and each batch's mean after the warm-up. */
async function timeRounds(
  ready: Ready[],
  { rounds, batch, warmupRounds }: Pick<RunnerConfig, 'rounds' | 'batch' | 'warmupRounds'>,
): Promise<void> {
  for (let round = 0; round < warmupRounds + rounds; round++) {
    const record = round >= warmupRounds;
    for (let k = 0; k < ready.length; k++) {
      const contender = ready[(round + k) % ready.length] as Ready;
      const { call, samples } = contender;
      let total = 0;
      for (let i = 0; i < batch; i++) {
        const started = performance.now();
        await call();
        const elapsed = performance.now() - started;
        total += elapsed;
        if (record) samples.push(elapsed);
      }
      if (record) contender.batchMeans.push(total / batch);
    }
  }
}

/**
 * Paired ratio: each round's batch mean against the baseline's batch in the same round, then the median over
 * rounds, so drift and the odd GC pause landing in one batch cancel out instead of skewing a global mean.
 * The same pairing against the reference (bare openapi-fetch, what the client stands on), when it ran.
 */
function results(ready: Ready[]): ContenderResult[] {
  const baselineMeans = ready.find((c) => c.baseline)?.batchMeans;
  if (!baselineMeans) throw new Error('no baseline contender ran');
  const referenceMeans = ready.find((c) => c.reference)?.batchMeans;
  const paired = (means: number[], against: number[]) =>
    means.map((m, i) => m / (against[i] as number)).sort((a, b) => a - b);
  return ready.map(({ id, label, baseline, reference, samples, batchMeans }) => {
    const perRound = paired(batchMeans, baselineMeans);
    const perReference = referenceMeans && paired(batchMeans, referenceMeans);
    return {
      id,
      label,
      baseline: !!baseline,
      reference: !!reference,
      ...summarize(samples),
      ratio: quantile(perRound, 0.5),
      ratioIqr: [quantile(perRound, 0.25), quantile(perRound, 0.75)],
      ...(perReference && {
        referenceRatio: quantile(perReference, 0.5),
        referenceRatioIqr: [quantile(perReference, 0.25), quantile(perReference, 0.75)],
      }),
    };
  });
}

async function run(config: RunnerConfig): Promise<RunnerResult> {
  const { ready, skipped } = await prepare(config);
  await timeRounds(ready, config);
  return { contenders: results(ready), skipped };
}

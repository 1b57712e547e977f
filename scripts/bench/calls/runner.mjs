// Child process of the call-overhead benchmark: sets every contender up, checks each one's answer once, then
// times them interleaved: each round runs one batch per contender, in an order that rotates every round, so
// slow drift (CPU frequency, GC pressure, the server warming up) spreads evenly over all of them. The first
// rounds are warm-up (JIT, connection pools) and are not recorded.
//
// It runs in its own process because the HTTPS contenders trust the bench certificate through
// NODE_EXTRA_CA_CERTS, which Node reads only at start-up. With `protocol: 'core'` it runs the in-process
// contenders instead (a stub fetch, no network): the client's own cost per call, apart from any transport.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { importerFor } from '../lib/scratch.js';
import { quantile, summarize } from '../lib/stats.js';
import { contenders, coreContenders } from './contenders.mjs';

process.once('message', async (config) => {
  try {
    process.send({ result: await run(config) });
  } catch (error) {
    process.send({ error: error?.stack ?? String(error) });
  }
});

async function run({
  protocol,
  port,
  scratchDir,
  rounds,
  batch,
  warmupRounds,
  expectedAccessToken,
  only,
  body,
}) {
  const base = protocol === 'core' ? 'https://api.invalid' : `${protocol}://127.0.0.1:${port}`;
  const load = await importerFor(scratchDir);
  const ready = [];
  const skipped = [];
  for (const contender of protocol === 'core' ? coreContenders : contenders) {
    if (contender.protocols && !contender.protocols.includes(protocol)) continue;
    if (only && !contender.baseline && !only.includes(contender.id) && !only.includes(contender.of)) continue;
    const { id, label } = contender;
    if (contender.requires && !existsSync(join(scratchDir, 'node_modules', contender.requires))) {
      skipped.push({ id, label, reason: `${contender.requires} is not available` });
      continue;
    }
    try {
      const call = await contender.setup({ base, protocol, port, load, body });
      const answer = await call();
      if (answer?.access_token !== expectedAccessToken) {
        throw new Error(`unexpected answer: ${JSON.stringify(answer)?.slice(0, 200)}`);
      }
      ready.push({ ...contender, call, samples: [], batchMeans: [] });
    } catch (error) {
      const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && contender.requires === '@lr-mfa/client';
      const reason = missing
        ? '@lr-mfa/client is not built (run `pnpm build`)'
        : String(error?.message ?? error)
            .split('\n')[0]
            .replaceAll(scratchDir, '<scratch>');
      if (contender.baseline) throw new Error(`the baseline failed: ${reason}`);
      skipped.push({ id, label, reason });
    }
  }

  for (let round = 0; round < warmupRounds + rounds; round++) {
    const record = round >= warmupRounds;
    for (let k = 0; k < ready.length; k++) {
      const contender = ready[(round + k) % ready.length];
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

  // Paired ratio: each round's batch mean against the baseline's batch in the same round, then the median over
  // rounds, so drift and the odd GC pause landing in one batch cancel out instead of skewing a global mean.
  // The same pairing against the reference (bare openapi-fetch, what the client stands on), when it ran.
  const baselineMeans = ready.find((c) => c.baseline).batchMeans;
  const referenceMeans = ready.find((c) => c.reference)?.batchMeans;
  const paired = (means, against) => means.map((m, i) => m / against[i]).sort((a, b) => a - b);
  return {
    contenders: ready.map(({ id, label, baseline, reference, samples, batchMeans }) => {
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
    }),
    skipped,
  };
}

// Child process of the call-overhead benchmark: sets every contender up, checks each one's answer once, then
// times them interleaved: each round runs one batch per contender, in an order that rotates every round, so
// slow drift (CPU frequency, GC pressure, the server warming up) spreads evenly over all of them. The first
// rounds are warm-up (JIT, connection pools) and are not recorded.
//
// It runs in its own process because the HTTPS contenders trust the bench certificate through
// NODE_EXTRA_CA_CERTS, which Node reads only at start-up.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { importerFor } from '../lib/scratch.mjs';
import { summarize } from '../lib/stats.mjs';
import { contenders } from './contenders.mjs';

process.once('message', async (config) => {
  try {
    process.send({ result: await run(config) });
  } catch (error) {
    process.send({ error: error?.stack ?? String(error) });
  }
});

async function run({ protocol, port, scratchDir, rounds, batch, warmupRounds, expectedAccessToken }) {
  const base = `${protocol}://127.0.0.1:${port}`;
  const load = await importerFor(scratchDir);
  const ready = [];
  const skipped = [];
  for (const contender of contenders) {
    if (contender.protocols && !contender.protocols.includes(protocol)) continue;
    if (contender.requires && !existsSync(join(scratchDir, 'node_modules', contender.requires))) {
      skipped.push({
        id: contender.id,
        label: contender.label,
        reason: `${contender.requires} is not available`,
      });
      continue;
    }
    try {
      const call = await contender.setup({ base, protocol, port, load });
      const body = await call();
      if (body?.access_token !== expectedAccessToken) {
        throw new Error(`unexpected answer: ${JSON.stringify(body)?.slice(0, 200)}`);
      }
      ready.push({ ...contender, call, samples: [], batchMeans: [] });
    } catch (error) {
      const reason = String(error?.message ?? error).split('\n')[0];
      if (contender.baseline) throw new Error(`the baseline failed: ${reason}`);
      skipped.push({ id: contender.id, label: contender.label, reason });
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

  return {
    contenders: ready.map(({ id, label, baseline, samples, batchMeans }) => ({
      id,
      label,
      baseline: !!baseline,
      ...summarize(samples),
      batchMeans,
    })),
    skipped,
  };
}

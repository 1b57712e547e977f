#!/usr/bin/env node
// `pnpm bench`: measures the client and the pipeline against their baselines in one run, prints the tables
// and writes the same figures as JSON (plus a Markdown summary for the README) under .bench/ (git-ignored).
// Figures only: nothing here passes or fails on a duration. Build first (`pnpm build`): the client is
// measured as built.
//
//   tsx scripts/bench/index.mjs [--quick] [--only calls,size,consumer,scale,pipeline] [--skip …]
//     [--rounds N] [--batch N] [--protocols https,http,core] [--contenders id,…] [--cpu-prof]
//     [--sizes 1,10,100,1000] [--out file]
// Call contenders: raw-fetch (always, the baseline), raw-node, openapi-fetch, client, client-fetch,
// client-validate, vendor-sdk ('core' is the in-process row on a stub fetch: the client's own cost apart
// from any transport). --cpu-prof writes V8 profiles of each call runner to .bench/prof/ (see profile.mjs).
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rel, root, writeFileAtomic } from '../lib/step.js';
import { benchCalls, formatCalls } from './calls/index.js';
import { benchConsumer, formatConsumer } from './consumer.js';
import { load, machine } from './lib/machine.js';
import { clientBuildProblem } from './lib/scratch.js';
import { benchPipeline, formatPipeline } from './pipeline.js';
import { formatReadme } from './readme.js';
import { benchScale, formatScale } from './scale.js';
import { benchSize, formatSize } from './size.js';

const SECTIONS = ['calls', 'consumer', 'size', 'scale', 'pipeline'];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    skip: { type: 'string' },
    rounds: { type: 'string' },
    batch: { type: 'string' },
    protocols: { type: 'string', default: 'https,http,core' },
    contenders: { type: 'string' },
    sizes: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, '.bench/results.json') },
  },
});

const list = (text) =>
  text
    ? text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
const positive = (name) => {
  if (values[name] === undefined) return undefined;
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
};
const only = list(values.only) ?? SECTIONS;
const skip = new Set(list(values.skip) ?? []);
for (const name of [...only, ...skip]) {
  if (!SECTIONS.includes(name))
    throw new Error(`unknown section "${name}"; sections: ${SECTIONS.join(', ')}`);
}
const quick = values.quick;
const out = resolve(values.out);
const sizes = list(values.sizes)?.map(Number) ?? (quick ? [1, 10, 100] : [1, 10, 100, 1000]);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes must be positive integers');
const log = (message) => process.stderr.write(`▶ ${message}\n`);

const runners = {
  calls: {
    run: () =>
      benchCalls({
        quick,
        rounds: positive('rounds'),
        batch: positive('batch'),
        protocols: list(values.protocols),
        only: list(values.contenders),
        cpuProf: values['cpu-prof'] ? join(dirname(out), 'prof') : undefined,
      }),
    format: formatCalls,
  },
  consumer: { run: () => benchConsumer({ quick }), format: formatConsumer },
  size: { run: () => benchSize(), format: formatSize },
  scale: { run: () => benchScale({ sizes, quick, log }), format: formatScale },
  pipeline: { run: () => benchPipeline({ quick, log }), format: formatPipeline },
};

const started = performance.now();
const results = {
  machine: machine(),
  startedAt: new Date().toISOString(),
  options: { quick, sections: only.filter((s) => !skip.has(s)) },
  load: { start: load() },
  sections: {},
};
console.log(
  `lr-mfa benchmarks — Node ${results.machine.node}, ${results.machine.cpu}, ${results.machine.cores} cores, ` +
    `load ${results.load.start}${quick ? ' (quick)' : ''}\n`,
);
const stale = clientBuildProblem();
if (stale) {
  results.clientBuild = stale;
  console.log(`Note: ${stale}.\n`);
}
let failed = 0;
for (const name of results.options.sections) {
  log(`${name}`);
  const sectionStarted = performance.now();
  try {
    const result = await runners[name].run();
    results.sections[name] = { ...result, elapsedMs: performance.now() - sectionStarted };
    console.log(runners[name].format(result));
  } catch (error) {
    failed++;
    const message = String(error?.message ?? error);
    results.sections[name] = { error: message };
    console.log(`${name}: FAILED\n${message}\n`);
  }
}
results.load.end = load();
results.durationMs = performance.now() - started;

mkdirSync(dirname(out), { recursive: true });
await writeFileAtomic(out, `${JSON.stringify(results, null, 2)}\n`);
const summary = join(dirname(out), 'performance.md');
await writeFileAtomic(summary, formatReadme(results));
console.log(
  `Done in ${(results.durationMs / 1000).toFixed(0)} s (load ${results.load.start} → ${results.load.end}); ` +
    `figures in ${rel(out)}, README section in ${rel(summary)}.`,
);
if (results.load.start > results.machine.cores) {
  console.log('Note: the machine was busy when the run started; figures are noisier than usual.');
}
process.exitCode = failed ? 1 : 0;

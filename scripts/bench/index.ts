// `pnpm bench`: measures the client and the pipeline against their baselines in one run, prints the tables
// and writes the same figures as JSON (plus a Markdown summary for the README) under .bench/ (git-ignored).
// Figures only: nothing here passes or fails on a duration. Build first (`pnpm build`): the client is
// measured as built.
//
//   tsx scripts/bench/index.ts [--quick] [--only calls,size,consumer,scale,pipeline,site] [--skip …]
//     [--rounds N] [--batch N] [--protocols https,http,core] [--contenders id,…] [--cpu-prof]
//     [--sizes 1,10,100,1000] [--out file]
// Call contenders: raw-fetch (always, the baseline), raw-node, openapi-fetch, client, client-fetch,
// client-validate, vendor-sdk ('core' is the in-process row on a stub fetch: the client's own cost apart
// from any transport). --cpu-prof writes V8 profiles of each call runner to .bench/prof/ (see profile.ts).
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rel, root, writeFileAtomic } from '@lr-mfa/codegen/step';
import type { Protocol } from './calls/contenders.js';
import { benchCalls, formatCalls } from './calls/index.js';
import { benchConsumer, formatConsumer } from './consumer.js';
import { load, machine } from './lib/machine.js';
import { clientBuildProblem } from './lib/scratch.js';
import { benchPipeline, formatPipeline } from './pipeline.js';
import {
  type BenchResults,
  formatReadme,
  type SectionName,
  type SectionOutcome,
  type SectionResults,
} from './readme.js';
import { benchScale, formatScale } from './scale.js';
import { benchSite, formatSite } from './site.js';
import { benchSize, formatSize } from './size.js';

const SECTIONS: readonly SectionName[] = ['calls', 'consumer', 'size', 'scale', 'pipeline', 'site'];
const isSection = (name: string): name is SectionName => (SECTIONS as readonly string[]).includes(name);

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

const list = (text: string | undefined) =>
  text
    ? text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
const positive = (name: 'rounds' | 'batch') => {
  if (values[name] === undefined) return undefined;
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
};
const sections = (text: string | undefined) =>
  list(text)?.map((name) => {
    if (!isSection(name)) throw new Error(`unknown section "${name}"; sections: ${SECTIONS.join(', ')}`);
    return name;
  });
const only = sections(values.only) ?? SECTIONS;
const skip = new Set(sections(values.skip) ?? []);
const quick = values.quick;
const out = resolve(values.out);
const sizes = list(values.sizes)?.map(Number) ?? (quick ? [1, 10, 100] : [1, 10, 100, 1000]);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes must be positive integers');
const PROTOCOLS: readonly Protocol[] = ['https', 'http', 'core'];
const protocol = (name: string): Protocol => {
  const known = PROTOCOLS.find((p) => p === name);
  if (!known) throw new Error(`unknown protocol "${name}"; protocols: ${PROTOCOLS.join(', ')}`);
  return known;
};
const protocols = list(values.protocols)?.map(protocol);
const log = (message: string) => process.stderr.write(`▶ ${message}\n`);

const runners: {
  [K in SectionName]: { run(): Promise<SectionResults[K]>; format(result: SectionResults[K]): string };
} = {
  calls: {
    run: () =>
      benchCalls({
        quick,
        rounds: positive('rounds'),
        batch: positive('batch'),
        protocols,
        only: list(values.contenders),
        cpuProf: values['cpu-prof'] ? join(dirname(out), 'prof') : undefined,
      }),
    format: formatCalls,
  },
  consumer: { run: () => benchConsumer({ quick }), format: formatConsumer },
  size: { run: () => benchSize(), format: formatSize },
  scale: { run: () => benchScale({ sizes, quick, log }), format: formatScale },
  pipeline: { run: () => benchPipeline({ quick, log }), format: formatPipeline },
  site: { run: () => benchSite({ quick, log }), format: formatSite },
};

/** Runs one section, records its figures and returns its tables. */
async function runSection<K extends SectionName>(name: K): Promise<string> {
  const sectionStarted = performance.now();
  const result = await runners[name].run();
  const outcome: SectionOutcome<K> = { ...result, elapsedMs: performance.now() - sectionStarted };
  results.sections[name] = outcome as BenchResults['sections'][K];
  return runners[name].format(result);
}

const started = performance.now();
const results: BenchResults = {
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
  try {
    console.log(await runSection(name));
  } catch (error) {
    failed++;
    const message = String(error instanceof Error ? error.message : error);
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

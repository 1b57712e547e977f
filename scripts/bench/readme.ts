// The README's "Performance" section, written from one run's results: headline figures against the issue's
// targets, the machine, how to reproduce, then every table of the run.
import { type CallsResult, formatCalls } from './calls/index.js';
import { type ConsumerResult, formatConsumer } from './consumer.js';
import type { Machine } from './lib/machine.js';
import { fmt } from './lib/stats.js';
import { formatPipeline, type PipelineResult } from './pipeline.js';
import { formatScale, type ScaleResult, STEPS } from './scale.js';
import { formatSite, type SiteResult } from './site.js';
import { formatSize, type SizeResult } from './size.js';
import { CLIENT_SIZE_TARGET, PIPELINE_TARGETS } from './targets.js';

/** What each section's run returns. */
export interface SectionResults {
  calls: CallsResult;
  consumer: ConsumerResult;
  size: SizeResult;
  scale: ScaleResult;
  pipeline: PipelineResult;
  site: SiteResult;
}
export type SectionName = keyof SectionResults;

/** A section as results.json records it: its figures and duration, or why it failed. */
export type SectionOutcome<K extends SectionName> =
  | (SectionResults[K] & { elapsedMs: number; error?: undefined })
  | { error: string };

/** The whole run, as `pnpm bench` writes it to results.json. */
export interface BenchResults {
  machine: Machine;
  startedAt: string;
  options: { quick: boolean; sections: SectionName[] };
  load: { start: number; end?: number };
  sections: { [K in SectionName]?: SectionOutcome<K> };
  clientBuild?: string;
  durationMs?: number;
}

const formatters: { [K in SectionName]: (result: SectionResults[K]) => string } = {
  calls: formatCalls,
  consumer: formatConsumer,
  size: formatSize,
  scale: formatScale,
  pipeline: formatPipeline,
  site: formatSite,
};

const verdict = (ok: boolean) => (ok ? 'meets' : 'misses');

/** The call-overhead headlines, from the HTTPS row: the client against openapi-fetch, then each contender. */
function callsHeadlines(calls: CallsResult | undefined): string[] {
  const https = calls?.rows.find((r) => r.protocol === 'https');
  if (!https) return [];
  const lines: string[] = [];
  const by = (id: string) => https.contenders.find((c) => c.id === id);
  const vendor = by('vendor-sdk');
  // The client's own cost is judged against the library it stands on: its time over bare openapi-fetch's.
  const client = by('client');
  if (client?.referenceRatio !== undefined) {
    lines.push(
      `- \`verifySmsOtp\`: **${fmt.ratio(client.referenceRatio)}** the time of the same call on bare openapi-fetch ` +
        `(target ≤ 1.05×: ${verdict(client.referenceRatio <= 1.05)}); ${fmt.ratio(client.ratio)} a raw \`fetch\` call.`,
    );
  }
  const mention = (id: string, label: string) => {
    const c = by(id);
    if (!c) return;
    const versus =
      vendor && id.startsWith('client') ? `; ${fmt.ratio(c.ratio / vendor.ratio)} the vendor SDK's time` : '';
    lines.push(`- ${label}: **${fmt.ratio(c.ratio)}** the time of a raw \`fetch\` call${versus}.`);
  };
  mention('client-validate', '`verifySmsOtp` with response validation');
  mention('openapi-fetch', 'bare openapi-fetch');
  mention('vendor-sdk', 'the vendor SDK (`loginradius-sdk`, on `node:https`)');
  return lines;
}

/** The client's default entry in the browser against the size target. */
function sizeHeadlines(size: SizeResult | undefined): string[] {
  const client = size?.rows.find((r) => r.id === 'client')?.browser;
  if (!client || client.error !== undefined) return [];
  return [
    `- Client default entry, browser: **${fmt.kB(client.minBytes)} min, ${fmt.kB(client.gzipBytes)} min+gzip** ` +
      `(target ≤ ${fmt.kB(CLIENT_SIZE_TARGET.gzipBytes)} min+gzip: ${verdict(client.gzipBytes <= CLIENT_SIZE_TARGET.gzipBytes)}).`,
  ];
}

/** The no-op and cold builds, then the rebuild after a description-only edit, against their targets. */
function pipelineHeadlines(pipeline: PipelineResult | undefined): string[] {
  if (!pipeline) return [];
  const lines = [
    `- No-op rebuild: **${fmt.s(pipeline.noopMs)}** wall, ${pipeline.ratio.toFixed(3)}× the cold build of ` +
      `${fmt.s(pipeline.coldMs)} (targets no-op ≤ ${fmt.s(PIPELINE_TARGETS.noopMs)}: ${verdict(pipeline.noopMs <= PIPELINE_TARGETS.noopMs)}; ` +
      `cold ≤ ${fmt.s(PIPELINE_TARGETS.coldMs)}: ${verdict(pipeline.coldMs <= PIPELINE_TARGETS.coldMs)}).`,
  ];
  if (pipeline.descriptionEdit) {
    lines.push(
      `- Rebuild after a description-only edit of one schema: **${fmt.s(pipeline.descriptionEdit.ms)}** ` +
        `(target ≤ ${fmt.s(PIPELINE_TARGETS.descriptionEditMs)}: ${verdict(pipeline.descriptionEdit.ms <= PIPELINE_TARGETS.descriptionEditMs)}).`,
    );
  }
  return lines;
}

/** The whole pipeline at 1000 operations, then the worst step's growth from 100 to 1000, against their targets. */
function scaleHeadlines(scale: ScaleResult | undefined): string[] {
  const lines: string[] = [];
  const thousand = scale?.sizes.find((p) => p.operations === 1000);
  if (thousand) {
    // `generate` lints and bundles itself: the separate lint and bundle rows show those phases, not more work.
    const total = (['generate', 'typecheck', 'docs'] as const).reduce(
      (sum, step) => sum + thousand.ms[step],
      0,
    );
    lines.push(
      `- Whole pipeline (generate, which lints and bundles, then typecheck and docs) for 1000 operations: **${fmt.s(total)}** ` +
        `(target ≤ ${fmt.s(PIPELINE_TARGETS.thousandOperationsMs)}: ${verdict(total <= PIPELINE_TARGETS.thousandOperationsMs)}).`,
    );
  }
  const last = scale?.growth.find((g) => g.from === 100 && g.to === 1000);
  if (last) {
    const worst = STEPS.reduce((a, b) => (last.exponent[a] >= last.exponent[b] ? a : b));
    lines.push(
      `- Growth from 100 to 1000 operations: worst step ${worst} at k = **${fmt.exp(last.exponent[worst])}** ` +
        `(target ≤ 1.1: ${verdict(last.exponent[worst] <= 1.1)}).`,
    );
  }
  return lines;
}

/** The consumer's type-check against bare `fetch`, then the versioned docs site's build. */
function consumerAndSiteHeadlines(
  consumer: ConsumerResult | undefined,
  site: SiteResult | undefined,
): string[] {
  const lines: string[] = [];
  if (consumer) {
    lines.push(
      `- Consumer type-check with the client: **${fmt.ratio(consumer.wallRatio)}** the wall time of the same ` +
        `consumer on bare \`fetch\` (target ≤ 1.3×: ${verdict(consumer.wallRatio <= 1.3)}).`,
    );
  }
  if (site) {
    lines.push(
      `- Versioned docs site of ${site.releases} releases (\`pnpm docs:site\` from a local registry): **${fmt.s(site.coldMs)}** ` +
        `into an empty folder, ${fmt.s(site.againMs)} again with nothing new; ${(site.bytes / 1e6).toFixed(1)} MB on disk.`,
    );
  }
  return lines;
}

/** Headline figures against the targets, for the sections this run measured. */
function headlines(sections: BenchResults['sections']): string[] {
  const succeeded = <K extends SectionName>(name: K): SectionResults[K] | undefined => {
    const outcome = sections[name];
    return outcome?.error === undefined ? (outcome as SectionResults[K] | undefined) : undefined;
  };
  return [
    ...callsHeadlines(succeeded('calls')),
    ...sizeHeadlines(succeeded('size')),
    ...pipelineHeadlines(succeeded('pipeline')),
    ...scaleHeadlines(succeeded('scale')),
    ...consumerAndSiteHeadlines(succeeded('consumer'), succeeded('site')),
  ];
}

/** Blank lines around tables, so each renders as a Markdown table rather than paragraph text. */
function markdown(text: string): string {
  const out: string[] = [];
  for (const line of text.trimEnd().split('\n')) {
    const isTable = line.startsWith('|');
    const prev = out.at(-1);
    if (line !== '' && prev !== undefined && prev !== '' && isTable !== prev.startsWith('|')) out.push('');
    out.push(isTable ? line : line.trim());
  }
  return out.join('\n');
}

/** One section's tables, typed by its name. */
const formatSection = <K extends SectionName>(name: K, result: SectionResults[K]) => formatters[name](result);

export function formatReadme(results: BenchResults): string {
  const m = results.machine;
  const sections = Object.keys(results.sections) as SectionName[];
  const parts = [
    '## Performance',
    '',
    `Measured with \`pnpm bench\` on ${results.startedAt.slice(0, 10)}: Node ${m.node}, ${m.cpu}, ${m.cores} cores, ` +
      `${m.memoryGiB} GiB, ${m.platform}${m.commit ? `, commit ${m.commit}${m.dirty ? ' (with local changes)' : ''}` : ''}; ` +
      `1-minute load ${results.load.start} at the start.`,
    '',
    ...headlines(results.sections),
    '',
    'Reproduce: `pnpm install && pnpm build && pnpm bench` (about 3 minutes on 2 cores; `pnpm bench --quick` for a ' +
      'smaller run, `--only calls,size,consumer,scale,pipeline,site` for some sections, `--cpu-prof` to profile the call ' +
      'benchmark). It prints these tables and writes them to `.bench/results.json`. Call overhead is sequential calls ' +
      'against a loopback server in another process returning the seed 200 body, contenders interleaved in rotating ' +
      'batches after a warm-up; the HTTPS server uses a self-signed certificate made at bench time and trusted through ' +
      '`NODE_EXTRA_CA_CERTS`. Ratios are the median over rounds of each batch against the raw-fetch batch of the same ' +
      'round. Sizes are esbuild bundles (minified ESM), kB = 1000 bytes.',
  ];
  for (const name of sections) {
    const result = results.sections[name];
    if (!result) continue;
    parts.push('');
    parts.push(
      result.error !== undefined
        ? `${name}: failed — ${result.error.split('\n')[0]}`
        : markdown(formatSection(name, result)),
    );
  }
  return `${parts.join('\n')}\n`;
}

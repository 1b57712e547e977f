// Pipeline: a cold `pnpm build` (fresh copy of the repo, no turbo cache, TURBO_FORCE), the no-op rebuild that
// follows it (everything a cache hit), and the rebuild after a description-only edit of one schema (only what
// the edit really changes should run again); wall time as a developer sees it, pnpm and turbo start-up included.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox } from '@lr-mfa/testkit/sandbox';
import { parseDocument } from 'yaml';
import { fmt, median, table } from './lib/stats.js';
import { PIPELINE_TARGETS } from './targets.js';

/** The schema whose description the edit rewords: its text reaches the docs, not the generated code. */
const EDITED_SCHEMA = 'spec/components/schemas/ApiError.yaml';

export interface PipelineResult {
  installMs: number;
  coldMs: number;
  tasks: number | null;
  noopMs: number;
  noopRuns: { ms: number; fullTurbo: boolean; misses: string[] }[];
  allFullTurbo: boolean;
  ratio: number;
  descriptionEdit: { ms: number; misses: string[] };
}

const lastLines = (output: string, n = 20) => output.trim().split('\n').slice(-n).join('\n');

export async function benchPipeline({
  quick = false,
  log = () => {},
}: {
  quick?: boolean;
  log?: (message: string) => void;
} = {}): Promise<PipelineResult> {
  log('pipeline: sandbox copy + offline install');
  const box = createSandbox({ env: { CI: '1' } });
  try {
    log('pipeline: cold build');
    // TURBO_FORCE reaches every turbo run of the build script (a `--force` argument would reach only the last).
    const cold = await box.run('pnpm', ['build'], { TURBO_FORCE: 'true' });
    if (cold.code !== 0)
      throw new Error(`cold \`pnpm build\` failed in the sandbox:\n${lastLines(cold.output)}`);
    const noop: PipelineResult['noopRuns'] = [];
    for (let i = 0; i < (quick ? 2 : 4); i++) {
      const again = await box.run('pnpm', ['build']);
      if (again.code !== 0) throw new Error(`no-op \`pnpm build\` failed:\n${lastLines(again.output)}`);
      const misses = [...again.output.matchAll(/^(\S+): cache miss/gm)].map((m) => m[1] as string);
      noop.push({ ms: again.ms, fullTurbo: again.output.includes('FULL TURBO'), misses });
    }
    // The first rebuild can still pay for disk-cache misses of turbo's own files; later ones are the steady state.
    const steady = noop.slice(1).map((r) => r.ms);
    const noopMs = median(steady);

    log('pipeline: description-only edit of one schema');
    const file = join(box.dir, EDITED_SCHEMA);
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.set('description', `${doc.get('description')} (Reworded by the benchmark.)`);
    writeFileSync(file, doc.toString());
    const edited = await box.run('pnpm', ['build']);
    if (edited.code !== 0)
      throw new Error(`\`pnpm build\` after the edit failed:\n${lastLines(edited.output)}`);
    const descriptionEdit = {
      ms: edited.ms,
      misses: [...edited.output.matchAll(/^(\S+): cache miss/gm)].map((m) => m[1] as string),
    };
    // The build script is several turbo runs (generation, then package builds): count the tasks of all of them.
    const totals = [...cold.output.matchAll(/Tasks:\s+\d+ successful, (\d+) total/g)].map((m) =>
      Number(m[1]),
    );
    return {
      installMs: box.installMs,
      coldMs: cold.ms,
      tasks: totals.length ? totals.reduce((a, b) => a + b, 0) : null,
      noopMs,
      noopRuns: noop,
      allFullTurbo: noop.every((r) => r.fullTurbo),
      ratio: noopMs / cold.ms,
      descriptionEdit,
    };
  } finally {
    box.dispose();
  }
}

const ms = (v: number) => fmt.s(v);

export function formatPipeline(r: PipelineResult): string {
  const t = PIPELINE_TARGETS;
  const edit = r.descriptionEdit;
  return `Pipeline (sandbox copy of the repo, ${r.tasks ?? '?'} turbo tasks; targets: cold ≤ ${ms(t.coldMs)}, no-op ≤ ${ms(t.noopMs)}, description-only edit ≤ ${ms(t.descriptionEditMs)})
${table(
  ['build', 'wall', 'ratio to cold'],
  [
    ['cold `pnpm build`, TURBO_FORCE (no turbo cache)', fmt.s(r.coldMs), '1.00×'],
    [
      `no-op \`pnpm build\` (median of ${r.noopRuns.length - 1}${r.allFullTurbo ? ', FULL TURBO' : ', NOT all cache hits!'})`,
      fmt.s(r.noopMs),
      `${r.ratio.toFixed(3)}×`,
    ],
    ...(edit
      ? [
          [
            `\`pnpm build\` after a description-only edit of ${EDITED_SCHEMA.split('/').pop()}`,
            fmt.s(edit.ms),
            `${(edit.ms / r.coldMs).toFixed(3)}×`,
          ],
        ]
      : []),
  ],
  { align: ['left', 'right', 'right'] },
)}
  (offline install of the sandbox, not counted: ${fmt.s(r.installMs)})
${edit ? `  the edit re-ran: ${edit.misses.join(', ') || 'nothing'}\n` : ''}${r.noopRuns
  .filter((run) => run.misses.length > 0)
  .map((run) => `  a rebuild missed the cache for: ${run.misses.join(', ')}`)
  .join('\n')}`;
}

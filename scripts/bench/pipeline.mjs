// Pipeline: a cold `pnpm build` (fresh copy of the repo, no turbo cache, --force) and the no-op rebuild that
// follows it (everything a cache hit), wall time as a developer sees it, pnpm and turbo start-up included.
import { createSandbox } from '../lib/sandbox.mjs';
import { fmt, median, table } from './lib/stats.mjs';

const lastLines = (output, n = 20) => output.trim().split('\n').slice(-n).join('\n');

export async function benchPipeline({ quick = false, log = () => {} } = {}) {
  log('pipeline: sandbox copy + offline install');
  const box = createSandbox({ env: { CI: '1' } });
  try {
    log('pipeline: cold build');
    const cold = await box.run('pnpm', ['build', '--force']);
    if (cold.code !== 0)
      throw new Error(`cold \`pnpm build\` failed in the sandbox:\n${lastLines(cold.output)}`);
    const noop = [];
    for (let i = 0; i < (quick ? 2 : 4); i++) {
      const again = await box.run('pnpm', ['build']);
      if (again.code !== 0) throw new Error(`no-op \`pnpm build\` failed:\n${lastLines(again.output)}`);
      const misses = [...again.output.matchAll(/^(\S+): cache miss/gm)].map((m) => m[1]);
      noop.push({ ms: again.ms, fullTurbo: again.output.includes('FULL TURBO'), misses });
    }
    // The first rebuild can still pay for disk-cache misses of turbo's own files; later ones are the steady state.
    const steady = noop.slice(1).map((r) => r.ms);
    const noopMs = median(steady);
    const tasks = /Tasks:\s+(\d+) successful, (\d+) total/.exec(cold.output);
    return {
      installMs: box.installMs,
      coldMs: cold.ms,
      tasks: tasks ? Number(tasks[2]) : null,
      noopMs,
      noopRuns: noop,
      allFullTurbo: noop.every((r) => r.fullTurbo),
      ratio: noopMs / cold.ms,
    };
  } finally {
    box.dispose();
  }
}

export function formatPipeline(r) {
  return `Pipeline (sandbox copy of the repo, ${r.tasks ?? '?'} turbo tasks; target: no-op rebuild ≤ 1 s)
${table(
  ['build', 'wall', 'ratio to cold'],
  [
    ['cold `pnpm build --force` (no turbo cache)', fmt.s(r.coldMs), '1.00×'],
    [
      `no-op \`pnpm build\` (median of ${r.noopRuns.length - 1}${r.allFullTurbo ? ', FULL TURBO' : ', NOT all cache hits!'})`,
      fmt.s(r.noopMs),
      `${r.ratio.toFixed(3)}×`,
    ],
  ],
  { align: ['left', 'right', 'right'] },
)}
  (offline install of the sandbox, not counted: ${fmt.s(r.installMs)})
${r.noopRuns
  .filter((run) => run.misses.length > 0)
  .map((run) => `  a rebuild missed the cache for: ${run.misses.join(', ')}`)
  .join('\n')}`;
}

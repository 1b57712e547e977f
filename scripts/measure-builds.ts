// Times the build in a fresh sandbox copy of the repository (as a fresh clone sees it): a cold `pnpm build`, a
// no-op `pnpm build`, and `pnpm build` after a description-only edit of one schema, with which tasks ran.
// Prints the figures beside their targets; nothing is asserted (timings depend on the machine and its load).
//
//   pnpm exec tsx scripts/measure-builds.ts [--schema spec/components/schemas/ApiError.yaml]
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { createSandbox } from './lib/sandbox.js';

const { values } = parseArgs({
  options: { schema: { type: 'string', default: 'spec/components/schemas/ApiError.yaml' } },
});
const box = createSandbox();
try {
  const build = (label: string, target: number) => {
    // bash's `times` adds the CPU time of everything the build ran: on a shared, loaded machine it varies far
    // less than the wall time does.
    const result = box.run('bash', ['-c', 'pnpm build && times']);
    if (result.code !== 0) throw new Error(`${label} build failed:\n${result.output}`);
    const ran = [...result.output.matchAll(/^(\S+): cache miss, executing/gm)].map((m) => m[1]);
    const cpu = [...result.output.matchAll(/^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/gm)].at(-1);
    const cpuSeconds = cpu
      ? Number(cpu[1]) * 60 + Number(cpu[2]) + Number(cpu[3]) * 60 + Number(cpu[4])
      : Number.NaN;
    const seconds = result.ms / 1000;
    console.log(
      `${label.padEnd(34)} ${seconds.toFixed(2).padStart(6)} s wall, ${cpuSeconds.toFixed(2).padStart(6)} s CPU  (target ≤ ${target} s: ${seconds <= target ? 'meets' : 'misses'})  ran: ${ran.join(', ') || 'nothing (FULL TURBO)'}`,
    );
  };
  build('cold build', 10);
  build('no-op build', 0.6);
  const file = join(box.dir, values.schema);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.set('description', `${doc.get('description')} Reworded.`);
  writeFileSync(file, doc.toString());
  build(`description-only edit of ${values.schema.split('/').pop()}`, 5);
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  box.dispose();
}

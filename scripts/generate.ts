// Runs the whole generation (scripts/lib/generate.ts) with every generator plugin (scripts/generators/index.ts):
// one load, lint and bundle of the spec, then all generated files written together or none.
//
//   pnpm generate [--spec path/to/openapi.yaml] [--out dir] [--dest dir]
//   (--dest writes the generated tree under another folder, e.g. a benchmark's scratch copy)
import { generators } from './generators/index.js';
import { pipelineArgs } from './lib/args.js';
import { generate } from './lib/generate.js';
import { rel, runStep } from './lib/step.js';

const { spec, out, dest } = pipelineArgs();

await runStep('generate from the spec', async () => {
  const { written, removed, unchanged } = await generate({ spec, out, dest, generators, log: console.log });
  for (const path of removed) console.log(`  ✗ ${rel(path)} (no longer generated)`);
  console.log(`  ${unchanged} file(s) unchanged`);
  return written;
});

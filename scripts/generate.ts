// Runs the whole generation (@lr-mfa/codegen's generate.ts) with every generator plugin (scripts/generators.ts):
// one load, lint and bundle of the spec, then all generated files written together or none.
//
//   pnpm generate [--spec path/to/openapi.yaml] [--out dir] [--dest dir]
//   (--dest writes the generated tree under another folder, e.g. a benchmark's scratch copy)

import { pipelineArgs } from '@lr-mfa/codegen/args';
import { generate } from '@lr-mfa/codegen/generate';
import { rel, runStep } from '@lr-mfa/codegen/step';
import { generators } from './generators.js';

const { spec, out, dest } = pipelineArgs();

await runStep('generate from the spec', async () => {
  const { written, removed, unchanged } = await generate({ spec, out, dest, generators, log: console.log });
  for (const path of removed) console.log(`  ✗ ${rel(path)} (no longer generated)`);
  console.log(`  ${unchanged} file(s) unchanged`);
  return written;
});

// Bundles the split spec into one self-contained file, JSON and YAML, through the one loader (lint included
// unless --no-lint, which bundles an old spec such as the last release's as it was). Outputs are written
// atomically: a failed run leaves the previous bundle in place.
//
//   pnpm spec:bundle [--spec path/to/openapi.yaml] [--out dir]   (default out: <repo>/build/spec)
import { existsSync } from 'node:fs';
import { pipelineArgs } from './lib/args.js';
import { bundleFiles } from './lib/bundle.js';
import { loadSpec } from './lib/spec.js';
import { rel, runStep, StepError, writeFilesAtomic } from './lib/step.js';

const lint = !process.argv.includes('--no-lint');
const { spec, out } = pipelineArgs(
  undefined,
  process.argv.slice(2).filter((a) => a !== '--no-lint'),
);

await runStep(`bundle spec ${rel(spec)}`, async () => {
  if (!existsSync(spec)) throw new StepError(`spec not found: ${rel(spec)}`);
  const { document } = await loadSpec(spec, { lint });
  return writeFilesAtomic(bundleFiles(document, out));
});

// Bundles the split spec into one self-contained file, JSON and YAML, through the one loader (lint included
// unless --no-lint, which bundles an old spec such as the last release's as it was). Outputs are written
// atomically: a failed run leaves the previous bundle in place.
//
//   pnpm spec:bundle [--spec path/to/openapi.yaml] [--out dir]   (default out: <repo>/build/spec)
import { pipelineArgs } from '@lr-mfa/codegen/args';
import { bundleSpec } from '@lr-mfa/codegen/bundle';
import { rel, runStep } from '@lr-mfa/codegen/step';

const lint = !process.argv.includes('--no-lint');
const { spec, out } = pipelineArgs(
  undefined,
  process.argv.slice(2).filter((a) => a !== '--no-lint'),
);

await runStep(`bundle spec ${rel(spec)}`, () => bundleSpec(spec, out, { lint }));

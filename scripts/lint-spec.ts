// Lints the hand-maintained spec: a YAML pre-pass, then redocly's strict lint (root redocly.yaml, `lr-mfa`
// plugin included) through the one loader. Every problem prints as `file:line:col severity rule message`;
// any problem, warning included, fails.
//
//   pnpm spec:lint [--spec path/to/openapi.yaml]
import { existsSync } from 'node:fs';
import { pipelineArgs } from '@lr-mfa/codegen/args';
import { loadSpec } from '@lr-mfa/codegen/spec';
import { rel, runStep, StepError } from '@lr-mfa/codegen/step';

const { spec } = pipelineArgs();

await runStep(
  `lint spec ${rel(spec)}`,
  async () => {
    if (!existsSync(spec)) throw new StepError(`spec not found: ${rel(spec)}`);
    await loadSpec(spec);
    console.log('  0 errors, 0 warnings');
    return [];
  },
  { generates: false },
);

// The command-line arguments the pipeline scripts share, parsed one way: `--spec` (the spec's entry file) and
// `--out` (where a script writes), both resolved against the working directory.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './step.js';

export const DEFAULT_SPEC = join(root, 'spec/openapi.yaml');
export const DEFAULT_BUILD = join(root, 'build/spec');

export interface PipelineArgs {
  /** Absolute path of the spec's entry file. */
  spec: string;
  /** Absolute output folder. */
  out: string;
}

/** Parses `--spec` and `--out` (defaults: spec/openapi.yaml, `defaultOut`); any other argument is an error. */
export function pipelineArgs(defaultOut: string = DEFAULT_BUILD, argv = process.argv.slice(2)): PipelineArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      spec: { type: 'string', default: DEFAULT_SPEC },
      out: { type: 'string', default: defaultOut },
    },
  });
  return { spec: resolve(values.spec), out: resolve(values.out) };
}

// The command-line arguments the pipeline scripts share, parsed one way: `--spec` (the spec's entry file),
// `--out` (where a script writes the bundle) and `--dest` (the tree generated files go into: the repository, or a
// scratch folder for benchmarks), all resolved against the working directory.
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
  /** Absolute folder the generators' repository-relative paths are written under. */
  dest: string;
}

/**
 * Parses `--spec`, `--out` and `--dest` (defaults: spec/openapi.yaml, `defaultOut` or `<dest>/build/spec`, the
 * repository); any other argument is an error.
 */
export function pipelineArgs(defaultOut: string = DEFAULT_BUILD, argv = process.argv.slice(2)): PipelineArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      spec: { type: 'string', default: DEFAULT_SPEC },
      out: { type: 'string' },
      dest: { type: 'string', default: root },
    },
  });
  const dest = resolve(values.dest);
  const out = values.out ?? (dest === root ? defaultOut : join(dest, 'build/spec'));
  return { spec: resolve(values.spec), out: resolve(out), dest };
}

// Writes a loaded spec's bundle: build/spec/openapi.json (what generators and the docs read) and openapi.yaml.
// External files became named components (`#/components/schemas/Profile`), not inlined copies, so generated
// types stay readable.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { DEFAULT_BUILD, DEFAULT_SPEC } from './args.js';
import { loadSpec } from './spec.js';
import { rel, StepError, writeFilesAtomic } from './step.js';

/** The bundle files of a document, as (path, content) pairs under `out`. */
export const bundleFiles = (document: Record<string, unknown>, out: string) => [
  { path: join(out, 'openapi.json'), content: `${JSON.stringify(document, null, 2)}\n` },
  {
    path: join(out, 'openapi.yaml'),
    content: stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }),
  },
];

/**
 * Loads (and, unless `lint: false`, lints) the split spec and writes its bundle atomically: a failed run leaves
 * the previous bundle in place. Returns the files written. The one way scripts bundle, in process.
 */
export async function bundleSpec(
  spec = DEFAULT_SPEC,
  out = DEFAULT_BUILD,
  { lint = true }: { lint?: boolean } = {},
): Promise<string[]> {
  if (!existsSync(spec)) throw new StepError(`spec not found: ${rel(spec)}`);
  const { document } = await loadSpec(spec, { lint });
  return writeFilesAtomic(bundleFiles(document, out));
}

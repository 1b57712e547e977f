// Writes a loaded spec's bundle: build/spec/openapi.json (what generators and the docs read) and openapi.yaml.
// External files became named components (`#/components/schemas/Profile`), not inlined copies, so generated
// types stay readable.
import { join } from 'node:path';
import { stringify } from 'yaml';

/** The bundle files of a document, as (path, content) pairs under `out`. */
export const bundleFiles = (document: Record<string, unknown>, out: string) => [
  { path: join(out, 'openapi.json'), content: `${JSON.stringify(document, null, 2)}\n` },
  {
    path: join(out, 'openapi.yaml'),
    content: stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }),
  },
];

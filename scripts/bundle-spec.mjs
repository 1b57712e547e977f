#!/usr/bin/env node
// Bundles the split spec into one self-contained file (JSON and YAML) with `redocly bundle`. External files
// become named components (`#/components/schemas/Profile`, ...), not inlined copies, so generated types stay
// readable. Outputs are written atomically: a failed run leaves the previous bundle in place.
//
//   node scripts/bundle-spec.mjs [--spec path/to/openapi.yaml] [--out dir]   (default out: <repo>/build/spec)
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { bin, rel, root, run, runStep, StepError, writeFileAtomic } from './lib/step.mjs';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: join(root, 'spec/openapi.yaml') },
    out: { type: 'string', default: join(root, 'build/spec') },
  },
});
const spec = resolve(values.spec);
const out = resolve(values.out);

/** JSON pointers of every `$ref` that still points outside the document (bundling must leave none). */
function externalRefs(node, pointer = '#', found = []) {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) externalRefs(item, `${pointer}/${i}`, found);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#'))
        found.push(`${pointer}: ${value}`);
      else externalRefs(value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, found);
    }
  }
  return found;
}

await runStep(`bundle spec ${rel(spec)}`, async () => {
  if (!existsSync(spec)) throw new StepError(`spec not found: ${rel(spec)}`);
  const scratch = await mkdtemp(join(tmpdir(), 'lr-mfa-bundle-'));
  try {
    const bundled = join(scratch, 'openapi.json');
    const result = await run(bin('redocly'), [
      'bundle',
      spec,
      '--config',
      join(root, 'redocly.yaml'),
      '-o',
      bundled,
    ]);
    if (result.code !== 0) {
      const output = `${result.stdout}\n${result.stderr}`
        .split('\n')
        .filter((l) => !/[║╔╚]/.test(l))
        .join('\n')
        .trim();
      throw new StepError(`redocly bundle exited with code ${result.code}:\n${output}`);
    }
    const document = JSON.parse(await readFile(bundled, 'utf8'));
    const leftovers = externalRefs(document);
    if (leftovers.length > 0) {
      throw new StepError(`the bundle still has external $refs:\n  ${leftovers.join('\n  ')}`);
    }
    return [
      await writeFileAtomic(join(out, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`),
      await writeFileAtomic(
        join(out, 'openapi.yaml'),
        stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }),
      ),
    ];
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});

// Pipeline step: bundled spec → build/spec/model.json, the Model every generator and the docs build read.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildModel } from './lib/build-model.js';
import { root, runStep, writeFileAtomic } from './lib/step.mjs';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: join(root, 'build/spec/openapi.json') },
    out: { type: 'string', default: join(root, 'build/spec/model.json') },
  },
});

await runStep('build the operation model', async () => {
  const model = buildModel(JSON.parse(await readFile(values.spec, 'utf8')));
  return [await writeFileAtomic(values.out, `${JSON.stringify(model, null, 2)}\n`)];
});

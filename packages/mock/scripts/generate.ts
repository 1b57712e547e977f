// Runs the mock's generator plugin (scripts/generators/mock.ts) over the bundled spec, standing in for the
// pipeline's generator runner: the Model is built from build/spec/openapi.json and the plugin's files are
// written atomically, so a spec the mock cannot serve fails naming the JSON pointer and leaves them as they were.
//
//   tsx packages/mock/scripts/generate.ts [--spec build/spec/openapi.json] [--out-root <dir>]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mockGenerator } from '../../../scripts/generators/mock.js';
import { buildModel, SpecPointerError } from '../../../scripts/lib/build-model.js';
import { GENERATED_HEADER, root, runStep, StepError, writeFileAtomic } from '../../../scripts/lib/step.mjs';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: join(root, 'build/spec/openapi.json') },
    // Where the repository-relative output paths are rooted (tests write into a temp dir).
    'out-root': { type: 'string', default: root },
  },
});

await runStep('generate mock data', async () => {
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(await readFile(values.spec, 'utf8'));
  } catch (error) {
    throw new StepError(
      `cannot read the bundled spec ${values.spec}: ${(error as Error).message}\n  run \`pnpm spec:bundle\` first.`,
    );
  }
  let files: { path: string; content: string }[];
  try {
    files = await mockGenerator.generate({
      model: buildModel(document),
      document,
      header: GENERATED_HEADER('spec/openapi.yaml'),
      fail(pointer, message) {
        throw new SpecPointerError(pointer, message);
      },
    });
  } catch (error) {
    if (error instanceof SpecPointerError) throw new StepError(`${error.pointer}: ${error.message}`);
    throw error;
  }
  const written: string[] = [];
  for (const file of files)
    written.push(await writeFileAtomic(join(values['out-root'], file.path), file.content));
  return written;
});

// Build step of @lr-mfa/client until the pipeline's runner (scripts/generate.ts) runs every generator: bundled
// spec → Model → the client generator → packages/client/src/generated/client/. Everything is generated in
// memory first, so a failure leaves the committed files as they were; files of operations no longer in the
// spec are removed.
//   tsx scripts/generate-client.ts [--spec build/spec/openapi.json]
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { clientGenerator } from './generators/client.js';
import { buildModel, SpecPointerError } from './lib/build-model.js';
import { GENERATED_HEADER, root, runStep, StepError, writeFileAtomic } from './lib/step.mjs';

const { values } = parseArgs({
  options: { spec: { type: 'string', default: join(root, 'build/spec/openapi.json') } },
});

await runStep('generate the client methods', async () => {
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(await readFile(values.spec, 'utf8'));
  } catch (error) {
    throw new StepError(
      `cannot read the bundled spec ${values.spec}: ${(error as Error).message}\n  run \`pnpm spec:bundle\` first.`,
    );
  }
  let files: Awaited<ReturnType<typeof clientGenerator.generate>>;
  try {
    files = await clientGenerator.generate({
      model: buildModel(document),
      document,
      header: GENERATED_HEADER('spec/openapi.yaml'),
      fail(pointer, message) {
        throw new SpecPointerError(pointer, message);
      },
    });
  } catch (error) {
    if (error instanceof SpecPointerError)
      throw new StepError(`${values.spec}#${error.pointer}: ${error.message}`);
    throw error;
  }
  const written = [];
  for (const file of files) written.push(await writeFileAtomic(join(root, file.path), file.content));
  const keep = new Set(files.map((file) => join(root, file.path)));
  for (const dir of clientGenerator.owns) {
    const entries = await readdir(join(root, dir)).catch(() => []);
    for (const entry of entries) {
      const path = join(root, dir, entry);
      if (!keep.has(path)) await rm(path, { recursive: true });
    }
  }
  return written;
});

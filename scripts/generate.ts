// The pipeline's one runner: load, lint and bundle the spec once, build the Model, run every generator
// (scripts/generators/index.ts) in memory, and only when all of them succeeded write everything: the bundle
// (build/spec/openapi.{json,yaml}), build/spec/model.json and every generated file, each renamed into place,
// with files a generator no longer produces deleted from the folders it owns. Any failure writes nothing and
// exits 1, naming the spec file and line of the problem.
//
//   pnpm generate [--spec path/to/openapi.yaml] [--dest dir]   (dest: write the tree elsewhere, e.g. for a benchmark)
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { generators } from './generators/index.js';
import { pipelineArgs } from './lib/args.js';
import { buildModel, SpecPointerError } from './lib/build-model.js';
import { bundleFiles } from './lib/bundle.js';
import type { GeneratedFile, Generator } from './lib/plugin.js';
import { type LoadedSpec, loadSpec } from './lib/spec.js';
import { GENERATED_HEADER, rel, root, runStep, StepError, writeFilesAtomic } from './lib/step.js';

/** A generator refused a construct of the spec (`ctx.fail`); the runner reports where it is in the spec. */
class GeneratorFailure extends SpecPointerError {}

async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

const inside = (folder: string, path: string) => {
  const r = relative(folder, path);
  return r !== '' && !r.startsWith('..') && !resolve(folder, r).startsWith('..');
};

/** Runs one generator; its failures become messages that name the spec file and line. */
async function runGenerator(
  generator: Generator,
  spec: LoadedSpec,
  context: Parameters<Generator['generate']>[0],
) {
  const started = performance.now();
  let files: GeneratedFile[];
  try {
    files = await generator.generate(context);
  } catch (error) {
    if (error instanceof SpecPointerError)
      throw new StepError(`${spec.where(error.pointer)} error ${generator.name} ${error.message}`);
    throw new StepError(
      `generator ${generator.name} crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
  for (const file of files) {
    if (!generator.owns.some((folder) => inside(folder, file.path)) || !file.path.includes('generated/'))
      throw new StepError(
        `generator ${generator.name} produced ${file.path}, outside the generated/ folders it owns (${generator.owns.join(', ')})`,
      );
  }
  console.log(
    `  ${generator.name}: ${files.length} file(s) in ${((performance.now() - started) / 1000).toFixed(2)}s`,
  );
  return files;
}

const { spec: entry, out, dest } = pipelineArgs();

await runStep('generate from the spec', async () => {
  if (!existsSync(entry)) throw new StepError(`spec not found: ${rel(entry)}`);
  const spec = await loadSpec(entry);
  let model: ReturnType<typeof buildModel>;
  try {
    model = buildModel(spec.document);
  } catch (error) {
    if (error instanceof SpecPointerError)
      throw new StepError(`${spec.where(error.pointer)} error model ${error.message}`);
    throw error;
  }
  console.log(`  ${model.operations.length} operation(s): ${model.operations.map((o) => o.id).join(', ')}`);

  const header = GENERATED_HEADER(relative(root, entry));
  const produced: GeneratedFile[] = [];
  for (const generator of generators) {
    // Each generator gets its own copy: one cannot change what the next one reads.
    const context = {
      model: structuredClone(model),
      document: structuredClone(spec.document),
      header,
      fail(pointer: string, message: string): never {
        throw new GeneratorFailure(pointer, message);
      },
    };
    produced.push(...(await runGenerator(generator, spec, context)));
  }

  // Everything exists in memory: now write, skipping files whose content is already on disk.
  const files = [
    ...bundleFiles(spec.document, out),
    { path: join(out, 'model.json'), content: `${JSON.stringify(model, null, 2)}\n` },
    ...produced.map((f) => ({ path: join(dest, f.path), content: f.content })),
  ];
  const wanted = new Set(files.map((f) => f.path));
  if (wanted.size !== files.length) throw new StepError('two generators produced the same file');
  const changed = [];
  for (const file of files) {
    const current = existsSync(file.path) ? await readFile(file.path, 'utf8') : undefined;
    if (current !== file.content) changed.push(file);
  }
  const stale = [];
  for (const folder of new Set(generators.flatMap((g) => g.owns))) {
    for (const path of await filesUnder(join(dest, folder))) if (!wanted.has(path)) stale.push(path);
  }
  const written = await writeFilesAtomic(changed);
  for (const path of stale) {
    await rm(path);
    console.log(`  ✗ ${rel(path)} (no longer generated)`);
  }
  console.log(`  ${files.length - changed.length} file(s) unchanged`);
  return written;
});

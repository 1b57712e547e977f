// The pipeline's one runner: load, lint and bundle the spec once, build the Model, run every generator plugin
// in memory, and only when all of them succeeded write everything: the bundle (build/spec/openapi.{json,yaml}),
// build/spec/model.json and every generated file, each renamed into place, with files no generator produces any
// more deleted from the folders the generators own. Any failure writes nothing and throws a StepError naming the
// spec file and line of the problem.
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildModel, SpecPointerError } from './build-model.js';
import { bundleFiles } from './bundle.js';
import type { Model } from './model.js';
import { type GeneratedFile, type Generator, type GeneratorContext, generatorContext } from './plugin.js';
import { type LoadedSpec, loadSpec } from './spec.js';
import { GENERATED_HEADER, rel, root, StepError, writeFilesAtomic } from './step.js';

export interface GenerateOptions {
  /** The spec's entry file. */
  spec: string;
  /** Folder of the bundle and model.json. */
  out: string;
  /** Folder the generators' repository-relative paths are written under (the repository by default). */
  dest?: string;
  generators: Generator[];
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface GenerateResult {
  model: Model;
  /** Files written because their content changed (absolute paths). */
  written: string[];
  /** Files deleted because no generator produces them any more. */
  removed: string[];
  unchanged: number;
}

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
  return r !== '' && !r.startsWith('..');
};

/** Runs one generator; its failures become messages that name the spec file and line. */
async function runGenerator(generator: Generator, spec: LoadedSpec, context: GeneratorContext) {
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
  return files;
}

export async function generate({
  spec: entry,
  out,
  dest = root,
  generators,
  log = () => {},
}: GenerateOptions): Promise<GenerateResult> {
  if (!existsSync(entry)) throw new StepError(`spec not found: ${rel(entry)}`);
  const spec = await loadSpec(entry);
  let model: Model;
  try {
    model = buildModel(spec.document);
  } catch (error) {
    if (error instanceof SpecPointerError)
      throw new StepError(`${spec.where(error.pointer)} error model ${error.message}`);
    throw error;
  }
  log(`  ${model.operations.length} operation(s): ${model.operations.map((o) => o.id).join(', ')}`);

  const header = GENERATED_HEADER(relative(root, entry));
  const produced: GeneratedFile[] = [];
  for (const generator of generators) {
    const started = performance.now();
    // Each generator gets its own copy: one cannot change what the next one reads.
    const context = generatorContext(
      structuredClone(model),
      structuredClone(spec.document),
      header,
      (pointer) => spec.where(pointer),
    );
    const files = await runGenerator(generator, spec, context);
    produced.push(...files);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    log(`  ${generator.name}: ${files.length} file(s) in ${seconds}s`);
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
  const removed: string[] = [];
  for (const folder of new Set(generators.flatMap((g) => g.owns))) {
    for (const path of await filesUnder(join(dest, folder))) if (!wanted.has(path)) removed.push(path);
  }
  const written = await writeFilesAtomic(changed);
  for (const path of removed) await rm(path);
  return { model, written, removed, unchanged: files.length - changed.length };
}

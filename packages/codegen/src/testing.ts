// For the tests of the packages whose generators run on this pipeline: the product spec loaded once, a
// generator's context over it (or over an edited copy), and which committed generated files a generator no
// longer reproduces byte for byte.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DEFAULT_SPEC } from './args.js';
import { buildModel } from './build-model.js';
import { type Generator, type GeneratorContext, generatorContext } from './plugin.js';
import { type LoadedSpec, loadSpec } from './spec.js';
import { GENERATED_HEADER, root } from './step.js';

/** The repository's spec, loaded and bundled as the build does. */
export const loadProductSpec = (): Promise<LoadedSpec> => loadSpec(DEFAULT_SPEC);

/** `spec/x.yaml:12:5` as the runner (started at the repository root) names it, from a test's own folder. */
const fromRoot = (where: string) => (where.startsWith('#') ? where : relative(root, resolve(where)));

/** A generator's context for `document` (the bundled product spec unless given). */
export const contextOf = (spec: LoadedSpec, document = spec.document): GeneratorContext =>
  generatorContext(buildModel(document), document, GENERATED_HEADER('spec/openapi.yaml'), (pointer) =>
    fromRoot(spec.where(pointer)),
  );

/** Paths of the committed files `generator` writes differently from the repository's copy (built ones skipped). */
export async function staleFiles(generator: Generator, context: GeneratorContext): Promise<string[]> {
  const files = await generator.generate(context);
  return files
    .filter((file) => !file.path.includes('/validators/')) // built, not committed
    .filter((file) => file.content !== readFileSync(join(root, file.path), 'utf8'))
    .map((file) => file.path);
}

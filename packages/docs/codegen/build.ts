// Builds @lr-mfa/docs: the bundled spec and the Model → dist/{index.html,openapi.json,openapi.yaml}, plus the
// same reference as text (codegen/markdown: operations/<operationId>.md, overview.md, api-changelog.md, llms.txt,
// llms-full.txt).
//
//   tsx codegen/build.ts [--spec build/spec/openapi.json] [--model build/spec/model.json] [--out dist]
//                    [--changelog spec/docs/api-changelog.md]
//
// Every operation of the spec gets generated `x-codeSamples` (curl and TypeScript with @lr-mfa/client, from the
// Model) and the document gets the package version as `info.version`; `redocly build-docs --inlineBundle` renders
// it into one self-contained HTML page. Everything is built in a scratch folder and swapped into dist/ only when
// every check passed: a missing, empty or broken input fails the build instead of publishing a page that
// renders a header and nothing else.
import { chmod, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { METHODS } from '@lr-mfa/codegen/build-model';
import { isObject } from '@lr-mfa/codegen/codegen';
import type { Model } from '@lr-mfa/codegen/model';
import { rel, root as repoRoot, run } from '@lr-mfa/codegen/step';
import { stringify } from 'yaml';
import { type CodeSample, codeSamples, SampleError } from './code-samples.js';
import { MarkdownError, markdownFiles, type TextFile } from './markdown/index.js';
import { addScripts, checkPage, PageError, selfContain } from './page.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLIENT_PACKAGE = '@lr-mfa/client';

/** An expected failure whose message is meant for the reader as it is (no stack). */
class BuildError extends Error {}

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document, checked field by field where it is read
type Document = any;

interface Found {
  path: string;
  method: string;
  operation: Record<string, unknown>;
}

function listOperations(document: Document): Found[] {
  const found: Found[] = [];
  for (const [path, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (isObject(operation)) found.push({ path, method, operation });
    }
  }
  return found;
}

async function readJson(file: string, what: string, hint: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new BuildError(`${rel(file)} does not exist: ${hint}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BuildError(
      `${rel(file)} is not valid JSON (${(error as Error).message}); it should hold ${what}.`,
    );
  }
}

function checkDocument(document: Document, file: string): Found[] {
  const problems: string[] = [];
  let operations: Found[] = [];
  if (!isObject(document)) problems.push('it is not an object');
  else {
    if (!/^3\.\d+\.\d+$/.test(String(document.openapi))) problems.push('"openapi" is not a 3.x version');
    if (!isObject(document.info) || !document.info.title) problems.push('"info.title" is missing');
    operations = listOperations(document);
    if (operations.length === 0) problems.push('it has no operations');
    for (const { path, method, operation } of operations) {
      if (!operation.operationId) problems.push(`${method.toUpperCase()} ${path} has no operationId`);
      if (!isObject(operation.responses) || Object.keys(operation.responses).length === 0)
        problems.push(`${method.toUpperCase()} ${path} has no responses`);
    }
  }
  if (problems.length > 0) throw new BuildError(`${rel(file)} cannot be documented: ${problems.join('; ')}.`);
  return operations;
}

/** The Model must describe exactly the spec's operations: one written from an older bundle would mislabel samples. */
function checkModel(model: unknown, operations: Found[], file: string): Model {
  if (!isObject(model) || !Array.isArray(model.operations) || typeof model.serverUrl !== 'string') {
    throw new BuildError(`${rel(file)} is not an operation model (no "operations" list or "serverUrl").`);
  }
  const typed = model as unknown as Model;
  const key = (method: string, path: string, id: unknown) =>
    `${method.toUpperCase()} ${path} (${String(id)})`;
  const inSpec = operations.map((o) => key(o.method, o.path, o.operation.operationId)).sort();
  const inModel = typed.operations.map((o) => key(o.method, o.path, o.id)).sort();
  if (JSON.stringify(inSpec) !== JSON.stringify(inModel)) {
    throw new BuildError(
      `${rel(file)} does not match the spec (spec: ${inSpec.join(', ')}; model: ${inModel.join(', ') || 'none'}): ` +
        'it is stale, rebuild it from the bundled spec (pnpm spec:bundle).',
    );
  }
  return typed;
}

function addCodeSamples(document: Document, model: Model, specFile: string): void {
  for (const op of model.operations) {
    let samples: CodeSample[];
    try {
      samples = codeSamples(model, op, CLIENT_PACKAGE);
    } catch (error) {
      if (error instanceof SampleError)
        throw new BuildError(`code samples: ${error.message}\n  at ${rel(specFile)}#${error.pointer}`);
      throw error;
    }
    document.paths[op.path][op.method]['x-codeSamples'] = samples;
  }
}

/**
 * Redoc options. Redoc 3 shows only the `x-codeSamples` whose label is in `codeSamples.languages` (its default
 * list has curl but no TypeScript), so the list is made from the samples themselves, plus the request payload.
 * No telemetry: the page must not call home.
 */
function redocOptions(document: Document) {
  const languages = new Map<string, { lang: string; label: string }>();
  for (const { operation } of listOperations(document)) {
    for (const { lang, label } of (operation['x-codeSamples'] as CodeSample[] | undefined) ?? [])
      languages.set(label, { lang, label });
  }
  return {
    disableTelemetry: true,
    hideLoading: true,
    codeSamples: { languages: [...languages.values(), { lang: 'Payload' }] },
  };
}

/** `status name` → the label Redoc shows for each response example (its summary, else its name). */
function exampleLabels(model: Model): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const op of model.operations) {
    for (const response of op.responses) {
      for (const example of response.examples)
        labels[`${response.status} ${example.name}`] = example.summary ?? example.name;
    }
  }
  return labels;
}

/** Replaces `target` with `source` as one rename, keeping the previous folder until the swap succeeded. */
async function swapInto(source: string, target: string) {
  const previous = `${target}.previous-${process.pid}`;
  await rm(previous, { recursive: true, force: true });
  try {
    await rename(target, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(source, target);
  } catch (error) {
    await rename(previous, target).catch(() => {});
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}

/** Runs redocly on the staged spec and returns the checked, self-contained page. */
async function renderPage(
  document: Document,
  model: Model,
  version: string,
  specJson: string,
): Promise<string> {
  // Run from an empty folder so no redocly.yaml (the spec's lint config) changes the rendering.
  const scratch = await mkdtemp(join(tmpdir(), 'lr-mfa-docs-'));
  try {
    const page = join(scratch, 'index.html');
    const options = join(scratch, 'redoc-options.json');
    await writeFile(options, JSON.stringify(redocOptions(document)));
    const redocly = join(packageDir, 'node_modules/.bin/redocly');
    const title = `${document.info.title} API reference (v${version})`;
    const result = await run(
      redocly,
      ['build-docs', specJson, '--inlineBundle', '--output', page, '--title', title, '--openapi', options],
      { cwd: scratch },
    );
    if (result.code !== 0) {
      // Drop redocly's boxed banners; keep what it says went wrong.
      const output = `${result.stdout}${result.stderr}`
        .split('\n')
        .filter((l) => !/[║╔╚]/.test(l))
        .join('\n')
        .trim();
      throw new BuildError(`redocly build-docs exited with code ${result.code}:\n${output}`);
    }
    const html = addScripts(selfContain(await readFile(page, 'utf8')), exampleLabels(model));
    checkPage(
      html,
      document,
      model.operations.map((o) => ({ path: o.path, method: o.method, operationId: o.id })),
    );
    return html;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The file's text, or undefined when it does not exist (a spec without an API changelog page). */
async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The reference as text (codegen/markdown): operation pages, overview, changelog, llms.txt, llms-full.txt. */
function textFiles(model: Model, document: Document, specFile: string, changelog?: string): TextFile[] {
  try {
    const { title, version, summary, description } = document.info;
    return markdownFiles(model, { title, version, summary, description, changelog }, CLIENT_PACKAGE);
  } catch (error) {
    // A sample the pages show failed already in addCodeSamples; what is left is a page's own problem.
    if (error instanceof MarkdownError)
      throw new BuildError(`markdown pages: ${error.message}\n  at ${rel(specFile)}#${error.pointer}`);
    throw error;
  }
}

interface BuildOptions {
  spec: string;
  model: string;
  out: string;
  changelog: string;
}

async function build({ spec: specFile, model: modelFile, out: outDir, changelog }: BuildOptions) {
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  const hint = 'bundle the spec first (pnpm spec:bundle, or pnpm build)';
  const document: Document = await readJson(specFile, 'the bundled OpenAPI document', hint);
  const operations = checkDocument(document, specFile);
  const model = checkModel(await readJson(modelFile, 'the operation model', hint), operations, modelFile);
  document.info.version = version;
  addCodeSamples(document, model, specFile);

  // Same filesystem as dist/, so the final swap is a rename.
  await mkdir(dirname(outDir), { recursive: true });
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-staging-`));
  try {
    await chmod(staging, 0o755); // mkdtemp makes it private; dist/ is a normal folder
    await writeFile(join(staging, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
    await writeFile(
      join(staging, 'openapi.yaml'),
      stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }),
    );
    const text = textFiles(model, document, specFile, await readOptional(changelog));
    await mkdir(join(staging, 'operations'));
    for (const file of text) await writeFile(join(staging, file.path), file.content);
    const html = await renderPage(document, model, version, join(staging, 'openapi.json'));
    await writeFile(join(staging, 'index.html'), html);
    await swapInto(staging, outDir);
    return ['index.html', 'openapi.json', 'openapi.yaml', ...text.map((f) => f.path)];
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: join(repoRoot, 'build/spec/openapi.json') },
    model: { type: 'string', default: join(repoRoot, 'build/spec/model.json') },
    out: { type: 'string', default: join(packageDir, 'dist') },
    changelog: { type: 'string', default: join(repoRoot, 'spec/docs/api-changelog.md') },
  },
});
const outDir = resolve(values.out);
const name = `build docs ${rel(outDir)}`;
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
console.log(`▶ ${name}`);
try {
  const written = await build({
    spec: resolve(values.spec),
    model: resolve(values.model),
    out: outDir,
    changelog: resolve(values.changelog),
  });
  // One line per page would be a thousand for a large spec: the operation pages are summed.
  const pages = written.filter((f) => f.startsWith('operations/'));
  const size = async (files: string[]) =>
    (await Promise.all(files.map((f) => stat(join(outDir, f))))).reduce((n, s) => n + s.size, 0);
  for (const file of written.filter((f) => !pages.includes(f)))
    console.log(`  → ${rel(join(outDir, file))} (${((await size([file])) / 1024).toFixed(1)} kB)`);
  console.log(
    `  → ${rel(join(outDir, 'operations'))}/ (${pages.length} pages, ${((await size(pages)) / 1024).toFixed(1)} kB)`,
  );
  console.log(`✔ ${name} in ${seconds()}s`);
} catch (error) {
  console.error(`✖ ${name} failed after ${seconds()}s`);
  const expected = error instanceof BuildError || error instanceof PageError;
  console.error(expected ? (error as Error).message : ((error as Error).stack ?? String(error)));
  console.error('  the previous dist/ was left as it was.');
  process.exitCode = 1;
}

// The one spec loader. Every pipeline step reads the spec through it: a YAML syntax pre-pass, the strict lint
// (root redocly.yaml, the `lr-mfa` plugin included), and the bundle, all through @redocly/openapi-core's API on
// one resolver, so each file is read and parsed once. It also maps a JSON pointer of the bundled document back to
// the spec file and line it came from: the bundler moves the parsed nodes themselves into the bundle (same
// objects, `$ref`s rewritten), so every node remembers the file and pointer where the resolver parsed it.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  BaseResolver,
  bundleDocument,
  type Config,
  type Document,
  detectSpec,
  escapePointerFragment,
  getLineColLocation,
  getTypes,
  type LocationObject,
  lintDocument,
  loadConfig,
  type NormalizedProblem,
  normalizeTypes,
  resolveDocument,
  type Source,
  unescapePointerFragment,
} from '@redocly/openapi-core';
import { parseDocument } from 'yaml';
import lrMfaPlugin from '../../../spec/plugins/lr-mfa.js';
import { rel, root, StepError } from './step.js';

export const REDOCLY_CONFIG = join(root, 'redocly.yaml');

/** One problem in the spec, at a file and line when one is known. */
export interface SpecProblem {
  /** Path relative to the working directory (`spec/paths/x.yaml`), or `#/json/pointer` of the bundle. */
  file: string;
  line?: number;
  col?: number;
  severity: 'error' | 'warning';
  rule: string;
  message: string;
}

export const formatProblem = (p: SpecProblem) =>
  `${p.line === undefined ? p.file : `${p.file}:${p.line}:${p.col ?? 1}`} ${p.severity} ${p.rule} ${p.message}`;

/** The spec is broken: every problem found, each printed as `file:line:col severity rule message`. */
export class SpecError extends StepError {
  constructor(
    readonly problems: SpecProblem[],
    summary: string,
  ) {
    super(`${problems.map(formatProblem).join('\n')}\n${summary}`);
  }
}

export interface SourcePosition {
  /** Absolute path of the spec file. */
  path: string;
  line: number;
  col: number;
}

export interface LoadedSpec {
  /** Absolute path of the entry file. */
  entry: string;
  /** The bundled document as plain JSON data (a private copy: callers may not change the loader's). */
  document: Record<string, unknown>;
  /** Every spec file the bundle was made from (absolute paths). */
  files: string[];
  /** The spec file and position a JSON pointer of the bundled document (`/paths/~1x/get`) came from. */
  locate(pointer: string): SourcePosition | undefined;
  /** `spec/paths/x.yaml:12:5`, or `#/the/pointer` when the position is unknowable. */
  where(pointer: string): string;
}

export interface LoadOptions {
  /** Run the strict lint (default true); bundling alone serves old specs, e.g. the last release's. */
  lint?: boolean;
  /** redocly.yaml to lint with (default: the repository's). */
  config?: string;
}

/** Every YAML file of a spec tree (its tests and plugins hold no spec YAML). */
async function specYamlFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!['node_modules', 'tests', 'plugins'].includes(entry.name))
        files.push(...(await specYamlFiles(path)));
    } else if (/\.ya?ml$/.test(entry.name)) {
      files.push(path);
    }
  }
  return files;
}

/**
 * YAML syntax problems, duplicate keys included, of every file in the spec's folder, even files nothing
 * references yet: the resolver would only report a broken file at the `$ref` that reaches it.
 */
async function yamlProblems(files: string[]): Promise<SpecProblem[]> {
  const problems: SpecProblem[] = [];
  for (const file of files) {
    const doc = parseDocument(await readFile(file, 'utf8'), { prettyErrors: true, uniqueKeys: true });
    for (const [severity, list] of [
      ['error', doc.errors],
      ['warning', doc.warnings],
    ] as const) {
      for (const error of list) {
        const start = error.linePos?.[0] ?? { line: 1, col: 1 };
        // prettyErrors appends " at line L, column C:" and a code frame; the position is printed up front.
        const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        problems.push({
          file: rel(file),
          line: start.line,
          col: start.col,
          severity,
          rule: 'yaml-syntax',
          message,
        });
      }
    }
  }
  return problems;
}

const isNode = (value: unknown): value is object => typeof value === 'object' && value !== null;

interface Origin {
  source: Source;
  /** `#/a/b` pointer inside that source (`#/` is its root). */
  pointer: string;
}

/** Records where every object or array of a parsed (not yet bundled) document sits in its file. */
function indexOrigins(document: Document, into: WeakMap<object, Origin>): void {
  const walk = (node: unknown, pointer: string) => {
    if (!isNode(node) || into.has(node)) return;
    into.set(node, { source: document.source, pointer });
    for (const [key, value] of Object.entries(node)) {
      walk(
        value,
        pointer === '#/' ? `#/${escapePointerFragment(key)}` : `${pointer}/${escapePointerFragment(key)}`,
      );
    }
  };
  walk(document.parsed, '#/');
}

function position(location: LocationObject): { line: number; col: number } | undefined {
  try {
    const { start } = getLineColLocation(location);
    return { line: start.line, col: start.col };
  } catch {
    return undefined;
  }
}

function toProblem(problem: NormalizedProblem): SpecProblem {
  const location = problem.location[0];
  const at = location ? position(location) : undefined;
  return {
    file: location ? rel(location.source.absoluteRef) : '?',
    ...(at ?? {}),
    severity: problem.severity === 'warn' ? 'warning' : 'error',
    rule: problem.ruleId,
    // Messages can span lines (suggestions, references); one line per problem keeps `file:line` greppable.
    message: problem.message
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('Reference:'))
      .join(' '),
  };
}

/** JSON pointers (`#/…: ref`) of every `$ref` that still points outside the document. */
function externalRefs(node: unknown, pointer = '#', found: string[] = []): string[] {
  if (!isNode(node)) return found;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && !value.startsWith('#'))
      found.push(`${pointer}: ${value}`);
    else externalRefs(value, `${pointer}/${escapePointerFragment(key)}`, found);
  }
  return found;
}

async function redoclyConfig(path: string): Promise<Config> {
  try {
    // The house rules' plugin is handed over as an object, not named in redocly.yaml: redocly would load a named
    // plugin with Node's own import(), which cannot read TypeScript outside tsx (under vitest, for one).
    return await loadConfig({ configPath: path, plugins: [lrMfaPlugin()] });
  } catch (error) {
    throw new StepError(
      `cannot load ${rel(path)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Where a pointer into the bundle `live` came from: the deepest node on its path that a spec file holds (the
 * bundler moves nodes but keeps the objects `origins` indexed), plus the rest of the path inside that file.
 */
function locator(live: Record<string, unknown>, origins: WeakMap<object, Origin>) {
  return (pointer: string): SourcePosition | undefined => {
    const segments = pointer.replace(/^#/, '').split('/').slice(1);
    let node: unknown = live;
    let best = origins.get(live);
    let matched = 0;
    for (const [i, segment] of segments.entries()) {
      node = isNode(node) ? (node as Record<string, unknown>)[unescapePointerFragment(segment)] : undefined;
      if (node === undefined) break;
      const origin = isNode(node) ? origins.get(node) : undefined;
      if (origin) {
        best = origin;
        matched = i + 1;
      }
    }
    if (!best) return undefined;
    const rest = segments.slice(matched);
    const inSource =
      rest.length === 0
        ? best.pointer
        : best.pointer === '#/'
          ? `#/${rest.join('/')}`
          : `${best.pointer}/${rest.join('/')}`;
    const at = position({ source: best.source, pointer: inSource, reportOnKey: true });
    return at ? { path: best.source.absoluteRef, ...at } : undefined;
  };
}

/**
 * Loads the spec: YAML pre-pass, strict lint (any problem, warnings included, fails), bundle. Throws a
 * SpecError listing every problem with its file and line, or a StepError for a failure outside the spec.
 */
export async function loadSpec(
  entry: string,
  { lint = true, config }: LoadOptions = {},
): Promise<LoadedSpec> {
  const syntax = await yamlProblems(await specYamlFiles(dirname(entry)));
  if (syntax.length > 0) {
    throw new SpecError(syntax, `${syntax.length} YAML problem(s); fix them before the OpenAPI lint runs.`);
  }
  const redocly = await redoclyConfig(config ?? REDOCLY_CONFIG);
  const resolver = new BaseResolver(redocly.resolve);
  const rootDocument = await resolver.resolveDocument(null, entry, true);
  if (rootDocument instanceof Error)
    throw new StepError(`cannot read the spec ${rel(entry)}: ${rootDocument.message}`);

  if (lint) {
    const problems = (
      await lintDocument({ document: rootDocument, config: redocly, externalRefResolver: resolver })
    )
      .filter((p) => !p.ignored)
      .map(toProblem);
    if (problems.length > 0)
      throw new SpecError(problems, `${problems.length} problem(s) in the spec (warnings count).`);
  }

  // Resolve every file into the resolver's cache (the lint already did; then this costs nothing) and index
  // them before bundling: the bundler rewrites `$ref`s and moves nodes, but keeps the objects.
  const specVersion = detectSpec(rootDocument.parsed);
  const types = getTypes(specVersion);
  const rootType = normalizeTypes(redocly.extendTypes(types, specVersion), redocly).Root;
  if (!rootType) throw new StepError(`${rel(entry)} is not an OpenAPI document redocly knows`);
  await resolveDocument({ rootDocument, rootType, externalRefResolver: resolver });
  const origins = new WeakMap<object, Origin>();
  const files: string[] = [];
  for (const pending of resolver.cache.values()) {
    const document = await pending.catch((error: Error) => error);
    if (document instanceof Error) continue;
    indexOrigins(document, origins);
    files.push(document.source.absoluteRef);
  }
  const { bundle, problems } = await bundleDocument({
    document: rootDocument,
    config: redocly,
    types,
    externalRefResolver: resolver,
  });
  // Warnings count here too: a renamed component (two files of one name) would give generators `Name-2`.
  const bundleProblems = problems.filter((p) => !p.ignored).map(toProblem);
  if (bundleProblems.length > 0) {
    throw new SpecError(bundleProblems, `${bundleProblems.length} problem(s) while bundling the spec.`);
  }
  const live = bundle.parsed as Record<string, unknown>;
  const leftovers = externalRefs(live);
  if (leftovers.length > 0)
    throw new StepError(`the bundle still has external $refs:\n  ${leftovers.join('\n  ')}`);

  const locate = locator(live, origins);

  return {
    entry,
    document: JSON.parse(JSON.stringify(live)),
    files,
    locate,
    where(pointer) {
      const at = locate(pointer);
      return at ? `${rel(at.path)}:${at.line}:${at.col}` : `#${pointer.replace(/^#/, '')}`;
    },
  };
}

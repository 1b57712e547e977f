// Packaging gate: every published package is checked as consumers get it, from its packed tarball.
//   tsx scripts/check-packages.ts [packages/<dir> | @lr-mfa/<name> ...]
// For each non-private package under packages/ (or the ones named): `pnpm pack` into a temp folder,
// check the packed manifest and file list (files, exports with `types` conditions, sideEffects,
// engines, repository, README, LICENSE, CHANGELOG, provenance, a source map beside every bundle, no
// workspace:/catalog: specifiers left), then run
// `publint --strict` and `attw` (are-the-types-wrong) on the tarball in every resolution mode.
// Run after `pnpm build`: the tarball holds dist/, which this script never builds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bin, root, run, runStep, StepError } from '@lr-mfa/codegen/step';

/** The resolution modes attw checks; each maps to how a kind of consumer resolves the package. */
export const MODES = ['node10', 'node16-cjs', 'node16-esm', 'bundler'] as const;
export type Mode = (typeof MODES)[number];

// biome-ignore lint/suspicious/noExplicitAny: package manifests and attw reports are read as untyped JSON
type Json = any;

/** entry point → resolution mode → the file TypeScript resolved. */
export type Modes = Record<string, Partial<Record<Mode, string>>>;

export interface PackageCheck {
  dirName: string;
  name?: string;
  version?: string;
  files?: string[];
  modes?: Modes;
  esmOnly?: string;
  assetsOnly?: boolean;
  problems: string[];
}

/**
 * Packages that are deliberately ESM-only, with the reason. attw's `esm-only` profile skips the
 * node10 and node16-CJS modes for them (a CJS consumer cannot `require` them by design). Every
 * package here ships CJS too, so the map is empty: all four modes are checked everywhere.
 */
export const ESM_ONLY = new Map<string, string>();

const JS_FILE = /\.(c|m)?js$/;

/** Non-private packages under packages/, as { dir, name }. */
export function listPackages(): { dir: string; name: string }[] {
  const base = join(root, 'packages');
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'package.json')))
    .map((d) => ({
      dir: join(base, d.name),
      manifest: JSON.parse(readFileSync(join(base, d.name, 'package.json'), 'utf8')),
    }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ dir, name: manifest.name }));
}

/** Checks the packed manifest; returns a list of problems in plain words. */
export function checkManifest(
  manifest: Json,
  dirName: string,
  files: string[],
  codeFree: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  need(typeof manifest.description === 'string' && manifest.description.length > 0, 'no "description"');
  need(typeof manifest.license === 'string', 'no "license"');
  need(
    manifest.type === 'module' || manifest.type === 'commonjs',
    '"type" is not set to "module" or "commonjs"',
  );
  need(
    Array.isArray(manifest.files) && manifest.files.length > 0,
    'no "files" allow-list (everything in the folder would be published)',
  );
  need(
    typeof manifest.sideEffects === 'boolean' || Array.isArray(manifest.sideEffects),
    'no "sideEffects" (bundlers cannot tree-shake it)',
  );
  need(typeof manifest.engines?.node === 'string', 'no "engines.node"');
  const repo = manifest.repository;
  need(
    typeof repo === 'object' && typeof repo?.url === 'string' && repo.url.length > 0,
    'no "repository" object with a url',
  );
  need(repo?.directory === `packages/${dirName}`, `"repository.directory" is not "packages/${dirName}"`);

  if (typeof manifest.exports !== 'object' || manifest.exports === null) {
    problems.push('no "exports" map');
  } else {
    need(
      manifest.exports['./package.json'] === './package.json',
      '"./package.json" is not exported (tools read it)',
    );
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      for (const problem of checkConditions(target)) problems.push(`exports["${subpath}"]: ${problem}`);
    }
  }

  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dep, range] of Object.entries<string>(manifest[field] ?? {})) {
      need(
        !/^(workspace|catalog|link|file):/.test(range),
        `${field}.${dep} is "${range}" in the tarball (not installable)`,
      );
      if (dep.startsWith('@lr-mfa/') && field === 'dependencies') {
        need(
          range === manifest.version,
          `${field}.${dep} is "${range}", not this release's version ${manifest.version}`,
        );
      }
    }
  }

  const has = (name: string) => files.some((f) => f.toLowerCase() === name.toLowerCase());
  need(has('README.md'), 'README.md is not in the tarball');
  need(has('LICENSE'), 'LICENSE is not in the tarball');
  need(has('CHANGELOG.md'), 'CHANGELOG.md is not in the tarball (add it to "files")');
  need(
    manifest.publishConfig?.provenance === true,
    'no "publishConfig.provenance": true (the registry could not show where the tarball was built)',
  );
  // Consumers' stack traces and debuggers map our bundles back to TypeScript only when each one has its map.
  // A file with no code of its own (see `hasNoCode`) has nothing to map.
  const unmapped = files.filter((f) => JS_FILE.test(f) && !codeFree.has(f) && !files.includes(`${f}.map`));
  need(unmapped.length === 0, `no source map beside ${unmapped.join(', ')}`);
  const stray = files.filter((f) =>
    /(^|\/)(test|tests|__tests__|node_modules)\/|\.test\.|\.tsbuildinfo$|(^|\/)tsconfig[^/]*\.json$/.test(f),
  );
  need(stray.length === 0, `test or build files in the tarball: ${stray.join(', ')}`);
  return problems;
}

/**
 * Every condition object that leads to JavaScript must offer a `types` condition, listed first
 * (TypeScript picks the first matching condition, so a later `types` is ignored).
 */
function checkConditions(target: Json, path = ''): string[] {
  if (typeof target === 'string' || target === null) return [];
  if (Array.isArray(target)) return target.flatMap((t) => checkConditions(t, path));
  const problems: string[] = [];
  const keys = Object.keys(target);
  const leadsToJs = keys.some((k) => k !== 'types' && reachesJs(target[k]));
  if (
    leadsToJs &&
    !keys.includes('types') &&
    !keys.every((k) => typeof target[k] === 'object' && target[k] !== null)
  ) {
    problems.push(`${path || 'conditions'} have no "types" condition`);
  }
  if (keys.includes('types') && keys[0] !== 'types')
    problems.push(`${path || 'conditions'}: "types" is not the first condition`);
  for (const k of keys) problems.push(...checkConditions(target[k], path ? `${path}.${k}` : k));
  return problems;
}

const reachesJs = (t: Json): boolean =>
  typeof t === 'string'
    ? JS_FILE.test(t)
    : Array.isArray(t)
      ? t.some(reachesJs)
      : t
        ? Object.values(t).some(reachesJs)
        : false;

// The statements a JS file may hold and still have no code of its own: importing and re-exporting sibling
// files, as ESM (`import { a } from "./chunk.js"; export { a };`) or as the CommonJS bundlers emit it
// (`const require_chunk = require("./chunk.cjs"); exports.a = require_chunk.a;`).
const RELATIVE = String.raw`["']\.\.?/[^"'\n]+["']`;
const NO_CODE_STATEMENTS = [
  `["']use strict["']`,
  String.raw`import\s*\{[^}]*\}\s*from\s*${RELATIVE}`,
  String.raw`export\s*\{[^}]*\}(\s*from\s*${RELATIVE})?`,
  String.raw`export\s*\*\s*(as\s+[\w$]+\s*)?from\s*${RELATIVE}`,
  String.raw`Object\.defineProperty\(exports,\s*Symbol\.toStringTag,\s*\{\s*value:\s*["']Module["']\s*\}\)`,
  String.raw`(const|let|var)\s+[\w$]+\s*=\s*require\(${RELATIVE}\)`,
  String.raw`exports\.[\w$]+\s*=\s*[\w$]+\.[\w$]+`,
].map((statement) => new RegExp(String.raw`^\s*${statement}\s*;?\s*$`, 'gm'));

/**
 * Whether a JS file has no code of its own, so no line of it can show in a stack trace: an empty module (a
 * types-only package's JS entry) or an entry that only re-exports sibling chunks (a bundler's facade: what
 * an entry becomes when all of its code is shared with another entry). Anything else counts as code.
 */
export function hasNoCode(text: string): boolean {
  return NO_CODE_STATEMENTS.reduce((rest, statement) => rest.replace(statement, ''), text).trim() === '';
}

/** Packs one package and runs every check; never throws for a failed check (see `problems`). */
export async function checkPackage(dir: string): Promise<PackageCheck> {
  const dirName = basename(dir);
  const out = mkdtempSync(join(tmpdir(), `lr-mfa-pack-${dirName}-`));
  try {
    const packed = await run('pnpm', ['pack', '--json', '--pack-destination', out], { cwd: dir });
    if (packed.code !== 0)
      return { dirName, problems: [`pnpm pack failed:\n${packed.stdout}${packed.stderr}`] };
    const { name, version, filename } = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('{')));
    const tarball = filename;
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
    );
    // Only the JS files shipped without a map are read, to see whether they have code of their own.
    const codeFree = new Set(
      files
        .filter((f) => JS_FILE.test(f) && !files.includes(`${f}.map`))
        .filter((f) =>
          hasNoCode(execFileSync('tar', ['-xzOf', tarball, `package/${f}`], { encoding: 'utf8' })),
        ),
    );
    const problems = checkManifest(manifest, dirName, files, codeFree);
    problems.push(...declarationMapProblems(tarball, files));

    const publint = await run(bin('publint'), ['run', '--strict', tarball], { cwd: out });
    if (publint.code !== 0) problems.push(`publint --strict:\n${indent(publint.stdout + publint.stderr)}`);

    const esmOnly = ESM_ONLY.get(name);
    const attwArgs = [
      tarball,
      '--format',
      'json',
      '--no-color',
      ...(esmOnly ? ['--profile', 'esm-only'] : []),
    ];
    const attw = await run(bin('attw'), attwArgs, { cwd: out });
    let modes: Modes = {};
    let assetsOnly = false;
    try {
      const report = JSON.parse(attw.stdout);
      modes = summariseModes(report.analysis);
      if (attw.code !== 0) problems.push(`attw: ${describeAttwProblems(report)}`);
      // attw has nothing to resolve in a package of plain assets (HTML, JSON, YAML); one that ships
      // JavaScript must ship types for it.
      if (report.analysis?.types === false) {
        if (reachesJs(manifest.exports) || reachesJs(manifest.main ?? null))
          problems.push('attw: ships JavaScript but no types');
        else assetsOnly = true;
      }
    } catch {
      problems.push(
        `attw did not produce a report (exit ${attw.code}):\n${indent(attw.stdout + attw.stderr)}`,
      );
    }
    const checkedModes: readonly Mode[] = esmOnly ? ['node16-esm', 'bundler'] : MODES;
    for (const [entry, byMode] of Object.entries(modes)) {
      for (const mode of checkedModes) {
        if (byMode[mode] === undefined) problems.push(`attw: "${entry}" does not resolve in ${mode}`);
      }
    }
    return { dirName, name, version, files, modes, esmOnly, assetsOnly, problems };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Declaration maps send go-to-definition to the TypeScript source, so every source a map names must be in the
 * tarball too (TypeScript reads the file; the maps carry no source text).
 */
function declarationMapProblems(tarball: string, files: string[]): string[] {
  const problems: string[] = [];
  for (const map of files.filter((f) => /\.d\.[cm]?ts\.map$/.test(f))) {
    const { sources = [] } = JSON.parse(
      execFileSync('tar', ['-xzOf', tarball, `package/${map}`], { encoding: 'utf8' }),
    );
    const missing = (sources as string[])
      .map((source) => posix.normalize(posix.join(posix.dirname(map), source)))
      .filter((source) => !files.includes(source));
    if (missing.length) problems.push(`${map} points at sources not in the tarball: ${missing.join(', ')}`);
  }
  return problems;
}

/** entrypoint → mode → the file TypeScript resolved (or undefined when it resolved nothing). */
function summariseModes(analysis: Json): Modes {
  const out: Modes = {};
  for (const [entry, info] of Object.entries<Json>(analysis?.entrypoints ?? {})) {
    const byMode: Partial<Record<Mode, string>> = {};
    out[entry] = byMode;
    for (const mode of MODES) {
      const file: string | undefined = info.resolutions?.[mode]?.resolution?.fileName;
      if (file) byMode[mode] = file.replace(/^\/node_modules\/[^/]+\/[^/]+\//, '');
    }
  }
  return out;
}

function describeAttwProblems(report: Json): string {
  const problems = Array.isArray(report.analysis?.problems) ? report.analysis.problems : [];
  if (problems.length === 0) return 'failed without listing problems';
  return problems
    .map(
      (p: Json) =>
        `${p.kind}${p.entrypoint ? ` at "${p.entrypoint}"` : ''}${p.resolutionKind ? ` (${p.resolutionKind})` : ''}`,
    )
    .join('; ');
}

const indent = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

async function main(args: string[]): Promise<void> {
  const all = listPackages();
  const chosen = args.length
    ? args.map((a) => all.find((p) => p.name === a || relative(root, p.dir) === a.replace(/\/$/, '')) ?? a)
    : all;
  const unknown = chosen.filter((p) => typeof p === 'string');
  if (unknown.length) throw new StepError(`not a publishable package under packages/: ${unknown.join(', ')}`);
  const failures: string[] = [];
  for (const pkg of chosen) {
    if (typeof pkg === 'string') continue;
    await runStep(`check ${pkg.name}`, async () => {
      const result = await checkPackage(pkg.dir);
      for (const [entry, byMode] of Object.entries(result.modes ?? {})) {
        console.log(`  ${entry.padEnd(16)} ${MODES.map((m) => `${m}: ${byMode[m] ?? '✗'}`).join('  ')}`);
      }
      if (result.assetsOnly)
        console.log('  no JavaScript entry points (assets only): nothing for attw to resolve');
      if (result.esmOnly) console.log(`  ESM-only (attw --profile esm-only): ${result.esmOnly}`);
      if (result.problems.length) {
        failures.push(pkg.name);
        console.log(result.problems.map((p) => `  ✗ ${p}`).join('\n'));
      } else {
        console.log(`  ${result.files?.length ?? 0} files; publint --strict and attw clean`);
      }
      return undefined; // a check: it writes no files
    });
  }
  if (failures.length) throw new StepError(`packaging problems in ${failures.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runStep('check packages', () => main(process.argv.slice(2)).then(() => []));
}

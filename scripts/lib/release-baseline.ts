// The release side of the breaking-change gates: where the last released spec and consumer type tests come
// from, and what bump the pending changesets (or versions already applied by `changeset version`) promise.
//
// The baseline lives in the tree, in `released/` (see RELEASED_DIR): `pnpm version-packages`
// writes it when it cuts a release, so every clone — shallow, tagless, a fork — has it, and CI fails when it
// is missing instead of passing with nothing to compare.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { root, run, StepError } from '@lr-mfa/codegen/step';
import { parse } from 'yaml';
import { type Level, maxLevel } from './spec-diff/index.js';

/** Packages whose release the spec governs (a changesets `fixed` group: they are released together). */
export const SCOPE = '@lr-mfa/';
/** What the last `pnpm version-packages` stored: the bundled spec, its version, the consumer type tests. */
export const RELEASED_DIR = 'released';
export const RELEASED_SPEC = `${RELEASED_DIR}/openapi.json`;
export const RELEASED_MANIFEST = `${RELEASED_DIR}/release.json`;
export const RELEASED_TYPE_TESTS = `${RELEASED_DIR}/type-tests`;

/** `release.json`: the version the stored baseline was released as. */
export interface ReleaseManifest {
  version: string;
}

export type OpenApiDocument = Record<string, unknown> & { openapi: string };

export interface Baseline {
  doc: OpenApiDocument;
  label: string;
  version?: string;
}

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The bump that leads from one version to another: `major`, `minor`, `patch` or `none`. */
export function bumpBetween(from: string, to: string): Level {
  const a = SEMVER.exec(from);
  const b = SEMVER.exec(to);
  if (!a || !b) return 'none';
  for (const [i, level] of [
    [1, 'major'],
    [2, 'minor'],
    [3, 'patch'],
  ] as const) {
    if (Number(b[i]) > Number(a[i])) return level;
    if (Number(b[i]) < Number(a[i])) return 'none';
  }
  return 'none';
}

async function git(repo: string, ...args: string[]): Promise<string | null> {
  const r = await run('git', args, { cwd: repo });
  return r.code === 0 ? r.stdout.trim() : null;
}

/** Does a parsed document still hold `$ref`s to other files (i.e. is it not a bundle)? */
function hasExternalRefs(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasExternalRefs);
  if (!node || typeof node !== 'object') return false;
  return Object.entries(node).some(([k, v]) =>
    k === '$ref' && typeof v === 'string' ? !v.startsWith('#') : hasExternalRefs(v),
  );
}

/**
 * Bundles a split spec with the pipeline's own loader (same tool and settings as the build), lint off: an old
 * spec is compared as it was, not judged by today's rules. Imported when needed: the changeset checks that use
 * this module never bundle, and need not load redocly.
 */
async function bundle(specFile: string): Promise<OpenApiDocument> {
  try {
    const { loadSpec } = await import('@lr-mfa/codegen/spec');
    return (await loadSpec(specFile, { lint: false })).document as OpenApiDocument;
  } catch (error) {
    throw new StepError(
      `could not bundle the baseline spec ${specFile}:\n${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** A spec file: a bundle (JSON or YAML) is read as is; a split spec is bundled first. */
async function loadSpecFile(file: string): Promise<OpenApiDocument> {
  const doc = parse(await readFile(file, 'utf8'));
  if (!doc || typeof doc !== 'object' || !doc.openapi)
    throw new StepError(`${file} is not an OpenAPI document`);
  return hasExternalRefs(doc) ? bundle(file) : doc;
}

/** Where a bundled spec sits in a folder: a build output, an unpacked @lr-mfa/docs, a checkout. */
const SPEC_IN_DIR = [
  'openapi.json',
  'dist/openapi.json',
  'package/dist/openapi.json',
  'build/spec/openapi.json',
  'openapi.yaml',
  'spec/openapi.yaml',
];

/** The bundled spec of a git revision: its `spec/` folder, bundled with today's bundle step. */
async function specAtRevision(repo: string, ref: string, scratch: string): Promise<OpenApiDocument | null> {
  if ((await git(repo, 'cat-file', '-e', `${ref}:spec/openapi.yaml`)) === null) return null;
  const tar = join(scratch, 'spec.tar');
  const archived = await run('git', ['archive', '--format=tar', '-o', tar, ref, 'spec'], { cwd: repo });
  if (archived.code !== 0) throw new StepError(`git archive ${ref} spec failed:\n${archived.stderr}`);
  const extracted = await run('tar', ['-xf', tar, '-C', scratch]);
  if (extracted.code !== 0) throw new StepError(`could not unpack ${tar}:\n${extracted.stderr}`);
  return bundle(join(scratch, 'spec/openapi.yaml'));
}

/** The version the stored baseline was released as, or null when there is no stored baseline. */
export async function releasedVersion(repo = root): Promise<string | null> {
  const file = join(repo, RELEASED_MANIFEST);
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Partial<ReleaseManifest>;
  return typeof manifest.version === 'string' && SEMVER.test(manifest.version) ? manifest.version : null;
}

/**
 * The spec to compare against. Without `base`, the stored baseline of `repo` (RELEASED_SPEC); its absence is
 * an error, never a pass. `base` overrides it: a file (bundled or split spec, or an npm tarball of
 * @lr-mfa/docs), a folder (see SPEC_IN_DIR) or a git revision.
 */
export async function loadBaseline(base: string | undefined, repo = root): Promise<Baseline> {
  const scratch = await mkdtemp(join(tmpdir(), 'lr-mfa-spec-base-'));
  try {
    if (base === undefined) {
      const file = join(repo, RELEASED_SPEC);
      const version = await releasedVersion(repo);
      if (!existsSync(file) || version === null) {
        throw new StepError(
          `no released spec to compare with: ${RELEASED_SPEC} or ${RELEASED_MANIFEST} is missing.\n` +
            '`pnpm version-packages` stores them with every release; restore them from the last release ' +
            'commit, or pass --base <file|dir|tarball|git-ref> to name the baseline.',
        );
      }
      return {
        doc: await loadSpecFile(file),
        label: `${RELEASED_SPEC} (released ${version})`,
        version,
      };
    }
    const path = resolve(base);
    if (existsSync(path) && statSync(path).isFile()) {
      if (/\.(tgz|tar\.gz)$/.test(path)) {
        const r = await run('tar', ['-xzf', path, '-C', scratch, 'package/dist/openapi.json']);
        if (r.code !== 0) throw new StepError(`${base} holds no package/dist/openapi.json:\n${r.stderr}`);
        return { doc: await loadSpecFile(join(scratch, 'package/dist/openapi.json')), label: base };
      }
      return { doc: await loadSpecFile(path), label: base };
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      const found = SPEC_IN_DIR.map((f) => join(path, f)).find((f) => existsSync(f));
      if (!found) throw new StepError(`no spec in ${base} (looked for ${SPEC_IN_DIR.join(', ')})`);
      return { doc: await loadSpecFile(found), label: found };
    }
    if ((await git(repo, 'rev-parse', '--verify', '--quiet', `${base}^{commit}`)) === null) {
      throw new StepError(`--base ${base} is neither a file, a folder nor a git revision`);
    }
    const doc = await specAtRevision(repo, base, scratch);
    if (!doc) throw new StepError(`git revision ${base} has no spec/openapi.yaml`);
    return { doc, label: `git revision ${base}` };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

interface ChangesetRelease {
  name: string;
  type: string;
}
type ReadChangesets = (cwd: string) => Promise<{ id: string; releases: ChangesetRelease[] }[]>;

/** @changesets/read, resolved through the installed @changesets/cli (it is one of its dependencies). */
function changesetsReader(): ReadChangesets {
  const fromCli = createRequire(createRequire(import.meta.url).resolve('@changesets/cli/package.json'));
  return fromCli('@changesets/read').default;
}

export interface PendingRelease {
  id: string;
  name: string;
  type: Level;
}

/**
 * The highest bump the pending changesets declare for any @lr-mfa/* package.
 * Changesets already released as prereleases (listed in .changeset/pre.json) are not pending.
 */
export async function pendingChangesets(repo = root): Promise<{ bump: Level; releases: PendingRelease[] }> {
  if (!existsSync(join(repo, '.changeset'))) return { bump: 'none', releases: [] };
  const changesets = await changesetsReader()(repo);
  let released = new Set<string>();
  const pre = join(repo, '.changeset/pre.json');
  if (existsSync(pre)) released = new Set(JSON.parse(await readFile(pre, 'utf8')).changesets ?? []);
  const releases = changesets
    .filter((c) => !released.has(c.id))
    .flatMap((c) => c.releases.map((r) => ({ id: c.id, name: r.name, type: r.type as Level })))
    .filter((r) => r.name.startsWith(SCOPE));
  return { bump: maxLevel(...releases.map((r) => r.type)), releases };
}

/** The highest version among the workspace's @lr-mfa/* packages (a fixed group: they share one). */
export async function workspaceVersion(repo = root): Promise<string | null> {
  const dir = join(repo, 'packages');
  if (!existsSync(dir)) return null;
  let best: string | null = null;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(await readFile(file, 'utf8'));
    if (!pkg.name?.startsWith(SCOPE) || !SEMVER.test(pkg.version ?? '')) continue;
    if (best === null || bumpBetween(best, pkg.version) !== 'none') best = pkg.version;
  }
  return best;
}

/**
 * The release the branch promises: the pending changesets' highest bump, or the bump `changeset version`
 * already applied since the baseline's version. `sources` says where each part came from.
 */
export async function promisedRelease(
  baselineVersion: string | undefined,
  repo = root,
): Promise<{ bump: Level; sources: string[] }> {
  const pending = await pendingChangesets(repo);
  const current = await workspaceVersion(repo);
  const applied = baselineVersion && current ? bumpBetween(baselineVersion, current) : 'none';
  const sources = pending.releases.map((r) => `.changeset/${r.id}.md: ${r.name} ${r.type}`);
  if (applied !== 'none') sources.push(`versions: ${baselineVersion} → ${current} (${applied})`);
  return { bump: maxLevel(pending.bump, applied), sources };
}

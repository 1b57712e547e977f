// The release side of the breaking-change gate: where the last released spec comes from, and what bump the
// pending changesets (or versions already applied by `changeset version`) promise.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { maxLevel } from './spec-diff.mjs';
import { root, run, StepError } from './step.mjs';

/** Packages whose release the spec governs (a changesets `fixed` group: they are released together). */
export const SCOPE = '@lr-mfa/';
/** changesets tags a published package as `<name>@<version>`; the docs package ships the bundled spec. */
export const DOCS_TAG_PREFIX = '@lr-mfa/docs@';

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The bump that leads from one version to another: `major`, `minor`, `patch` or `none`. */
export function bumpBetween(from, to) {
  const a = SEMVER.exec(from);
  const b = SEMVER.exec(to);
  if (!a || !b) return 'none';
  for (const [i, level] of [
    [1, 'major'],
    [2, 'minor'],
    [3, 'patch'],
  ]) {
    if (Number(b[i]) > Number(a[i])) return level;
    if (Number(b[i]) < Number(a[i])) return 'none';
  }
  return 'none';
}

/** The version a release tag names (`@lr-mfa/docs@1.2.0`, `v1.2.0`), if it is one. */
function releaseVersion(ref) {
  const version = ref.startsWith(DOCS_TAG_PREFIX) ? ref.slice(DOCS_TAG_PREFIX.length) : ref.replace(/^v/, '');
  return SEMVER.test(version) ? version : undefined;
}

async function git(repo, ...args) {
  const r = await run('git', args, { cwd: repo });
  return r.code === 0 ? r.stdout.trim() : null;
}

/**
 * The newest release tag: `@lr-mfa/docs@<version>` (what `changeset publish` creates), else `v<version>`.
 * Versions are compared as versions (1.10.0 > 1.9.0), prereleases below their release.
 * @returns {Promise<{ tag: string, version: string } | null>}
 */
export async function findReleaseTag(repo = root) {
  for (const pattern of [`${DOCS_TAG_PREFIX}*`, 'v*']) {
    const out = await git(repo, '-c', 'versionsort.suffix=-', 'tag', '--list', pattern, '--sort=-v:refname');
    const tag = (out ?? '')
      .split('\n')
      .map((t) => t.trim())
      .find((t) => releaseVersion(t) !== undefined);
    if (tag) return { tag, version: releaseVersion(tag) };
  }
  return null;
}

/** Does a parsed document still hold `$ref`s to other files (i.e. is it not a bundle)? */
function hasExternalRefs(node) {
  if (Array.isArray(node)) return node.some(hasExternalRefs);
  if (!node || typeof node !== 'object') return false;
  return Object.entries(node).some(([k, v]) =>
    k === '$ref' && typeof v === 'string' ? !v.startsWith('#') : hasExternalRefs(v),
  );
}

/** Bundles a split spec with the repo's own bundle step (same tool and settings as the build). */
async function bundle(specFile, scratch) {
  const out = join(scratch, 'bundled');
  const r = await run(join(root, 'node_modules/.bin/tsx'), [
    join(root, 'scripts/bundle-spec.ts'),
    '--no-lint',
    '--spec',
    specFile,
    '--out',
    out,
  ]);
  if (r.code !== 0)
    throw new StepError(`could not bundle the baseline spec ${specFile}:\n${r.stdout}${r.stderr}`);
  return JSON.parse(await readFile(join(out, 'openapi.json'), 'utf8'));
}

/** A spec file: a bundle (JSON or YAML) is read as is; a split spec is bundled first. */
async function loadSpecFile(file, scratch) {
  const doc = parse(await readFile(file, 'utf8'));
  if (!doc || typeof doc !== 'object' || !doc.openapi)
    throw new StepError(`${file} is not an OpenAPI document`);
  return hasExternalRefs(doc) ? bundle(file, scratch) : doc;
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
async function specAtRevision(repo, ref, scratch) {
  if ((await git(repo, 'cat-file', '-e', `${ref}:spec/openapi.yaml`)) === null) return null;
  const tar = join(scratch, 'spec.tar');
  const archived = await run('git', ['archive', '--format=tar', '-o', tar, ref, 'spec'], { cwd: repo });
  if (archived.code !== 0) throw new StepError(`git archive ${ref} spec failed:\n${archived.stderr}`);
  const extracted = await run('tar', ['-xf', tar, '-C', scratch]);
  if (extracted.code !== 0) throw new StepError(`could not unpack ${tar}:\n${extracted.stderr}`);
  return bundle(join(scratch, 'spec/openapi.yaml'), scratch);
}

/**
 * The spec to compare against.
 * `base` is a file (bundled or split spec, or an npm tarball of @lr-mfa/docs), a folder (see SPEC_IN_DIR) or a
 * git revision; without it, the newest release tag of `repo`. Resolves to null when there is no baseline.
 * @returns {Promise<{ doc: object, label: string, version?: string } | null>}
 */
export async function loadBaseline(base, repo = root) {
  const scratch = await mkdtemp(join(tmpdir(), 'lr-mfa-spec-base-'));
  try {
    if (base === undefined) {
      const release = await findReleaseTag(repo);
      if (!release) return null;
      const doc = await specAtRevision(repo, release.tag, scratch);
      return doc && { doc, label: `release tag ${release.tag}`, version: release.version };
    }
    const path = resolve(base);
    if (existsSync(path) && statSync(path).isFile()) {
      if (/\.(tgz|tar\.gz)$/.test(path)) {
        const r = await run('tar', ['-xzf', path, '-C', scratch, 'package/dist/openapi.json']);
        if (r.code !== 0) throw new StepError(`${base} holds no package/dist/openapi.json:\n${r.stderr}`);
        return { doc: await loadSpecFile(join(scratch, 'package/dist/openapi.json'), scratch), label: base };
      }
      return { doc: await loadSpecFile(path, scratch), label: base };
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      const found = SPEC_IN_DIR.map((f) => join(path, f)).find((f) => existsSync(f));
      if (!found) throw new StepError(`no spec in ${base} (looked for ${SPEC_IN_DIR.join(', ')})`);
      return { doc: await loadSpecFile(found, scratch), label: found };
    }
    if ((await git(repo, 'rev-parse', '--verify', '--quiet', `${base}^{commit}`)) === null) {
      throw new StepError(`--base ${base} is neither a file, a folder nor a git revision`);
    }
    const doc = await specAtRevision(repo, base, scratch);
    if (!doc) throw new StepError(`git revision ${base} has no spec/openapi.yaml`);
    return { doc, label: `git revision ${base}`, version: releaseVersion(base) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** @changesets/read, resolved through the installed @changesets/cli (it is one of its dependencies). */
function changesetsReader() {
  const fromCli = createRequire(createRequire(import.meta.url).resolve('@changesets/cli/package.json'));
  return fromCli('@changesets/read').default;
}

/**
 * The highest bump the pending changesets declare for any @lr-mfa/* package.
 * Changesets already released as prereleases (listed in .changeset/pre.json) are not pending.
 * @returns {Promise<{ bump: import('./spec-diff.mjs').Level, releases: { id: string, name: string, type: string }[] }>}
 */
export async function pendingChangesets(repo = root) {
  if (!existsSync(join(repo, '.changeset'))) return { bump: 'none', releases: [] };
  const changesets = await changesetsReader()(repo);
  let released = new Set();
  const pre = join(repo, '.changeset/pre.json');
  if (existsSync(pre)) released = new Set(JSON.parse(await readFile(pre, 'utf8')).changesets ?? []);
  const releases = changesets
    .filter((c) => !released.has(c.id))
    .flatMap((c) => c.releases.map((r) => ({ id: c.id, name: r.name, type: r.type })))
    .filter((r) => r.name.startsWith(SCOPE));
  return { bump: maxLevel(...releases.map((r) => r.type)), releases };
}

/** The highest version among the workspace's @lr-mfa/* packages (a fixed group: they share one). */
export async function workspaceVersion(repo = root) {
  const dir = join(repo, 'packages');
  if (!existsSync(dir)) return null;
  let best = null;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(await readFile(file, 'utf8'));
    if (!pkg.name?.startsWith(SCOPE) || !SEMVER.test(pkg.version ?? '')) continue;
    if (best === null || bumpBetween(best, pkg.version) !== 'none') best = pkg.version;
  }
  return best;
}

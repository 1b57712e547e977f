// Assembles the versioned site: one folder per published release (from its tarball, never rebuilt), `latest/`,
// optionally `next/` from the working tree, and versions.json, index.html and 404.html at the root.
//
// A release folder that exists is never touched again: re-assembling adds new releases only. `latest/` is a
// copy of the newest release's folder (not redirect stubs: a static host cannot redirect openapi.json, the
// Markdown pages or llms.txt, and a copy keeps every deep link under `latest/` working after the next release).
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extract } from 'tar';
import { injectSwitcher } from './inject.js';
import { notFoundPage, rootPage } from './pages.js';
import { downloadTarball, listReleases, type Release } from './registry.js';
import {
  LATEST,
  landingFolder,
  latestOf,
  NEXT,
  sortVersions,
  type VersionEntry,
  versionEntries,
} from './versions.js';

export class SiteError extends Error {}

export interface AssembleOptions {
  /** The site folder (created when missing). */
  out: string;
  /** The package whose tarballs hold the pages, e.g. `@lr-mfa/docs`. */
  packageName: string;
  /** Page titles of the root pages. */
  title: string;
  /** npm registry to read releases from; undefined: none (a `next`-only site). */
  registry?: string | undefined;
  /** A built dist/ folder published as `next/`. */
  next?: string | undefined;
  /** How long one registry request may take (default TIMEOUT_MS). */
  timeoutMs?: number;
  /** How many tarballs are fetched at once. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface AssembleResult {
  entries: VersionEntry[];
  /** Release folders written by this run. */
  added: string[];
  /** Release folders that were there already and left as they were. */
  kept: string[];
}

/** Fills a new folder with `fill`, then swaps it in for `target` (a reader never sees a half-written folder). */
async function replaceFolder(target: string, fill: (staging: string) => Promise<void>): Promise<void> {
  const staging = await mkdtemp(`${target}.staging-`);
  try {
    await fill(staging);
    const old = `${staging}.old`;
    if (existsSync(target)) await rename(target, old);
    await rename(staging, target);
    await rm(old, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Adds the switcher of `version` to every HTML page of a folder. */
async function injectPages(folder: string, version: string): Promise<void> {
  const files = (await readdir(folder, { recursive: true })).filter((f) => f.endsWith('.html'));
  if (!files.includes('index.html')) throw new SiteError(`the ${version} pages have no index.html`);
  for (const file of files) {
    const html = await readFile(join(folder, file), 'utf8');
    await writeFile(join(folder, file), injectSwitcher(html, version));
  }
}

/** A release's folder: its tarball's dist/ files and CHANGELOG.md, pages with the switcher. */
async function addRelease(out: string, release: Release, timeoutMs?: number): Promise<void> {
  const bytes = await downloadTarball(release, timeoutMs);
  await replaceFolder(join(out, release.version), async (staging) => {
    const tarball = join(staging, '.package.tgz');
    const unpacked = join(staging, '.package');
    await writeFile(tarball, bytes);
    await mkdir(unpacked);
    // Plain files under package/dist/ and the changelog only: no links, nothing else of the package.
    await extract({
      file: tarball,
      cwd: unpacked,
      strip: 1,
      strict: true,
      filter: (path, entry) =>
        /^[^/]+\/(dist\/|CHANGELOG\.md$)/.test(path) &&
        ('type' in entry ? entry.type === 'File' || entry.type === 'Directory' : true),
    });
    if (!existsSync(join(unpacked, 'dist')))
      throw new SiteError(`the tarball of ${release.version} has no dist/ folder`);
    await cp(join(unpacked, 'dist'), staging, { recursive: true });
    if (existsSync(join(unpacked, 'CHANGELOG.md')))
      await cp(join(unpacked, 'CHANGELOG.md'), join(staging, 'CHANGELOG.md'));
    await rm(unpacked, { recursive: true });
    await rm(tarball);
    await injectPages(staging, release.version);
  });
}

/** Runs `task` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
}

/** Writes a file only when its bytes differ, so an unchanged site keeps its timestamps too. */
async function writeIfChanged(file: string, content: string): Promise<void> {
  const current = existsSync(file) ? await readFile(file, 'utf8') : undefined;
  if (current !== content) await writeFile(file, content);
}

async function releasesFrom(options: AssembleOptions): Promise<Release[]> {
  if (options.registry === undefined) return [];
  const all = await listReleases(options.registry, options.packageName, options.timeoutMs);
  const valid = new Set(sortVersions(all.map((r) => r.version)));
  return all.filter((r) => valid.has(r.version));
}

export async function assembleSite(options: AssembleOptions): Promise<AssembleResult> {
  const { out, next, log = () => {} } = options;
  const releases = await releasesFrom(options);
  if (releases.length === 0 && next === undefined)
    throw new SiteError(
      `${options.registry ?? 'no registry'} has no release of ${options.packageName}, and --next was not asked for: nothing to publish`,
    );
  await mkdir(out, { recursive: true });
  const kept = releases.filter((r) => existsSync(join(out, r.version))).map((r) => r.version);
  const missing = releases.filter((r) => !kept.includes(r.version));
  await eachLimited(missing, options.concurrency ?? 4, async (release) => {
    await addRelease(out, release, options.timeoutMs);
    log(`added ${release.version}/`);
  });
  for (const version of kept) log(`kept ${version}/ (already there, unchanged)`);
  if (next !== undefined) {
    if (!existsSync(join(next, 'index.html')))
      throw new SiteError(`${next} has no index.html: build the docs first (pnpm build)`);
    await replaceFolder(join(out, NEXT), async (staging) => {
      await cp(next, staging, { recursive: true });
      await injectPages(staging, NEXT);
    });
    log(`wrote ${NEXT}/ from ${next}`);
  } else await rm(join(out, NEXT), { recursive: true, force: true });
  const versions = releases.map((r) => r.version);
  const latest = latestOf(versions);
  if (latest !== undefined) {
    await replaceFolder(join(out, LATEST), (staging) => cp(join(out, latest), staging, { recursive: true }));
    log(`wrote ${LATEST}/ as a copy of ${latest}/`);
  }
  const entries = versionEntries(versions, next !== undefined);
  const landing = landingFolder(entries) ?? NEXT;
  await writeIfChanged(join(out, 'versions.json'), `${JSON.stringify(entries, null, 2)}\n`);
  await writeIfChanged(join(out, 'index.html'), rootPage(options.title, landing));
  await writeIfChanged(join(out, '404.html'), notFoundPage(options.title, landing));
  return { entries, added: missing.map((r) => r.version), kept };
}

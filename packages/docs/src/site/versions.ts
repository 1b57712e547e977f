// Which versions the site lists and in what order: `versions.json`, the file the switcher reads. Newest first by
// semver precedence; `latest` is the newest release that is not a prerelease, so a 2.0.0-rc.1 never becomes
// what readers land on; `next` (the unreleased working tree) heads the list when the site has it.
import semver from 'semver';

export interface VersionEntry {
  /** The folder name under the site root. */
  version: string;
  title: string;
  aliases: string[];
}

export const LATEST = 'latest';
export const NEXT = 'next';

export class VersionError extends Error {}

/** Newest first; throws on a string that is not a semver version (a folder must never be named by guess). */
export function sortVersions(versions: readonly string[]): string[] {
  const invalid = versions.filter((v) => semver.valid(v) !== v);
  if (invalid.length > 0) throw new VersionError(`not semver versions: ${invalid.join(', ')}`);
  return [...new Set(versions)].sort(semver.rcompare);
}

/** The newest version that is not a prerelease, or undefined when every release is one. */
export function latestOf(versions: readonly string[]): string | undefined {
  return sortVersions(versions).find((v) => semver.prerelease(v) === null);
}

/** The entries of versions.json: `next` first when present, then every release, newest first. */
export function versionEntries(releases: readonly string[], withNext: boolean): VersionEntry[] {
  const latest = latestOf(releases);
  const entries = sortVersions(releases).map((version) => ({
    version,
    title: version,
    aliases: version === latest ? [LATEST] : [],
  }));
  return withNext ? [{ version: NEXT, title: `${NEXT} (unreleased)`, aliases: [] }, ...entries] : entries;
}

/** Where the root and unknown paths send a reader: `latest/`, or `next/` on a site with no release yet. */
export function landingFolder(entries: readonly VersionEntry[]): string | undefined {
  if (entries.some((e) => e.aliases.includes(LATEST))) return LATEST;
  return entries[0]?.version;
}

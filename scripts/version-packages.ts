// `pnpm version-packages`: cuts a release of the @lr-mfa packages.
//   1. diffs the spec (bundled now) against the stored baseline of the last release;
//   2. `changeset version`: applies the pending changesets (versions, CHANGELOG.md of each package);
//   3. writes that diff as the release's API changelog: the reference's page (API_CHANGELOG_PAGE) and an
//      "API changes" section in every package's CHANGELOG.md;
//   4. stores the new baseline (released/) the gates of the next release compare with.
// Commit everything it changed as the release commit.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleSpec } from '@lr-mfa/codegen/bundle';
import { bin, root, run, runStep, StepError } from '@lr-mfa/codegen/step';
import {
  API_CHANGELOG_PAGE,
  addToPackageChangelog,
  addToPage,
  operationsOf,
  readIfExists,
  renderChanges,
  renderFirstRelease,
  writeText,
} from './lib/api-changelog.js';
import { loadBaseline, RELEASED_SPEC, releasedVersion, workspaceVersion } from './lib/release-baseline.js';
import { writeReleaseBaseline } from './lib/release-snapshot.js';
import { diffSpecs } from './lib/spec-diff/index.js';

const bundledSpec = join(root, 'build/spec/openapi.json');

// The spec bundled in process by the same loader as `pnpm spec:bundle` (lint included), into build/spec.
const bundle = () => bundleSpec();

await runStep('version the packages and write the API changelog', async () => {
  await bundle();
  const current = JSON.parse(await readFile(bundledSpec, 'utf8'));
  // A repository that never released has no baseline: its first release lists the operations it starts with.
  const before = await releasedVersion(root);
  const body =
    before === null
      ? renderFirstRelease(operationsOf(current))
      : renderChanges(diffSpecs((await loadBaseline(undefined, root)).doc, current));
  console.log(
    before === null
      ? '  no released spec yet: first release'
      : `  API changes since ${before} (${RELEASED_SPEC})`,
  );

  const versioned = await run(bin('changeset'), ['version'], { cwd: root });
  if (versioned.code !== 0)
    throw new StepError(`changeset version failed:\n${versioned.stdout}${versioned.stderr}`);
  const version = await workspaceVersion(root);
  if (!version) throw new StepError('no @lr-mfa/* package with a version under packages/');
  if (version === before) {
    console.log(`  no pending changesets: the packages stay at ${version}, nothing else written`);
    return [];
  }

  const written: string[] = [];
  const page = join(root, API_CHANGELOG_PAGE);
  written.push(await writeText(page, addToPage(await readIfExists(page), version, body)));
  for (const dir of readdirSync(join(root, 'packages'))) {
    const manifest = await readIfExists(join(root, 'packages', dir, 'package.json'));
    if (!manifest) continue;
    const { name, private: isPrivate } = JSON.parse(manifest);
    if (isPrivate) continue;
    const file = join(root, 'packages', dir, 'CHANGELOG.md');
    written.push(await writeText(file, addToPackageChangelog(await readIfExists(file), name, version, body)));
  }
  // The page is part of the spec: bundle again so the stored baseline is exactly what this release ships.
  await bundle();
  written.push(...(await writeReleaseBaseline(version, bundledSpec, root)));
  console.log(`  released as ${version}`);
  return written;
});

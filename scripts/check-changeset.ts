// CI gate: a branch that changes the spec or a published package must add a changeset.
// Compares HEAD with the merge base of the base branch (CHANGESET_BASE, default origin/main, then main);
// on the base branch itself, or when no base exists (a fresh single-branch clone), there is nothing to compare.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, run, runStep, StepError } from '@lr-mfa/codegen/step';
import { RELEASED_MANIFEST } from './lib/release-baseline.js';

const git = async (...args: string[]): Promise<string | null> => {
  const r = await run('git', args, { cwd: root });
  return r.code === 0 ? r.stdout.trim() : null;
};

/** A package never published (`"private": true`, as the pipeline and the test kit are). */
const isPrivate = (dir: string): boolean => {
  const file = join(root, 'packages', dir, 'package.json');
  return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).private === true;
};

/** Files that affect what we publish: the spec and published package sources (tests and docs of the repo excluded). */
const needsChangeset = (file: string): boolean => {
  if (file.startsWith('spec/')) return !file.startsWith('spec/tests/');
  const source = /^packages\/([^/]+)\/(src\/|package\.json$|README\.md$)/.exec(file);
  return source !== null && !/\.test(-d)?\.ts$/.test(file) && !isPrivate(source[1] as string);
};

await runStep(
  'check a changeset accompanies published changes',
  async () => {
    const candidates = [process.env.CHANGESET_BASE, 'origin/main', 'main'].filter((r): r is string =>
      Boolean(r),
    );
    let base: string | null = null;
    for (const ref of candidates) {
      if (await git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`)) {
        base = ref;
        break;
      }
    }
    const head = await git('rev-parse', 'HEAD');
    const baseSha = base && (await git('rev-parse', `${base}^{commit}`));
    if (!base || baseSha === head) {
      console.log('  no base branch to compare against (or on it): nothing to check.');
      return [];
    }
    const mergeBase = await git('merge-base', base, 'HEAD');
    const changed = ((await git('diff', '--name-only', `${mergeBase}...HEAD`)) ?? '')
      .split('\n')
      .filter(Boolean);
    const added = ((await git('diff', '--name-only', '--diff-filter=A', `${mergeBase}...HEAD`)) ?? '').split(
      '\n',
    );
    const relevant = changed.filter(needsChangeset);
    const isChangeset = (f: string) => /^\.changeset\/[^/]+\.md$/.test(f) && f !== '.changeset/README.md';
    const changesets = added.filter(isChangeset);
    // A release (`pnpm version-packages`) consumes the changesets and stores the new baseline: its version
    // bumps and changelogs are what those changesets asked for.
    const deleted = ((await git('diff', '--name-only', '--diff-filter=D', `${mergeBase}...HEAD`)) ?? '')
      .split('\n')
      .filter(isChangeset);
    if (deleted.length > 0 && changed.includes(RELEASED_MANIFEST)) {
      console.log(
        `  base ${base}: a release (${deleted.length} changeset(s) consumed, ${RELEASED_MANIFEST} updated)`,
      );
      return [];
    }
    console.log(
      `  base ${base}: ${relevant.length} published file(s) changed, ${changesets.length} changeset(s) added`,
    );
    if (relevant.length > 0 && changesets.length === 0) {
      throw new StepError(
        `these changes since ${base} reach published packages but no changeset was added:\n` +
          relevant.map((f) => `  - ${f}`).join('\n') +
          '\nRun `pnpm changeset` and commit the file it creates.',
      );
    }
    return [];
  },
  { generates: false },
);

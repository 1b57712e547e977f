// Breaking-change gate: compares the bundled spec with the last released one, classifies every difference
// (major / minor / patch, see the rule table in scripts/lib/spec-diff/rules.ts, and oasdiff.ts beside it for how
// it answers each breaking rule of oasdiff's checker) and fails when the pending changesets promise a smaller
// release than the differences need.
//
//   tsx scripts/spec-diff.ts [--base <file|dir|tarball|git-ref>] [--head build/spec/openapi.json] [--repo .]
//
// --base  the released spec. Default: the one `pnpm version-packages` stored in released/ (see
//         scripts/lib/release-baseline.ts); when it is missing the gate fails, it never passes unchecked.
//         Otherwise a bundled or split spec file, an npm tarball or unpacked folder of @lr-mfa/docs, a build
//         folder, or a git revision (its spec/ bundled with today's bundle step).
// --head  the spec to release (default <repo>/build/spec/openapi.json, written by `pnpm spec:bundle`)
// --repo  the repository whose baseline, .changeset/ and package versions are read (default: this one)
//
// The pending bump is the highest one the .changeset/*.md files declare for any @lr-mfa/* package, or, once
// `changeset version` has consumed them, the bump already applied to the package versions since the baseline.
// Bump kinds are compared as they are: on 0.x a breaking change still needs a `major` changeset (changesets
// then releases 1.0.0); a team that wants to stay on 0.x must make that call explicitly, not by accident.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rel, root, runStep, StepError } from '@lr-mfa/codegen/step';
import { parse } from 'yaml';
import { loadBaseline, promisedRelease } from './lib/release-baseline.js';
import { diffSpecs, formatChange, LEVELS, rank, requiredBump } from './lib/spec-diff/index.js';

const { values } = parseArgs({
  options: { base: { type: 'string' }, head: { type: 'string' }, repo: { type: 'string', default: root } },
});
const repo = resolve(values.repo);
const head = resolve(values.head ?? join(repo, 'build/spec/openapi.json'));

await runStep(
  'spec diff: breaking-change gate',
  async () => {
    if (!existsSync(head))
      throw new StepError(`${rel(head)} does not exist: run \`pnpm spec:bundle\` first.`);
    const current = parse(await readFile(head, 'utf8'));
    const baseline = await loadBaseline(values.base, repo);
    console.log(`  ${rel(head)} against ${baseline.label}`);

    const changes = diffSpecs(baseline.doc, current).sort((a, b) => rank(b.level) - rank(a.level));
    const required = requiredBump(changes);
    const counts = LEVELS.slice(1)
      .reverse()
      .map((level) => `${changes.filter((c) => c.level === level).length} ${level}`)
      .join(', ');
    console.log(`  ${changes.length} difference(s) (${counts}); the spec needs: ${required}`);
    for (const change of changes) console.log(`    ${formatChange(change)}`);

    const promised = await promisedRelease(baseline.version, repo);
    console.log(
      `  pending release: ${promised.bump}${promised.sources.length ? ` (${promised.sources.join('; ')})` : ''}`,
    );
    if (rank(promised.bump) < rank(required)) {
      throw new StepError(
        `the spec changes need a ${required} release of the @lr-mfa packages, but the pending changesets ` +
          `${promised.bump === 'none' ? 'declare none' : `only declare ${promised.bump}`}.\n` +
          `Run \`pnpm changeset\`, pick the @lr-mfa packages and choose ${required} ` +
          `(or undo the ${required} changes listed above).`,
      );
    }
    return [];
  },
  { generates: false },
);

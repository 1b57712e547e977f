#!/usr/bin/env node
// Breaking-change gate: compares the bundled spec with the last released one, classifies every difference
// (major / minor / patch, see scripts/lib/spec-diff.mjs for the rules) and fails when the pending changesets
// promise a smaller release than the differences need.
//
//   node scripts/spec-diff.mjs [--base <file|dir|git-ref>] [--head build/spec/openapi.json] [--repo .]
//
// --base  the released spec: a bundled or split spec file, an npm tarball or unpacked folder of @lr-mfa/docs,
//         a build folder, or a git revision. Default: the newest release tag (`@lr-mfa/docs@<version>`, as
//         `changeset publish` creates, else `v<version>`), whose spec/ is bundled with today's bundle step.
//         No tag yet: there is nothing to compare, and the gate passes.
// --head  the spec to release (default <repo>/build/spec/openapi.json, written by `pnpm spec:bundle`)
// --repo  the repository whose tags, .changeset/ and package versions are read (default: this one)
//
// The pending bump is the highest one the .changeset/*.md files declare for any @lr-mfa/* package, or, once
// `changeset version` has consumed them, the bump already applied to the package versions since the tag.
// Bump kinds are compared as they are: on 0.x a breaking change still needs a `major` changeset (changesets
// then releases 1.0.0); a team that wants to stay on 0.x must make that call explicitly, not by accident.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { bumpBetween, loadBaseline, pendingChangesets, workspaceVersion } from './lib/spec-baseline.mjs';
import { diffSpecs, formatChange, LEVELS, maxLevel, rank, requiredBump } from './lib/spec-diff.mjs';
import { rel, root, run, runStep, StepError } from './lib/step.mjs';

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
    if (!baseline) {
      console.log('  no released spec to compare with (no @lr-mfa/docs@* or v* tag): nothing to check.');
      const shallow = await run('git', ['rev-parse', '--is-shallow-repository'], { cwd: repo });
      if (shallow.stdout.trim() === 'true') {
        console.log(
          '  warning: this is a shallow clone, which may lack the tags: `git fetch --tags` or pass --base.',
        );
      }
      return [];
    }
    console.log(`  ${rel(head)} against ${baseline.label}`);

    const changes = diffSpecs(baseline.doc, current).sort((a, b) => rank(b.level) - rank(a.level));
    const required = requiredBump(changes);
    const counts = LEVELS.slice(1)
      .reverse()
      .map((level) => `${changes.filter((c) => c.level === level).length} ${level}`)
      .join(', ');
    console.log(`  ${changes.length} difference(s) (${counts}); the spec needs: ${required}`);
    for (const change of changes) console.log(`    ${formatChange(change)}`);

    const pending = await pendingChangesets(repo);
    const currentVersion = await workspaceVersion(repo);
    const applied =
      baseline.version && currentVersion ? bumpBetween(baseline.version, currentVersion) : 'none';
    const promised = maxLevel(pending.bump, applied);
    const sources = pending.releases.map((r) => `.changeset/${r.id}.md: ${r.name} ${r.type}`);
    if (applied !== 'none') sources.push(`versions: ${baseline.version} → ${currentVersion} (${applied})`);
    console.log(`  pending release: ${promised}${sources.length ? ` (${sources.join('; ')})` : ''}`);

    if (rank(promised) < rank(required)) {
      throw new StepError(
        `the spec changes need a ${required} release of the @lr-mfa packages, but the pending changesets ` +
          `${promised === 'none' ? 'declare none' : `only declare ${promised}`}.\n` +
          `Run \`pnpm changeset\`, pick the @lr-mfa packages and choose ${required} ` +
          `(or undo the ${required} changes listed above).`,
      );
    }
    return [];
  },
  { generates: false },
);

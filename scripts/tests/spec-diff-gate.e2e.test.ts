// The breaking-change gate as CI runs it (`tsx scripts/spec-diff.ts`): its decision against pending
// changesets and its baselines (the stored last release by default, or --base). Each case starts the CLI,
// which bundles split baselines with the repo's bundle step: seconds each, so it runs with the e2e tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '@lr-mfa/testkit/sandbox';
import { afterAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { BASE, load, OP, pairFiles } from './spec-diff-fixtures.js';

// ---- the CLI: gate decision and baselines ----------------------------------------------------------------------

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}
function write(file: string, content: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** A project folder: .changeset/ (with its README, which is not a changeset) and the packages' versions. */
function project(changesets: Record<string, string>, version = '0.1.0'): string {
  const dir = tempDir('lr-mfa-spec-diff-');
  write(join(dir, '.changeset/README.md'), '# Changesets\n\nNot a changeset: `major` here means nothing.\n');
  write(join(dir, '.changeset/config.json'), '{}\n');
  for (const [id, frontmatter] of Object.entries(changesets)) {
    write(join(dir, `.changeset/${id}.md`), `---\n${frontmatter}\n---\n\nWhat changed.\n`);
  }
  for (const pkg of ['docs', 'client']) {
    write(join(dir, `packages/${pkg}/package.json`), JSON.stringify({ name: `@lr-mfa/${pkg}`, version }));
  }
  return dir;
}

function gate(args: string[]): { code: number; output: string } {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'scripts/spec-diff.ts'), ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off' },
    },
  );
  return { code: r.status ?? 1, output: `${r.stdout}${r.stderr}` };
}
const gatePair = (name: string, repo: string) => {
  const { before, after } = pairFiles(name);
  return gate(['--base', before, '--head', after, '--repo', repo]);
};

describe('the gate against pending changesets', () => {
  test('a breaking change with only a minor changeset fails and says why, in plain words', () => {
    const r = gatePair('removed-parameter', project({ 'brave-otters': "'@lr-mfa/client': minor" }));
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`major: ${OP}: query parameter \`fields\` removed`);
    expect(r.output).toContain('1 difference(s) (1 major, 0 minor, 0 patch); the spec needs: major');
    expect(r.output).toContain('pending release: minor (.changeset/brave-otters.md: @lr-mfa/client minor)');
    expect(r.output).toContain(
      'need a major release of the @lr-mfa packages, but the pending changesets only declare minor',
    );
  });

  test('the highest bump of any @lr-mfa package counts; on 0.x a major changeset is what a break needs', () => {
    const repo = project(
      { a: "'@lr-mfa/client': minor", b: "'@lr-mfa/types': major\n'@lr-mfa/docs': patch" },
      '0.1.0',
    );
    const r = gatePair('removed-parameter', repo);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('pending release: major');
  });

  test('changesets for other packages and .changeset/README.md do not count', () => {
    const r = gatePair('added-optional-parameter', project({ other: "'some-other-package': major" }));
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`minor: ${OP}: new optional query parameter \`emailtemplate\``);
    expect(r.output).toContain('pending release: none');
    expect(r.output).toContain('the pending changesets declare none');
  });

  test('a documentation-only change needs at least a patch changeset', () => {
    expect(gatePair('description-change', project({})).code).toBe(1);
    const r = gatePair('description-change', project({ docs: "'@lr-mfa/docs': patch" }));
    expect(r.code, r.output).toBe(0);
  });

  test('a bigger changeset than needed passes; no differences need nothing', () => {
    expect(gatePair('added-response', project({ big: "'@lr-mfa/client': major" })).code).toBe(0);
    const r = gatePair('identical', project({}));
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('0 difference(s)');
  });

  test('a missing current bundle is a clear error', () => {
    const repo = project({});
    const r = gate(['--base', BASE, '--repo', repo]);
    expect(r.code).toBe(1);
    expect(r.output).toContain('build/spec/openapi.json does not exist: run `pnpm spec:bundle` first');
  });
});

describe('the baseline', () => {
  const base = () => load(BASE);
  const head = pairFiles('removed-parameter').after;

  /** A project whose last release (stored as `pnpm version-packages` does) had the fixtures' base spec. */
  function released(version: string, packagesVersion = version): string {
    const dir = project({}, packagesVersion);
    write(join(dir, 'released/openapi.json'), JSON.stringify(base()));
    write(join(dir, 'released/release.json'), JSON.stringify({ version }));
    return dir;
  }

  test('the stored last release is the default baseline, without any tag or git history', () => {
    const repo = released('1.10.0');
    const r = gate(['--head', head, '--repo', repo]);
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain('against released/openapi.json (released 1.10.0)');
    expect(r.output).toContain(`major: ${OP}: query parameter \`fields\` removed`);
    expect(r.output).toContain('1 difference(s) (1 major, 0 minor, 0 patch)');

    write(join(repo, '.changeset/drop-fields.md'), "---\n'@lr-mfa/client': major\n---\n\nDrop `fields`.\n");
    expect(gate(['--head', head, '--repo', repo]).code).toBe(0);
  });

  test('after `changeset version` the bump already applied to the package versions counts', () => {
    const r = gate(['--head', head, '--repo', released('1.10.0', '2.0.0')]);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('pending release: major (versions: 1.10.0 → 2.0.0 (major))');
  });

  test('no stored baseline: the gate fails and says how to get one, it never passes unchecked', () => {
    const r = gate(['--head', head, '--repo', project({})]);
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain('no released spec to compare with: released/openapi.json');
    expect(r.output).toContain('`pnpm version-packages` stores them with every release');
  });

  test('an explicit git revision can be the baseline, its split spec bundled', () => {
    const dir = project({}, '1.10.0');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    git('init', '-q', '-b', 'main');
    const doc = load(head) as { components: { schemas: Record<string, unknown> } };
    write(join(dir, 'spec/schemas/VerifyRequest.yaml'), stringify(doc.components.schemas.VerifyRequest));
    doc.components.schemas.VerifyRequest = { $ref: './schemas/VerifyRequest.yaml' };
    write(join(dir, 'spec/openapi.yaml'), stringify(doc));
    git('add', '-A');
    git('commit', '-q', '-m', 'a release without `fields`');
    const r = gate(['--base', 'HEAD', '--head', head, '--repo', dir]);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('against git revision HEAD');
    expect(r.output).toContain('0 difference(s)');
  });
});

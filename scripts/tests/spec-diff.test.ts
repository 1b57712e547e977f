// The breaking-change gate: classification of each kind of difference from pairs of fixture specs, the gate's
// decision against pending changesets, and its baselines (the stored last release by default).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { repoRoot } from '../lib/sandbox.mjs';
import { diffSpecs, formatChange, type Level, requiredBump } from '../lib/spec-diff.mjs';

const FIXTURES = join(repoRoot, 'scripts/tests/fixtures/spec-diff');
const OP = 'PUT /login/2fa/sms';

/** A fixture pair: `before.*` and `after.*` in the case's folder, `base.yaml` standing in for a missing side. */
function pairFiles(name: string): { before: string; after: string } {
  const dir = join(FIXTURES, name);
  const find = (side: string) =>
    ['yaml', 'json'].map((ext) => join(dir, `${side}.${ext}`)).find(existsSync) ??
    join(FIXTURES, 'base.yaml');
  return { before: find('before'), after: find('after') };
}
const load = (file: string) => parse(readFileSync(file, 'utf8'));

/** Every fixture pair, the release it needs, and the exact differences reported (in this order). */
const CASES: Record<string, { level: Level; changes: string[] }> = {
  // major
  'removed-parameter': { level: 'major', changes: [`major: ${OP}: query parameter \`fields\` removed`] },
  'renamed-property': {
    level: 'major',
    changes: [`major: ${OP}: request body property \`otp\` renamed to \`code\``],
  },
  'narrowed-type': {
    level: 'major',
    changes: [
      `major: ${OP}: request body property \`channel\` type narrowed from \`string | null\` to \`string\` (null no longer accepted)`,
      `major: ${OP}: request body property \`channel\` enum value \`null\` removed`,
    ],
  },
  'new-required-input': {
    level: 'major',
    changes: [`major: ${OP}: new required request body property \`captcha\``],
  },
  'new-required-parameter': {
    level: 'major',
    changes: [`major: ${OP}: new required query parameter \`smstemplate2fa\``],
  },
  'changed-enum': {
    level: 'major',
    changes: [
      `major: ${OP}: response 200 property \`status\` enum value \`locked\` removed`,
      `minor: ${OP}: response 200 property \`status\` new enum value \`blocked\` (code that switches exhaustively over it must handle the new value)`,
    ],
  },
  'removed-response': { level: 'major', changes: [`major: ${OP}: response 400 removed`] },
  'moved-parameter': {
    level: 'major',
    changes: [`major: ${OP}: query parameter \`fields\` moved from query to header`],
  },
  'changed-operation-id': {
    level: 'major',
    changes: [`major: ${OP}: operationId changed from \`verifySmsOtp\` to \`verifyOtp\``],
  },
  // Outputs: a response that may now hold null, or lack a property, breaks code written against the old types.
  'widened-output': {
    level: 'major',
    changes: [
      `major: ${OP}: response 200 property \`access_token\` type widened from \`string\` to \`string | null\` (can now be null)`,
    ],
  },
  'optional-output': {
    level: 'major',
    changes: [
      `major: ${OP}: response 200 property \`access_token\` is no longer required (responses may omit it)`,
    ],
  },
  // minor
  'added-optional-parameter': {
    level: 'minor',
    changes: [`minor: ${OP}: new optional query parameter \`emailtemplate\``],
  },
  'added-response-property': {
    level: 'minor',
    changes: [`minor: ${OP}: new response 400 property \`hint\``],
  },
  'added-response': { level: 'minor', changes: [`minor: ${OP}: new response 429`] },
  'added-enum-value-output': {
    level: 'minor',
    changes: [
      `minor: ${OP}: response 200 property \`status\` new enum value \`expired\` (code that switches exhaustively over it must handle the new value)`,
    ],
  },
  'widened-input': {
    level: 'minor',
    changes: [
      `minor: ${OP}: request body property \`channel\` type widened from \`string\` to \`string | null\` (now accepts null)`,
      `minor: ${OP}: request body property \`channel\` new enum value \`null\``,
    ],
  },
  // Outputs again, the other way: promising more is not breaking.
  'new-required-output': {
    level: 'minor',
    changes: [`minor: ${OP}: response 200 property \`status\` became required`],
  },
  'narrowed-output': {
    level: 'minor',
    changes: [
      `minor: ${OP}: response 200 property \`profile.uid\` type narrowed from \`string | null\` to \`string\` (never null any more)`,
    ],
  },
  // `Profile` is `allOf: [Person, ...]` and `Person.related` holds Persons: the change shows where it is read,
  // once per place, and the recursion ends.
  'change-in-recursive-schema': {
    level: 'minor',
    changes: [
      `minor: ${OP}: new response 200 property \`profile.email\``,
      `minor: ${OP}: new response 200 property \`profile.related[].email\``,
    ],
  },
  // An inline schema moved into a component: the resolved structure is the same; only a new named type appears.
  'ref-refactor': { level: 'minor', changes: ['minor: components: new schema `Status`'] },
  // patch
  'description-change': {
    level: 'patch',
    changes: [
      `patch: ${OP}: operation description changed`,
      `patch: ${OP}: response 400 property \`code\` description changed`,
    ],
  },
  'example-change': {
    level: 'patch',
    changes: [
      `patch: ${OP}: query parameter \`fields\` example changed`,
      `patch: ${OP}: request body property \`otp\` example changed`,
    ],
  },
  // none: the same document, as JSON
  identical: { level: 'none', changes: [] },
};

describe('classification of fixture pairs', () => {
  test('every fixture folder has an expectation', () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual(Object.keys(CASES).sort());
  });

  test.each(Object.entries(CASES))('%s', (name, { level, changes }) => {
    const { before, after } = pairFiles(name);
    expect(before, 'a pair compares two different files').not.toBe(after);
    const found = diffSpecs(load(before), load(after));
    expect(found.map(formatChange)).toEqual(changes);
    expect(requiredBump(found)).toBe(level);
  });

  test('a component no operation uses is judged both ways, keeping the stricter class', () => {
    const before = load(join(FIXTURES, 'base.yaml'));
    before.components.schemas.Unused = { type: 'object', properties: { a: { type: 'string' } } };
    const after = structuredClone(before);
    // As a response, a new required property is fine; as a request it breaks callers: unused means "could be both".
    after.components.schemas.Unused.properties.b = { type: 'string' };
    after.components.schemas.Unused.required = ['b'];
    expect(diffSpecs(before, after).map(formatChange)).toEqual([
      'major: components: new required schema `Unused` property `b`',
    ]);
  });

  test('a schema used by a request and a response is judged in each direction', () => {
    const before = load(join(FIXTURES, 'base.yaml'));
    // The response's `status` becomes the same component as a new request property.
    before.components.schemas.Status = { type: 'string', enum: ['ok', 'locked'] };
    before.components.schemas.VerifyResponse.properties.status = { $ref: '#/components/schemas/Status' };
    before.components.schemas.VerifyRequest.properties.expected = { $ref: '#/components/schemas/Status' };
    const after = structuredClone(before);
    after.components.schemas.Status.enum.push('expired');
    after.components.schemas.Status.maxLength = 7;
    expect(diffSpecs(before, after).map(formatChange)).toEqual([
      `minor: ${OP}: request body property \`expected\` new enum value \`expired\``,
      `major: ${OP}: request body property \`expected\` maxLength \`7\` added (stricter)`,
      `minor: ${OP}: response 200 property \`status\` new enum value \`expired\` (code that switches exhaustively over it must handle the new value)`,
      `minor: ${OP}: response 200 property \`status\` maxLength \`7\` added (stricter)`,
    ]);
  });

  test('dangling and content-free cyclic $refs are errors, not silent passes', () => {
    const base = load(join(FIXTURES, 'base.yaml'));
    const dangling = structuredClone(base);
    dangling.components.schemas.VerifyRequest.properties.otp = { $ref: '#/components/schemas/Missing' };
    expect(() => diffSpecs(base, dangling)).toThrow('unresolvable $ref #/components/schemas/Missing');
    const loop = structuredClone(base);
    loop.components.schemas.Loop = { $ref: '#/components/schemas/Loop' };
    loop.components.schemas.VerifyRequest.properties.otp = { $ref: '#/components/schemas/Loop' };
    expect(() => diffSpecs(base, loop)).toThrow('$ref cycle without content');
  });
});

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
    const r = gate(['--base', join(FIXTURES, 'base.yaml'), '--repo', repo]);
    expect(r.code).toBe(1);
    expect(r.output).toContain('build/spec/openapi.json does not exist: run `pnpm spec:bundle` first');
  });
});

describe('the baseline', () => {
  const base = () => load(join(FIXTURES, 'base.yaml'));
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

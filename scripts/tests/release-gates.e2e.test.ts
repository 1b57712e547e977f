// The release gates as CI meets them: in a fresh repository with no tags and a single commit, a breaking
// spec change that only carries a patch changeset fails both the spec gate and the type gate (naming the
// broken usage); with a major changeset both pass; `pnpm version-packages` then writes the API changelog and
// stores the new baseline, against which the same spec has nothing left to report.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, type Sandbox } from '@lr-mfa/testkit/sandbox';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

let box: Sandbox;
const SCHEMA = 'spec/components/schemas/MfaLoginResponse.yaml';

const changeset = (bump: string) =>
  writeFileSync(
    join(box.dir, '.changeset/access-token-number.md'),
    `---\n'@lr-mfa/types': ${bump}\n---\n\naccess_token may be null.\n`,
  );

beforeAll(() => {
  box = createSandbox();
  expect(box.git('tag', '--list')).toBe('');
  // Only this test's changeset may declare the bump: the repository's own pending ones are left out.
  for (const f of readdirSync(join(box.dir, '.changeset'))) {
    if (f.endsWith('.md') && f !== 'README.md') rmSync(join(box.dir, '.changeset', f));
  }
  // A breaking change of the response: access_token may now be null (old code taking it as a string breaks).
  const file = join(box.dir, SCHEMA);
  const before = readFileSync(file, 'utf8');
  const after = before.replace(/(\n {2}access_token:\n {4}type:) string/, "$1 [string, 'null']");
  expect(after).not.toBe(before);
  writeFileSync(file, after);
  changeset('patch');
  const build = box.run('pnpm', ['build']);
  expect(build.code, build.output).toBe(0);
}, 600_000);
afterAll(() => box?.dispose());

describe('a breaking change with only a patch changeset, in a tagless clone', () => {
  test('the spec gate fails: the change is major, the changesets only patch', () => {
    const r = box.run('pnpm', ['spec:diff']);
    expect(r.code, r.output).not.toBe(0);
    expect(r.output).toContain('against released/openapi.json (released 0.1.0)');
    expect(r.output).toMatch(
      /major: PUT \/identity\/v2\/auth\/login\/2fa\/sms: response 200 property `access_token` .*null/,
    );
    expect(r.output).toContain(
      'the spec changes need a major release of the @lr-mfa packages, but the pending changesets only declare patch',
    );
  });

  test("the type gate fails, naming the last release's usage that no longer compiles", () => {
    const r = box.run('pnpm', ['check:types-compat']);
    expect(r.code, r.output).not.toBe(0);
    expect(r.output).toContain(
      'code that compiled against @lr-mfa 0.1.0 no longer compiles against these packages',
    );
    expect(r.output).toMatch(/released\/type-tests\/types-type-tests\/types\.ts:\d+:\d+ TS\d+/);
    expect(r.output).toContain(
      "> expectTypeOf<VerifySmsOtpResponse['access_token']>().toEqualTypeOf<string>();",
    );
    expect(r.output).toContain('only declare patch');
  });

  test('with a major changeset both gates pass', () => {
    changeset('major');
    const spec = box.run('pnpm', ['spec:diff']);
    expect(spec.code, spec.output).toBe(0);
    const types = box.run('pnpm', ['check:types-compat']);
    expect(types.code, types.output).toBe(0);
    expect(types.output).toContain('the pending major release covers it');
  });
});

describe('pnpm version-packages', () => {
  test('bumps the versions, writes the API changelog and stores the new baseline', () => {
    changeset('major');
    const r = box.run('pnpm', ['version-packages']);
    expect(r.code, r.output).toBe(0);
    const version = JSON.parse(readFileSync(join(box.dir, 'packages/types/package.json'), 'utf8')).version;
    expect(version).toBe('1.0.0');

    const page = readFileSync(join(box.dir, 'spec/docs/api-changelog.md'), 'utf8');
    expect(page.indexOf('## 1.0.0')).toBeLessThan(page.indexOf('## 0.1.0'));
    // The release's entry lists this change among whatever else changed since the baseline.
    const release = page.slice(page.indexOf('## 1.0.0'), page.indexOf('## 0.1.0'));
    expect(release).toMatch(
      /\n- \*\*major\*\* `PUT \/identity\/v2\/auth\/login\/2fa\/sms`: response 200 property `access_token` .*null/,
    );
    for (const pkg of ['client', 'docs', 'mock', 'types']) {
      const changelog = readFileSync(join(box.dir, `packages/${pkg}/CHANGELOG.md`), 'utf8');
      const entry = changelog.slice(changelog.indexOf('## 1.0.0'), changelog.indexOf('## 0.1.0'));
      expect(entry, pkg).toContain('### API changes');
      expect(entry, pkg).toMatch(/response 200 property `access_token` .*null/);
    }
    expect(JSON.parse(readFileSync(join(box.dir, 'released/release.json'), 'utf8'))).toEqual({
      version: '1.0.0',
    });

    // The new baseline is this release: the same spec has nothing left to report, and no changeset is needed.
    const rebuilt = box.run('pnpm', ['build']);
    expect(rebuilt.code, rebuilt.output).toBe(0);
    const gate = box.run('pnpm', ['spec:diff']);
    expect(gate.code, gate.output).toBe(0);
    expect(gate.output).toContain('0 difference(s)');
    expect(gate.output).toContain('(released 1.0.0)');
  });
});

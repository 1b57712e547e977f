import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, digestFiles, type Sandbox } from '@lr-mfa/testkit/sandbox';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';

let box: Sandbox;
const turbo = (...args: string[]) => box.run('pnpm', ['exec', 'turbo', 'run', ...args]);

/** Cache status of every task `turbo run <task>` would run (tasks a package has no script for are left out). */
function plannedCache(task: 'generate' | 'build'): Record<string, 'HIT' | 'MISS'> {
  const dry = turbo(task, '--dry=json');
  expect(dry.code, dry.output).toBe(0);
  const json = JSON.parse(dry.output.slice(dry.output.indexOf('{')));
  type Task = { taskId: string; command: string; cache: { status: 'HIT' | 'MISS' } };
  return Object.fromEntries(
    (json.tasks as Task[])
      .filter((t) => t.command !== '<NONEXISTENT>')
      .map((t) => [t.taskId, t.cache.status]),
  );
}
const allHit = () =>
  [...Object.values(plannedCache('generate')), ...Object.values(plannedCache('build'))].every(
    (s) => s === 'HIT',
  );

/** Rewords the top-level description of a spec YAML file (a harmless, valid edit); returns the undo. */
function rewordSchema(relPath: string, suffix: string): () => void {
  const file = join(box.dir, relPath);
  const original = readFileSync(file, 'utf8');
  const doc = parseDocument(original);
  doc.set('description', `${doc.get('description')} ${suffix}`);
  writeFileSync(file, doc.toString());
  return () => writeFileSync(file, original);
}

/** sha256 of every generated file (committed or built), to prove a failed run leaves them alone. */
function generatedDigest(): Record<string, string> {
  const generated = readdirSync(join(box.dir, 'packages'))
    .map((pkg) => `packages/${pkg}/src/generated`)
    .filter((dir) => existsSync(join(box.dir, dir)));
  return digestFiles(box.dir, [...generated, 'build/spec']);
}

beforeAll(() => {
  box = createSandbox();
  const first = box.run('pnpm', ['build']);
  expect(first.code, first.output).toBe(0);
});
afterAll(() => box?.dispose());

describe('turbo pipeline', () => {
  test('a fresh build regenerates exactly the committed generated files, and builds the validators', () => {
    expect(box.git('status', '--porcelain', '--', ':(glob)**/generated/**')).toBe('');
    expect(existsSync(join(box.dir, 'packages/types/dist/index.d.ts'))).toBe(true);
    expect(existsSync(join(box.dir, 'packages/client/src/generated/validators/index.js'))).toBe(true);
  });

  test('a no-op build is a full turbo cache hit', () => {
    expect(allHit()).toBe(true);
    const again = box.run('pnpm', ['build']);
    expect(again.code, again.output).toBe(0);
    expect(again.output.match(/FULL TURBO/g)).toHaveLength(3);
  });

  test('deleting dist/ or the built validators restores them from the cache', () => {
    const dts = join(box.dir, 'packages/types/dist/index.d.ts');
    const validators = join(box.dir, 'packages/client/src/generated/validators/index.js');
    const before = [readFileSync(dts, 'utf8'), readFileSync(validators, 'utf8')];
    rmSync(join(box.dir, 'packages/types/dist'), { recursive: true });
    rmSync(validators);
    const rebuilt = box.run('pnpm', ['build']);
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(rebuilt.output.match(/FULL TURBO/g)).toHaveLength(3);
    expect([readFileSync(dts, 'utf8'), readFileSync(validators, 'utf8')]).toEqual(before);
  });

  test('a description-only schema edit regenerates, then rebuilds only the packages whose generated files changed', () => {
    const index = join(box.dir, 'packages/mock/src/generated/proxy-data.json');
    const indexBefore = readFileSync(index, 'utf8');
    const undo = rewordSchema('spec/components/schemas/ApiError.yaml', 'Edited by the pipeline test.');
    expect(plannedCache('generate')['//#generate']).toBe('MISS');
    const generated = turbo('generate');
    expect(generated.code, generated.output).toBe(0);
    // The types carry descriptions (JSDoc) and the docs show them; the client's table and validators have none,
    // so they came out byte-identical and the client's build stays cached. The mock's data holds no description
    // either; its traffic-check index holds spec file:line locations, and the reworded (longer) description
    // moved the lines below it, but the index is JSON the proxy reads at run time, outside the build's inputs.
    expect(readFileSync(index, 'utf8')).not.toBe(indexBefore);
    expect(plannedCache('build')).toEqual({
      '@lr-mfa/types#build': 'MISS',
      '@lr-mfa/client#build': 'HIT',
      '@lr-mfa/mock#build': 'HIT',
      '@lr-mfa/docs#build': 'MISS',
    });
    undo();
    const restored = turbo('generate');
    expect(restored.code, restored.output).toBe(0);
    expect(allHit()).toBe(true);
  });

  test('editing a package rebuilds it alone: package builds do not read the spec', () => {
    appendFileSync(join(box.dir, 'packages/types/src/index.ts'), '\n// touched by the pipeline test\n');
    expect(plannedCache('generate')['//#generate']).toBe('HIT');
    const plan = plannedCache('build');
    expect(plan['@lr-mfa/types#build']).toBe('MISS');
    expect(Object.entries(plan).filter(([, s]) => s === 'MISS')).toHaveLength(1);
    box.git('checkout', '--', 'packages/types/src/index.ts');
    expect(allHit()).toBe(true);
  });

  test('a broken spec fails the build, names file and line, and leaves every generated file untouched', () => {
    const before = generatedDigest();
    const file = join(box.dir, 'spec/components/schemas/ApiError.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('type: object', 'type: object\n  properties: [oops'));
    const broken = box.run('pnpm', ['build']);
    writeFileSync(file, original);
    expect(broken.code).not.toBe(0);
    expect(broken.output).toMatch(/spec\/components\/schemas\/ApiError\.yaml:\d+:\d+ error yaml-syntax/);
    expect(generatedDigest()).toEqual(before);
    expect(box.git('status', '--porcelain')).toBe('');
  });

  test('a construct a generator cannot handle fails the build with the spec file and line, changing nothing', () => {
    const before = generatedDigest();
    const file = join(box.dir, 'spec/paths/identity_v2_auth_login_2fa_sms.yaml');
    const original = readFileSync(file, 'utf8');
    const cookie =
      '    - name: session\n      in: cookie\n      description: A cookie.\n      schema:\n        type: string\n';
    writeFileSync(file, original.replace('  parameters:\n', `  parameters:\n${cookie}`));
    const broken = box.run('pnpm', ['build']);
    writeFileSync(file, original);
    expect(broken.code).not.toBe(0);
    expect(broken.output).toMatch(
      /spec\/paths\/identity_v2_auth_login_2fa_sms\.yaml:\d+:\d+ error model cookie parameters are not supported/,
    );
    expect(generatedDigest()).toEqual(before);
  });
});

describe('check:generated', () => {
  const check = () => box.run('pnpm', ['check:generated']);

  test('passes when the committed generated files match the spec', () => {
    const ok = check();
    expect(ok.code, ok.output).toBe(0);
  });

  test('fails, naming the file, when a hand edit of a generated file was committed', () => {
    appendFileSync(
      join(box.dir, 'packages/types/src/generated/aliases.ts'),
      'export type Sneaky = string;\n',
    );
    box.git('commit', '-qam', 'hand edit of a generated file');
    const stale = check();
    box.git('reset', '-q', '--hard', 'HEAD~1');
    expect(stale.code).not.toBe(0);
    expect(stale.output).toContain('packages/types/src/generated/aliases.ts');
  });

  test('fails when a spec change was committed without regenerating', () => {
    rewordSchema('spec/components/schemas/ApiError.yaml', 'Reworded.');
    box.git('commit', '-qam', 'spec edit without regeneration');
    const stale = check();
    box.git('reset', '-q', '--hard', 'HEAD~1');
    expect(stale.code).not.toBe(0);
    expect(stale.output).toContain('packages/types/src/generated/openapi.ts');
  });
});

describe('check:changeset', () => {
  test('a branch that edits the spec needs a changeset; docs-only, test-only or private-package changes do not', () => {
    const check = () => box.run('node', ['--import', 'tsx', 'scripts/check-changeset.ts']);
    expect(check().code).toBe(0); // on main: nothing to compare
    box.git('checkout', '-q', '-b', 'feature');
    writeFileSync(join(box.dir, 'scripts/tests/note.test.ts'), '// test-only change\n');
    // The test kit and the pipeline are private packages: their sources are never published.
    appendFileSync(join(box.dir, 'packages/testkit/src/sandbox.ts'), '// private change\n');
    appendFileSync(join(box.dir, 'packages/codegen/src/step.ts'), '// private change\n');
    box.git('add', '-A');
    box.git('commit', '-qm', 'test and private packages only');
    const quiet = check();
    expect(quiet.code, quiet.output).toBe(0);
    expect(quiet.output).toContain('0 published file(s) changed');
    rewordSchema('spec/components/schemas/ApiError.yaml', 'Changed.');
    box.git('commit', '-qam', 'spec change');
    const missing = check();
    expect(missing.code).not.toBe(0);
    expect(missing.output).toContain('spec/components/schemas/ApiError.yaml');
    writeFileSync(
      join(box.dir, '.changeset/clear-errors.md'),
      "---\n'@lr-mfa/types': patch\n---\n\nClearer ApiError text.\n",
    );
    box.git('add', '-A');
    box.git('commit', '-qm', 'changeset');
    expect(check().code).toBe(0);

    box.git('checkout', '-q', 'main');
  });

  test('a release commit (what `pnpm version-packages` does) needs no changeset of its own', () => {
    const check = () => box.run('node', ['--import', 'tsx', 'scripts/check-changeset.ts']);
    writeFileSync(join(box.dir, '.changeset/merged-fix.md'), "---\n'@lr-mfa/types': patch\n---\n\nA fix.\n");
    box.git('add', '-A');
    box.git('commit', '-qm', 'a merged change with its changeset');
    box.git('checkout', '-q', '-b', 'version-packages');
    // The changeset is consumed, the versions move and released/ records the release.
    box.git('rm', '-q', '.changeset/merged-fix.md');
    const manifest = join(box.dir, 'packages/types/package.json');
    writeFileSync(
      manifest,
      readFileSync(manifest, 'utf8').replace('"version": "0.1.0"', '"version": "0.1.1"'),
    );
    writeFileSync(join(box.dir, 'released/release.json'), '{ "version": "0.1.1" }\n');
    box.git('commit', '-qam', 'version packages');
    const release = check();
    expect(release.code, release.output).toBe(0);
    expect(release.output).toContain('a release (1 changeset(s) consumed, released/release.json updated)');
    box.git('checkout', '-q', 'main');
  });
});

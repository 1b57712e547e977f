// The pipeline end to end, in a sandbox copy of the repo: caching, incremental rebuilds, atomic
// failure on a broken spec, and the stale-generation gate.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { createSandbox, type Sandbox } from '../lib/sandbox.mjs';

let box: Sandbox;
const turbo = (...args: string[]) => box.run('pnpm', ['exec', 'turbo', 'run', ...args]);

/** Cache status of every task `pnpm build` would run (tasks a package has no script for are left out). */
function plannedCache(): Record<string, 'HIT' | 'MISS'> {
  const dry = turbo('build', '--dry=json');
  expect(dry.code, dry.output).toBe(0);
  const json = JSON.parse(dry.output.slice(dry.output.indexOf('{')));
  type Task = { taskId: string; command: string; cache: { status: 'HIT' | 'MISS' } };
  return Object.fromEntries(
    (json.tasks as Task[])
      .filter((t) => t.command !== '<NONEXISTENT>')
      .map((t) => [t.taskId, t.cache.status]),
  );
}

/** Rewords the top-level description of a spec YAML file (a harmless, valid edit); returns the undo. */
function rewordSchema(relPath: string, suffix: string): () => void {
  const file = join(box.dir, relPath);
  const original = readFileSync(file, 'utf8');
  const doc = parseDocument(original);
  doc.set('description', `${doc.get('description')} ${suffix}`);
  writeFileSync(file, doc.toString());
  return () => writeFileSync(file, original);
}

/** sha256 of every committed generated file, to prove a failed run leaves them alone. */
function generatedDigest(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pkg of readdirSync(join(box.dir, 'packages'))) {
    const dir = join(box.dir, 'packages', pkg, 'src/generated');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      out[`${pkg}/${file}`] = createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex');
    }
  }
  return out;
}

beforeAll(() => {
  box = createSandbox();
  const first = box.run('pnpm', ['build']);
  expect(first.code, first.output).toBe(0);
});
afterAll(() => box?.dispose());

describe('turbo pipeline', () => {
  test('a fresh build regenerates exactly the committed generated files', () => {
    expect(box.git('status', '--porcelain', '--', ':(glob)**/generated/**')).toBe('');
    expect(existsSync(join(box.dir, 'packages/types/dist/index.d.ts'))).toBe(true);
  });

  test('a no-op build is a full turbo cache hit', () => {
    expect(Object.values(plannedCache()).every((s) => s === 'HIT')).toBe(true);
    const again = box.run('pnpm', ['build']);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain('FULL TURBO');
  });

  test('deleting dist/ restores it from the cache', () => {
    const dts = join(box.dir, 'packages/types/dist/index.d.ts');
    const before = readFileSync(dts, 'utf8');
    rmSync(join(box.dir, 'packages/types/dist'), { recursive: true });
    const rebuilt = box.run('pnpm', ['build']);
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(rebuilt.output).toContain('FULL TURBO');
    expect(readFileSync(dts, 'utf8')).toBe(before);
  });

  test('editing one schema file rebuilds what reads the spec; editing a package rebuilds only its dependents', () => {
    const undo = rewordSchema('spec/components/schemas/ApiError.yaml', 'Edited by the pipeline test.');
    const afterSpecEdit = plannedCache();
    expect(afterSpecEdit['//#spec:lint']).toBe('MISS');
    expect(afterSpecEdit['//#spec:bundle']).toBe('MISS');
    expect(afterSpecEdit['@lr-mfa/types#generate']).toBe('MISS');
    undo();

    appendFileSync(join(box.dir, 'packages/types/src/index.ts'), '\n// touched by the pipeline test\n');
    const afterTypesEdit = plannedCache();
    expect(afterTypesEdit['//#spec:bundle']).toBe('HIT');
    expect(afterTypesEdit['@lr-mfa/types#generate']).toBe('HIT');
    expect(afterTypesEdit['@lr-mfa/types#build']).toBe('MISS');
    box.git('checkout', '--', 'packages/types/src/index.ts');
    expect(Object.values(plannedCache()).every((s) => s === 'HIT')).toBe(true);
  });

  test('a broken spec fails the build, names file and line, and leaves generated files untouched', () => {
    const before = generatedDigest();
    const file = join(box.dir, 'spec/components/schemas/ApiError.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('type: object', 'type: object\n  properties: [oops'));
    const broken = box.run('pnpm', ['build']);
    writeFileSync(file, original);
    expect(broken.code).not.toBe(0);
    expect(broken.output).toMatch(/spec\/components\/schemas\/ApiError\.yaml:\d+/);
    expect(generatedDigest()).toEqual(before);
    expect(box.git('status', '--porcelain')).toBe('');
  });

  test('a generator failure (unreadable bundle) keeps the previous generated files', () => {
    const before = generatedDigest();
    const gen = box.run('node', [
      'scripts/generate-types.mjs',
      '--spec',
      join(box.dir, 'no-such-bundle.json'),
    ]);
    expect(gen.code).not.toBe(0);
    expect(gen.output).toContain('cannot read the bundled spec');
    expect(generatedDigest()).toEqual(before);
  });
});

describe('check:generated', () => {
  const check = () => box.run('node', ['scripts/check-generated.mjs']);

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
  test('a branch that edits the spec needs a changeset; docs-only or test-only changes do not', () => {
    const check = () => box.run('node', ['--import', 'tsx', 'scripts/check-changeset.ts']);
    expect(check().code).toBe(0); // on main: nothing to compare
    box.git('checkout', '-q', '-b', 'feature');
    writeFileSync(join(box.dir, 'scripts/tests/note.test.ts'), '// test-only change\n');
    box.git('add', '-A');
    box.git('commit', '-qm', 'test only');
    expect(check().code).toBe(0);
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

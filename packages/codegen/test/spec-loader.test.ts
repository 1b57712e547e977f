// The one spec loader (packages/codegen/src/spec.ts): lint problems and JSON pointers of the bundled document map back to
// the spec file and line they came from, across files and through `$ref`s the bundler rewrote.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadSpec, SpecError } from '../src/spec.js';

const fixtureDir = join(import.meta.dirname, 'fixtures/multi-op');
const lineOf = (file: string, text: string) =>
  readFileSync(join(fixtureDir, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture with one file edited. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lr-mfa-loader-'));
  scratch.push(dir);
  cpSync(fixtureDir, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return join(dir, 'openapi.yaml');
}

async function problemsOf(entry: string) {
  const error = await loadSpec(entry).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpecError);
  return (error as SpecError).problems.map((p) => ({
    ...p,
    file: p.file.replace(/^.*?\/(?=paths|components)/, ''),
  }));
}

describe('loadSpec', () => {
  test('bundles the split spec into one document with named components and no external $ref', async () => {
    const spec = await loadSpec(join(fixtureDir, 'openapi.yaml'));
    expect(Object.keys(spec.document.paths as object)).toHaveLength(5);
    const components = spec.document.components as { schemas: object; responses: object; parameters: object };
    expect(Object.keys(components.schemas).sort()).toEqual(['Problem', 'User', 'UserPage']);
    expect(JSON.stringify(spec.document)).not.toMatch(/"\$ref":"\.\.?\//);
    expect(spec.files.length).toBeGreaterThanOrEqual(10);
  });

  test('maps pointers of the bundle to the file and line they came from', async () => {
    const spec = await loadSpec(join(fixtureDir, 'openapi.yaml'));
    const at = (pointer: string) => spec.locate(pointer);
    const file = (path?: string) => path?.slice(fixtureDir.length + 1);

    const del = at('/paths/~1users~1{uid}~1notes~1{noteId}/delete/x-lr-retry');
    expect([file(del?.path), del?.line]).toEqual([
      'paths/users_uid_notes_noteId.yaml',
      lineOf('paths/users_uid_notes_noteId.yaml', 'x-lr-retry'),
    ]);
    const pin = at(
      '/paths/~1users~1{uid}~1notes/post/requestBody/content/application~1json/schema/properties/pin',
    );
    expect([file(pin?.path), pin?.line]).toEqual([
      'paths/users_uid_notes.yaml',
      lineOf('paths/users_uid_notes.yaml', 'pin:'),
    ]);
    // Moved into components by the bundler: the component's own file.
    const zip = at('/components/schemas/User/properties/address/properties/zip');
    expect([file(zip?.path), zip?.line]).toEqual([
      'components/schemas/User.yaml',
      lineOf('components/schemas/User.yaml', 'zip:'),
    ]);
    expect(file(at('/components/parameters/Uid')?.path)).toBe('components/parameters/Uid.yaml');
    expect(spec.where('/paths/~1status/get/responses/200')).toMatch(/paths\/status\.yaml:\d+:\d+$/);
  });

  test('a lint problem names the file, line and rule', async () => {
    const entry = brokenCopy('components/schemas/User.yaml', (t) =>
      t.replace('    description: The postal code.\n', ''),
    );
    expect(await problemsOf(entry)).toContainEqual(
      expect.objectContaining({
        file: 'components/schemas/User.yaml',
        line: lineOf('components/schemas/User.yaml', 'zip:'),
        severity: 'error',
        rule: 'lr-mfa/schema-property-description',
      }),
    );
  });

  test('broken YAML names the file and line, even before any lint', async () => {
    const entry = brokenCopy('paths/status.yaml', (t) =>
      t.replace('  summary: Service status', '  summary: [Service status'),
    );
    const problems = await problemsOf(entry);
    expect(problems[0]).toMatchObject({ file: 'paths/status.yaml', rule: 'yaml-syntax', severity: 'error' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(lineOf('paths/status.yaml', 'summary:'));
  });

  test('an unresolvable $ref names the file and line of the $ref', async () => {
    const entry = brokenCopy('paths/users.yaml', (t) => t.replace('UserPage.yaml', 'Gone.yaml'));
    expect(await problemsOf(entry)).toContainEqual(
      expect.objectContaining({
        file: 'paths/users.yaml',
        line: lineOf('paths/users.yaml', 'UserPage.yaml'),
      }),
    );
  });
});

// scripts/build-docs.mjs on good and bad input, into a scratch output folder: a broken or empty spec must
// fail the build and leave the previous site in place, never produce a page that only looks fine.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Json, loadSite, repoRoot } from './site.js';

const script = join(repoRoot, 'scripts/build-docs.mjs');
const PREVIOUS = '<!-- the previous build -->';

let scratch: string;
let bundled: Json;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'lr-mfa-docs-build-'));
  // The published spec minus what the build adds is a valid bundled spec to start from.
  const { spec } = await loadSite();
  bundled = structuredClone(spec);
  for (const item of Object.values(bundled.paths) as Json[]) {
    for (const operation of Object.values(item) as Json[]) delete operation['x-codeSamples'];
  }
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Runs the build on `specText` into a fresh output folder holding a previous build; returns both. */
async function build(name: string, specText: string | undefined) {
  const specFile = join(scratch, `${name}.json`);
  if (specText !== undefined) await writeFile(specFile, specText);
  const out = join(scratch, name, 'dist');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'index.html'), PREVIOUS);
  const result = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(process.execPath, [script, '--spec', specFile, '--out', out], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
  return { ...result, out };
}

async function expectFailure(name: string, specText: string | undefined, message: RegExp) {
  const { code, output, out } = await build(name, specText);
  expect(code).not.toBe(0);
  expect(output).toMatch(/✖ build docs/);
  expect(output).toMatch(message);
  expect(await readFile(join(out, 'index.html'), 'utf8')).toBe(PREVIOUS);
  expect(await readdir(out)).toEqual(['index.html']);
  // No staging folder is left beside dist/.
  expect(await readdir(join(out, '..'))).toEqual(['dist']);
}

describe('build-docs refuses to publish a broken spec', () => {
  it('missing', () => expectFailure('missing', undefined, /does not exist: bundle the spec first/));
  it('empty file', () => expectFailure('empty', '', /is not valid JSON/));
  it('empty object', () =>
    expectFailure(
      'object',
      '{}',
      /"openapi" is not a 3\.x version; "info\.title" is missing; it has no operations; operation verifySmsOtp is missing/,
    ));
  it('no operations', () =>
    expectFailure('no-paths', JSON.stringify({ ...bundled, paths: {} }), /it has no operations/));

  it('without the documented operation', () => {
    const spec = structuredClone(bundled);
    for (const item of Object.values(spec.paths) as Json[]) {
      for (const operation of Object.values(item) as Json[]) operation.operationId = 'somethingElse';
    }
    return expectFailure('renamed', JSON.stringify(spec), /operation verifySmsOtp is missing/);
  });

  it('an operation without responses', () => {
    const spec = structuredClone(bundled);
    for (const item of Object.values(spec.paths) as Json[]) {
      for (const operation of Object.values(item) as Json[]) operation.responses = {};
    }
    return expectFailure('no-responses', JSON.stringify(spec), /has no responses/);
  });

  it('a parameter without an example (the samples could not show it)', () => {
    const spec = structuredClone(bundled);
    const first = Object.keys(spec.components.parameters)[0] as string;
    delete spec.components.parameters[first].example;
    return expectFailure('no-example', JSON.stringify(spec), /code samples: .*has no example/);
  });

  it('a dangling $ref', () => {
    const spec = structuredClone(bundled);
    const first = Object.keys(spec.components.parameters)[0] as string;
    delete spec.components.parameters[first];
    return expectFailure('dangling', JSON.stringify(spec), /dangling \$ref #\/components\/parameters\//);
  });
});

describe('build-docs on the bundled spec', () => {
  it('replaces the previous build with the page and both spec files', async () => {
    const { code, output, out } = await build('good', JSON.stringify(bundled));
    expect(output).toMatch(/✔ build docs/);
    expect(code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['index.html', 'openapi.json', 'openapi.yaml']);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).not.toBe(PREVIOUS);
    expect(html).toContain('verifySmsOtp');
    expect(await readdir(join(out, '..'))).toEqual(['dist']);
  });
});

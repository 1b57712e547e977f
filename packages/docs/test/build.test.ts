// The docs build (codegen/build.ts) on good and bad input, into a scratch output folder: a broken or empty spec or
// Model must fail the build and leave the previous site in place, never produce a page that only looks fine.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel } from '@lr-mfa/codegen/build-model';
import { MULTI_OP_SPEC } from '@lr-mfa/codegen/fixtures';
import type { Model } from '@lr-mfa/codegen/model';
import { loadSpec } from '@lr-mfa/codegen/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Json, llmsLinks, loadSite, packageDir } from './site.js';

const script = join(packageDir, 'codegen/build.ts');
const tsx = join(packageDir, 'node_modules/.bin/tsx');
const PREVIOUS = '<!-- the previous build -->';

let scratch: string;
let bundled: Json;
let model: Model;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'lr-mfa-docs-build-'));
  // The published spec minus what the build adds is a valid bundled spec to start from.
  const site = await loadSite();
  model = site.model;
  bundled = structuredClone(site.spec);
  for (const item of Object.values(bundled.paths) as Json[]) {
    for (const operation of Object.values(item) as Json[]) delete operation['x-codeSamples'];
  }
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Runs the build on `specText` (and the Model) into a fresh output folder holding a previous build. */
async function build(
  name: string,
  specText: string | undefined,
  modelText: string | null = JSON.stringify(model),
  extra: string[] = [],
) {
  const specFile = join(scratch, `${name}.json`);
  const modelFile = join(scratch, `${name}.model.json`);
  if (specText !== undefined) await writeFile(specFile, specText);
  if (modelText !== null) await writeFile(modelFile, modelText);
  const out = join(scratch, name, 'dist');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'index.html'), PREVIOUS);
  const result = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      tsx,
      [script, '--spec', specFile, '--model', modelFile, '--out', out, ...extra],
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
  return { ...result, out };
}

async function expectFailure(
  name: string,
  specText: string | undefined,
  message: RegExp,
  modelText: string | null = JSON.stringify(model),
) {
  const { code, output, out } = await build(name, specText, modelText);
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
      /"openapi" is not a 3\.x version; "info\.title" is missing; it has no operations/,
    ));
  it('no operations', () =>
    expectFailure('no-paths', JSON.stringify({ ...bundled, paths: {} }), /it has no operations/));

  it('an operation without responses', () => {
    const spec = structuredClone(bundled);
    for (const item of Object.values(spec.paths) as Json[]) {
      for (const operation of Object.values(item) as Json[]) operation.responses = {};
    }
    return expectFailure('no-responses', JSON.stringify(spec), /has no responses/);
  });

  it('no Model', () =>
    expectFailure(
      'no-model',
      JSON.stringify(bundled),
      /model\.json does not exist: bundle the spec first/,
      null,
    ));

  it('a Model of another spec (stale)', () => {
    const stale = structuredClone(model);
    for (const op of stale.operations) op.id = `${op.id}Old`;
    return expectFailure(
      'stale',
      JSON.stringify(bundled),
      /does not match the spec .*it is stale/,
      JSON.stringify(stale),
    );
  });

  it('a required input without an example (the samples could not show it), naming its pointer', () => {
    const broken = structuredClone(model);
    const op = broken.operations[0] as Model['operations'][number];
    const required = op.inputs.find(
      (i) => i.required && i.in !== 'body',
    ) as Model['operations'][number]['inputs'][number];
    delete required.example;
    return expectFailure(
      'no-example',
      JSON.stringify(bundled),
      new RegExp(
        `code samples: ${op.id}: required ${required.in} parameter "${required.wire}" has no example.*\n.*#${required.pointer.replace(/[~.*+?^${}()|[\]\\]/g, '\\$&')}`,
      ),
      JSON.stringify(broken),
    );
  });
});

describe('build-docs on the bundled spec', () => {
  it('replaces the previous build with the page, both spec files and the text reference', async () => {
    const { code, output, out } = await build('good', JSON.stringify(bundled));
    expect(output).toMatch(/✔ build docs/);
    expect(code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'api-changelog.md',
      'index.html',
      'llms-full.txt',
      'llms.txt',
      'openapi.json',
      'openapi.yaml',
      'operations',
      'overview.md',
    ]);
    expect(output).toContain(`dist/operations/ (${model.operations.length} pages, `);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).not.toBe(PREVIOUS);
    expect(html).toContain('verifySmsOtp');
    expect(await readdir(join(out, '..'))).toEqual(['dist']);
  });
});

describe('build-docs on the multi-operation fixture', () => {
  it('writes a page per operation, no changelog when the spec has none, and llms.txt links that all resolve', async () => {
    const { document } = await loadSpec(MULTI_OP_SPEC);
    const fixtureModel = buildModel(document);
    const noChangelog = join(scratch, 'no-such-changelog.md');
    const { code, output, out } = await build(
      'multi-op',
      JSON.stringify(document),
      JSON.stringify(fixtureModel),
      ['--changelog', noChangelog],
    );
    expect(output).toMatch(/✔ build docs/);
    expect(code).toBe(0);
    expect((await readdir(join(out, 'operations'))).sort()).toEqual(
      fixtureModel.operations.map((o) => `${o.id}.md`).sort(),
    );
    expect(await readdir(out)).not.toContain('api-changelog.md');
    const links = llmsLinks(await readFile(join(out, 'llms.txt'), 'utf8'));
    expect(links).toHaveLength(fixtureModel.operations.length + 5);
    for (const link of links) expect(existsSync(join(out, link)), link).toBe(true);
  });
});

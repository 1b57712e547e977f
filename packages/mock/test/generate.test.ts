// scripts/generate-mock-data.mjs: the committed generated data is what the current spec produces, and a spec
// the mock cannot serve fails the step with a plain message and leaves the previous output in place.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec, type Json, repoRoot } from './spec.js';

const script = join(repoRoot, 'scripts/generate-mock-data.mjs');
const committed = join(repoRoot, 'packages/mock/src/generated/spec-data.ts');
let dir: string;
let spec: Json;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lr-mfa-mock-generate-'));
  spec = await bundleSpec();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function generate(specFile: string, out: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, '--spec', specFile, '--out', out], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

async function generateFrom(document: Json, name: string) {
  const specFile = join(dir, `${name}.json`);
  const out = join(dir, name);
  await writeFile(specFile, JSON.stringify(document));
  return { ...(await generate(specFile, out)), file: join(out, 'spec-data.ts') };
}

describe('generate-mock-data', () => {
  it('reproduces the committed file from the current spec', async () => {
    const { code, file } = await generateFrom(spec, 'current');
    expect(code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(await readFile(committed, 'utf8'));
  });

  it('writes the do-not-edit header and the spec data', async () => {
    const text = await readFile(committed, 'utf8');
    expect(text.startsWith('// DO NOT EDIT. Generated from spec/openapi.yaml')).toBe(true);
    expect(text).toContain('export const specServerUrl = "https://api.loginradius.com";');
    expect(text).toMatch(/"1067": \{\n\s+"status": 403,/);
  });

  it('fails without a 200 example that has a Profile, keeping the previous output', async () => {
    const broken = structuredClone(spec);
    const ok = broken.paths['/identity/v2/auth/login/2fa/sms'].put.responses['200'];
    const response = ok.$ref ? broken.components.responses[ok.$ref.split('/').pop()] : ok;
    response.content['application/json'].examples = {};
    const out = join(dir, 'kept');
    await generateFrom(spec, 'kept');
    const before = await readFile(join(out, 'spec-data.ts'), 'utf8');
    const { code, output } = await generate(await writeJson('no-200.json', broken), out);
    expect(code).toBe(1);
    expect(output).toContain('the 200 response of the operation has no example with a Profile');
    expect(await readFile(join(out, 'spec-data.ts'), 'utf8')).toBe(before);
  });

  it('fails when one error code is documented under two statuses', async () => {
    const broken = structuredClone(spec);
    const examples = broken.components.examples;
    const name = Object.keys(examples).find((k) => examples[k].value?.ErrorCode === 908) as string;
    examples[name].value.ErrorCode = 1067; // now a 400 example claims the 403 code
    const { code, output } = await generateFrom(broken, 'conflict');
    expect(code).toBe(1);
    expect(output).toMatch(/error 1067 has examples under both/);
  });
});

async function writeJson(name: string, document: Json): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(document));
  return file;
}

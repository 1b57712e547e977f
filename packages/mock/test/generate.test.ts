// The mock's generator plugin (scripts/generators/mock.ts), run through packages/mock/scripts/generate.ts: the
// committed generated data is what the current spec produces, every operation is in it, and a spec the mock
// cannot serve fails the step naming the JSON pointer, leaving the previous output in place.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOperations } from '../src/generated/spec-data.js';
import { bundleSpec, type Json, repoRoot } from './spec.js';

const script = join(repoRoot, 'packages/mock/scripts/generate.ts');
const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const generatedPath = 'packages/mock/src/generated/spec-data.ts';
let dir: string;
let spec: Json;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lr-mfa-mock-generate-'));
  spec = await bundleSpec();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function generate(specFile: string, outRoot: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [script, '--spec', specFile, '--out-root', outRoot], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

async function generateFrom(document: Json, name: string) {
  const specFile = join(dir, `${name}.json`);
  const outRoot = join(dir, name);
  await writeFile(specFile, JSON.stringify(document));
  return { ...(await generate(specFile, outRoot)), file: join(outRoot, generatedPath) };
}

describe('mock generator', () => {
  it('reproduces the committed file from the current spec', async () => {
    const { code, file } = await generateFrom(spec, 'current');
    expect(code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(await readFile(join(repoRoot, generatedPath), 'utf8'));
  });

  it('lists every operation of the spec with its method, path matcher and examples', () => {
    const inSpec = Object.entries(spec.paths as Record<string, Json>).flatMap(([path, item]) =>
      Object.entries(item as Record<string, Json>).map(([method, op]) => ({
        id: op.operationId,
        method: method.toUpperCase(),
        path,
      })),
    );
    expect(specOperations.map(({ id, method, path }) => ({ id, method, path }))).toEqual(inSpec);
    for (const op of specOperations) {
      expect(new RegExp(op.pattern).test(op.path)).toBe(true);
      const success = op.responses.find((r) => r.status.startsWith('2'));
      expect(success?.examples.length, `${op.id} has a success example`).toBeGreaterThan(0);
    }
  });

  it('fails on a request constraint the mock cannot check, naming its pointer, keeping the previous output', async () => {
    const broken = structuredClone(spec);
    const name = Object.keys(broken.components.parameters).find(
      (k) => broken.components.parameters[k].name === 'smstemplate2fa',
    ) as string;
    broken.components.parameters[name].schema = { type: 'string', not: { const: 'x' } };
    const kept = await generateFrom(spec, 'kept');
    const before = await readFile(kept.file, 'utf8');
    const { code, output } = await generate(await writeJson('unsupported.json', broken), join(dir, 'kept'));
    expect(code).toBe(1);
    expect(output).toMatch(/\/paths\/\S+\/parameters\/\d+: /);
    expect(output).toContain('cannot check the schema keyword "not"');
    expect(await readFile(kept.file, 'utf8')).toBe(before);
  });

  it('gives a success response without examples a minimal value of its schema', async () => {
    const bare = structuredClone(spec);
    const [path, item] = Object.entries(bare.paths as Record<string, Json>).find(([, i]) => i.get) as [
      string,
      Json,
    ];
    const media = item.get.responses['200'].content['application/json'];
    media.examples = undefined;
    media.schema = {
      type: 'object',
      required: ['Sid', 'Count'],
      properties: { Sid: { type: 'string' }, Count: { type: 'integer', minimum: 1 } },
    };
    const { code, file } = await generateFrom(bare, 'bare');
    expect(code, path).toBe(0);
    const text = await readFile(file, 'utf8');
    const marker = 'export const specOperations: readonly SpecOperation[] = ';
    const operations = JSON.parse(
      text
        .slice(text.indexOf(marker) + marker.length)
        .trim()
        .replace(/;$/, ''),
    );
    const get = operations.find((op: { method: string }) => op.method === 'GET');
    expect(get.responses.find((r: { status: string }) => r.status === '200').examples).toEqual([
      { name: 'generated', value: { Sid: '', Count: 1 } },
    ]);
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

// The mock's generator (codegen/) on the product spec, in memory: the committed src/generated/ is exactly what it
// produces, and it refuses a spec it cannot serve with the pointer of the problem.

import { SpecPointerError } from '@lr-mfa/codegen/build-model';
import type { GeneratedFile } from '@lr-mfa/codegen/plugin';
import type { LoadedSpec } from '@lr-mfa/codegen/spec';
import { contextOf, loadProductSpec, staleFiles } from '@lr-mfa/codegen/testing';
import { beforeAll, describe, expect, test } from 'vitest';
import { mock } from '../codegen/index.js';

let spec: LoadedSpec;
beforeAll(async () => {
  spec = await loadProductSpec();
});

const context = (document = spec.document) => contextOf(spec, document);

async function failure(run: () => GeneratedFile[] | Promise<GeneratedFile[]>): Promise<SpecPointerError> {
  const error = await Promise.resolve()
    .then(run)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(SpecPointerError);
  return error as SpecPointerError;
}

describe('the mock generator on the product spec', () => {
  test('reproduces the committed src/generated/ byte for byte', async () => {
    expect(await staleFiles(mock, context())).toEqual([]);
  });

  test('mock data: the do-not-edit header and the server URL', async () => {
    const [file] = await mock.generate(context());
    expect(file?.content.startsWith('// DO NOT EDIT. Generated from spec/openapi.yaml')).toBe(true);
    expect(file?.content).toContain('export const specServerUrl = "https://api.loginradius.com";');
  });

  test('mock data: a request schema keyword ajv cannot compile fails at that parameter', async () => {
    const broken = structuredClone(spec.document) as {
      components: { parameters: Record<string, { name: string; schema: object }> };
    };
    const parameters = broken.components.parameters;
    const name = Object.keys(parameters).find((k) => parameters[k]?.name === 'smstemplate2fa') as string;
    // A misspelt `maxLength`: a request check that would silently check nothing.
    (parameters[name] as { schema: object }).schema = { type: 'string', maxLenght: 5 };
    const error = await failure(() => mock.generate(context(broken)));
    expect(error.pointer).toMatch(/^\/paths\/\S+\/parameters\/\d+/);
    expect(error.message).toContain(
      'ajv cannot compile this schema: strict mode: unknown keyword: "maxLenght"',
    );
  });

  test('mock data: a request format ajv has no check for fails at that parameter', async () => {
    const broken = structuredClone(spec.document) as {
      components: { parameters: Record<string, { name: string; schema: object }> };
    };
    const parameters = broken.components.parameters;
    const name = Object.keys(parameters).find((k) => parameters[k]?.name === 'smstemplate2fa') as string;
    (parameters[name] as { schema: object }).schema = { type: 'string', format: 'sms-template' };
    const error = await failure(() => mock.generate(context(broken)));
    expect(error.pointer).toMatch(/^\/paths\/\S+\/parameters\/\d+/);
    expect(error.message).toContain('unknown format "sms-template"');
  });

  test('mock data: a success response without examples gets a minimal value of its schema', async () => {
    const bare = structuredClone(spec.document) as { paths: Record<string, Record<string, unknown>> };
    const item = Object.values(bare.paths).find((i) => i.get) as {
      get: { responses: Record<string, unknown> };
    };
    item.get.responses['200'] = {
      description: 'ok',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['Sid', 'Count'],
            properties: { Sid: { type: 'string' }, Count: { type: 'integer', minimum: 1 } },
          },
        },
      },
    };
    const [file] = (await mock.generate(context(bare))) as GeneratedFile[];
    expect(file?.content).toMatch(/"name": "generated",\s+"value": \{\s+"Sid": "",\s+"Count": 1\s+\}/);
  });

  test('mock data: one error code documented under two statuses fails', async () => {
    const broken = structuredClone(spec.document) as {
      components: { examples: Record<string, { value?: { ErrorCode?: number } }> };
    };
    const examples = broken.components.examples;
    const name = Object.keys(examples).find((k) => examples[k]?.value?.ErrorCode === 908) as string;
    (examples[name]?.value as { ErrorCode: number }).ErrorCode = 1067; // a 400 example now claims the 403 code
    const error = await failure(() => mock.generate(context(broken)));
    expect(error.message).toMatch(/error 1067 has examples under both/);
  });
});

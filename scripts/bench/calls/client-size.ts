// Client size per operation: generates clients for synthetic specs of 1, 10 and 100 operations with the real
// generator and runtime, bundles each as a browser app would (esbuild, minified, openapi-fetch included), and
// prints min+gzip and the slope in kB per further operation (issue target ≤ 0.3 kB). Figures are printed,
// never asserted.
//   pnpm exec tsx scripts/bench/calls/client-size.ts [--sizes 1,10,100]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildModel } from '@lr-mfa/codegen/build-model';
import { generatorContext } from '@lr-mfa/codegen/plugin';
import { root } from '@lr-mfa/codegen/step';
import { build } from 'esbuild';
import { clientGenerator } from '../../../packages/client/codegen/client.js';

/** The target for each further operation, in kB (1 kB = 1000 bytes) of min+gzip. */
export const SLOPE_TARGET_KB = 0.3;

const words = [
  'account',
  'device',
  'session',
  'factor',
  'token',
  'profile',
  'consent',
  'role',
  'webhook',
  'tenant',
];

/** The error envelope every synthetic operation answers on a 400 (a fresh object per spec). */
function apiErrorSchema() {
  return {
    type: 'object',
    required: ['ErrorCode', 'Message'],
    properties: {
      ErrorCode: { type: 'integer' },
      Message: { type: 'string' },
      Description: { type: 'string' },
    },
  };
}

/** Operation `i`'s resource word (the word list again with a number on each further pass) and its type name. */
function nameOf(i: number): { word: string; Name: string } {
  const word = `${words[i % words.length]}${Math.floor(i / words.length) || ''}`;
  return { word, Name: word[0]?.toUpperCase() + word.slice(1) };
}

/** A 200 with the resource's own schema, or a 400 with the error envelope. */
function responsesOf(word: string, Name: string) {
  return {
    200: {
      description: `The ${word}.`,
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${Name}` } } },
    },
    400: {
      description: 'Error.',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
    },
  };
}

/** A GET by a path parameter, with three query parameters. */
function getOperation(word: string, Name: string, responses: unknown) {
  return {
    get: {
      operationId: `get${Name}`,
      summary: `Get a ${word}`,
      description: `Reads one ${word} by its id.`,
      parameters: [
        { name: `${word}id`, in: 'path', required: true, description: 'Id.', schema: { type: 'string' } },
        { name: 'fields', in: 'query', description: 'Fields.', schema: { type: 'string' } },
        { name: `${word}limit`, in: 'query', description: 'Limit.', schema: { type: 'integer' } },
        {
          name: 'include_deleted',
          in: 'query',
          description: 'Deleted too.',
          schema: { type: 'boolean' },
        },
      ],
      responses,
    },
  };
}

/** A POST with a header, a JSON body of four fields (one secret) and an explicit retry rule. */
function createOperation(word: string, Name: string, responses: unknown) {
  return {
    post: {
      operationId: `create${Name}`,
      summary: `Create a ${word}`,
      description: `Creates a ${word}.`,
      'x-lr-retry': { statuses: [503], network: false, timeout: false },
      parameters: [{ name: 'X-Origin', in: 'header', description: 'Origin.', schema: { type: 'string' } }],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: [`${word}name`],
              properties: {
                [`${word}name`]: { type: 'string' },
                [`${word}_secret`]: { type: 'string', 'x-lr-secret': true },
                enabled: { type: 'boolean' },
                metadata: { type: 'object', additionalProperties: { type: 'string' } },
              },
            },
          },
        },
      },
      responses,
    },
  };
}

/**
 * A spec of `count` operations shaped like an identity API's: even ones a GET with a path parameter and three
 * query parameters, odd ones a POST with a header, a JSON body of four fields (one secret) and an explicit
 * retry rule; each answers its own object schema, or the shared error envelope.
 */
export function syntheticSpec(count: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { ApiError: apiErrorSchema() };
  for (let i = 0; i < count; i++) {
    const { word, Name } = nameOf(i);
    schemas[Name] = {
      type: 'object',
      required: ['Id'],
      properties: { Id: { type: 'string' }, Status: { type: 'string' }, Count: { type: 'integer' } },
    };
    const responses = responsesOf(word, Name);
    if (i % 2 === 0) paths[`/identity/v2/${word}/{${word}id}`] = getOperation(word, Name, responses);
    else paths[`/identity/v2/${word}`] = createOperation(word, Name, responses);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Synthetic', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    paths,
    components: {
      schemas,
      securitySchemes: { ApiKey: { type: 'apiKey', in: 'query', name: 'apikey' } },
    },
  };
}

/** Min and min+gzip bytes of a browser bundle of the generated client for `spec` (everything it imports). */
export async function clientBundle(spec: Record<string, unknown>): Promise<{ min: number; gzip: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'lr-mfa-client-size-'));
  try {
    const files = await clientGenerator.generate(
      generatorContext(buildModel(spec), spec, '// generated\n', (pointer) => `#${pointer}`),
    );
    for (const file of files) {
      const path = join(dir, file.path.replace('packages/client/src/', ''));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    const runtime = join(root, 'packages/client/src/runtime.ts');
    writeFileSync(join(dir, 'runtime.ts'), `export * from ${JSON.stringify(runtime)};\n`);
    const result = await build({
      stdin: {
        contents: `export * from './generated/client/index.ts';`,
        resolveDir: dir,
        loader: 'ts',
      },
      // openapi-fetch as the client package resolves it.
      nodePaths: [join(root, 'packages/client/node_modules')],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const output = result.outputFiles[0]?.contents ?? new Uint8Array();
    return { min: output.length, gzip: gzipSync(output, { level: 9 }).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface SlopeResult {
  rows: { operations: number; min: number; gzip: number }[];
  /** kB of min+gzip per further operation, from the smallest to the largest size. */
  slopeKb: number;
}

export async function benchClientSlope(sizes: number[] = [1, 10, 100]): Promise<SlopeResult> {
  const rows = [];
  for (const operations of sizes)
    rows.push({ operations, ...(await clientBundle(syntheticSpec(operations))) });
  const first = rows[0];
  const last = rows.at(-1);
  const slopeKb =
    first && last && last.operations > first.operations
      ? (last.gzip - first.gzip) / (last.operations - first.operations) / 1000
      : Number.NaN;
  return { rows, slopeKb };
}

export function formatClientSlope({ rows, slopeKb }: SlopeResult): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
  return [
    'Client size by operation count (synthetic specs; generated client + runtime + openapi-fetch, esbuild browser, minified)',
    '| operations | minified | min+gzip |',
    '|-----------:|---------:|---------:|',
    ...rows.map((r) => `| ${r.operations} | ${kB(r.min)} | ${kB(r.gzip)} |`),
    `Each further operation adds ${slopeKb.toFixed(3)} kB min+gzip (target ≤ ${SLOPE_TARGET_KB} kB).`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '1,10,100' }, json: { type: 'boolean', default: false } },
  });
  const result = await benchClientSlope(values.sizes.split(',').map(Number));
  console.log(values.json ? JSON.stringify(result) : formatClientSlope(result));
}

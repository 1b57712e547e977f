// The reference as text (codegen/markdown): the Markdown page of every operation of the multi-operation fixture
// (path, query, header and body inputs, a 204, a text/plain success, an explicit retry rule, secret inputs),
// secrets never shown as values, and llms.txt / llms-full.txt. The fixture's Model is made by the pipeline's
// own loader and Model builder, as the docs build gets it from build/spec/model.json.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildModel } from '@lr-mfa/codegen/build-model';
import { MULTI_OP_SPEC } from '@lr-mfa/codegen/fixtures';
import type { Model, Operation as ModelOperation } from '@lr-mfa/codegen/model';
import { loadSpec } from '@lr-mfa/codegen/spec';
import { beforeAll, describe, expect, test } from 'vitest';
import { curlSample, sampleCalls, typescriptSample } from '../codegen/code-samples.js';
import { markdownFiles, type TextFile, withoutDiagrams } from '../codegen/markdown/index.js';
import { SECRET_MASK } from '../codegen/markdown/operation.js';
import { OUTLINE_DEPTH, outline, typeOf } from '../codegen/markdown/outline.js';
import { code, fence, table } from '../codegen/markdown/text.js';
import {
  distDir,
  llmsLinks,
  loadSite,
  outsideFences,
  packageDir,
  repoRoot,
  type Site,
  section,
} from './site.js';

const CLIENT = '@lr-mfa/client';
let model: Model;
let info: { title: string; version: string; summary?: string; description?: string };
let files: TextFile[];

const file = (path: string) => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  return found.content;
};
const page = (id: string) => file(`operations/${id}.md`);

beforeAll(async () => {
  const { document } = await loadSpec(MULTI_OP_SPEC);
  model = buildModel(document) as Model;
  const docInfo = document.info as { title: string; summary?: string; description?: string };
  info = { ...docInfo, version: '9.8.7' };
  files = markdownFiles(model, { ...info, changelog: '## 9.8.7\n\nFirst release.\n' }, CLIENT);
});

describe('a Markdown page per operation of the multi-operation fixture', () => {
  test('one page per operation, titled by its summary, naming its method, path and client method', () => {
    expect(files.filter((f) => f.path.startsWith('operations/')).map((f) => f.path)).toEqual(
      model.operations.map((o) => `operations/${o.id}.md`),
    );
    for (const o of model.operations) {
      const text = page(o.id);
      expect(text.split('\n')[0]).toBe(`# ${o.summary}`);
      expect(text).toContain(code(`${o.method.toUpperCase()} ${o.path}`));
      expect(text).toContain(code(`client.${o.id}()`));
      expect(text).toContain(o.description);
    }
  });

  test('every input is a row saying where it is sent: path, query, header and JSON body', () => {
    const rows = (id: string) =>
      section(page(id), '## Inputs')
        .split('\n')
        .filter((l) => l.startsWith('| `'))
        .map((l) => l.split(' | ').slice(0, 5));
    expect(rows('getUser')).toEqual([
      ['| `uid`', 'path', '`uid`', 'string', 'yes'],
      ['| `fields`', 'query string', '`fields`', 'array of string', 'no'],
    ]);
    expect(rows('listUsers').map((r) => [r[0], r[1], r[3]])).toEqual([
      ['| `limit`', 'query string', 'integer'],
      ['| `minScore`', 'query string', 'number'],
      ['| `status`', 'query string', 'string (one of: "active", "locked", "deleted")'],
      ['| `tags`', 'query string', 'array of string'],
    ]);
    expect(rows('createNote')).toEqual([
      ['| `uid`', 'path', '`uid`', 'string', 'yes'],
      ['| `xSessionToken`', 'header', '`X-Session-Token`', 'string', 'yes, **secret**'],
      ['| `note`', 'JSON body', '`note`', 'object', 'yes'],
      ['| `pin`', 'JSON body', '`pin`', 'string', 'yes, **secret**'],
    ]);
    expect(rows('getStatus')).toEqual([]);
    expect(section(page('getStatus'), '## Inputs')).toContain('No other input.');
    // Every page names the API key and where it goes.
    for (const o of model.operations)
      expect(section(page(o.id), '## Inputs')).toContain('the query parameter `apikey` (secret');
  });

  test("a body input's nested fields are outlined, and the body's named examples are listed by name only", () => {
    const inputs = section(page('createNote'), '## Inputs');
    expect(inputs).toContain('Body: `application/json`, required.');
    expect(inputs).toContain('`minimal` (A note without tags); `tagged` (A tagged note)');
    expect(inputs).toContain('Fields of `note`:\n\n- `text` (string, required): What the note says.\n');
    expect(inputs).toContain('- `tags` (array of string): Labels of the note.');
    expect(inputs).not.toContain('Prefers email');
  });

  test('each response status has a section: its body, fields and examples; a 204 has no body, text is a string', () => {
    for (const o of model.operations) {
      const headings = section(page(o.id), '## Responses')
        .split('\n')
        .filter((l) => l.startsWith('### '));
      expect(headings.map((h) => h.split(' ')[1])).toEqual(o.responses.map((r) => r.status));
    }
    const deleted = section(page('deleteNote'), '### 204');
    expect(deleted).toMatch(/^### 204 No Content\n\nNo body\.\n\nThe note is gone\./);
    const status = section(page('getStatus'), '### 200');
    expect(status).toContain('Body: `text/plain`, string.');
    expect(status).toContain('Examples:\n\n- `default`: `"ok"`');
    const created = section(page('createNote'), '### 201');
    expect(created).toContain("- `id` (integer, required): The note's id.");
    const list = section(page('listUsers'), '### 200');
    expect(list).toContain('- `users` (array of object, required): The users of this page.');
    expect(list).toContain("  - `name` (string, required): The user's name.");
    // Deeper than the outline goes: counted, left to openapi.json.
    expect(list).toContain('  - `address` (object): Where the user lives. (2 fields, in openapi.json)');
  });

  test('error statuses show each example body (their error codes), and a schema outlined once is referred to', () => {
    const fallback = section(page('createNote'), '### default');
    expect(fallback).toContain('- `default`: `{"code":400,"message":"limit must be at most 100"}`');
    expect(fallback).toContain('Fields: as under 400.');
    expect(section(page('createNote'), '### 400')).toContain(
      '- `code` (integer, required): The HTTP status.',
    );
    const missing = section(page('getUser'), '### 404 Not Found');
    expect(missing).toContain('- `code` (integer, required): The HTTP status.');
    expect(missing).toContain('`{"code":404,"message":"no such user"}`');
    expect(section(page('getStatus'), '### 4XX')).toContain('Error examples:');
  });

  test('the samples are the minimal curl and TypeScript samples of the reference, fenced whole', () => {
    for (const o of model.operations) {
      const [minimal] = sampleCalls(o);
      const samples = section(page(o.id), '## Samples');
      expect(samples).toContain(fence('sh', curlSample(model, o, minimal as never)));
      expect(samples).toContain(fence('ts', typescriptSample(model, o, minimal as never, CLIENT)));
    }
    expect(section(page('createNote'), '## Samples')).toContain("-H 'X-Session-Token: session-token-1'");
  });

  test('the retry rule: an explicit one, the GET default (idempotent), the default of other methods', () => {
    const rule = (id: string) =>
      section(page(id), '## Retries')
        .split('\n')
        .filter((l) => l.startsWith('- '));
    // Not idempotent (a DELETE whose rule does not say so): what may have arrived is never sent again.
    const unknown =
      '- after a failure once the request may have reached the server (a reset, a lost answer, a timeout): ' +
      'never, since the operation is not idempotent; the error says the outcome is unknown (`outcomeUnknown`).';
    expect(rule('deleteNote')).toEqual([
      '- after the statuses: 502 and 503;',
      '- after a network failure that proves nothing was sent (refused, DNS, TLS): yes;',
      unknown,
    ]);
    expect(rule('listUsers')[0]).toBe('- after the statuses: 429, 502, 503 and 504;');
    expect(
      rule('listUsers')
        .slice(1)
        .every((l) => l.endsWith('yes;') || l.endsWith('yes.')),
    ).toBe(true);
    expect(rule('createNote')).toEqual([
      '- after the statuses: 429;',
      '- after a network failure that proves nothing was sent (refused, DNS, TLS): no;',
      unknown,
    ]);
  });
});

describe('secrets', () => {
  test('each page lists what is secret: the API key, secret inputs, secret response fields', () => {
    expect(
      section(page('createNote'), '## Secrets')
        .split('\n')
        .filter((l) => l.startsWith('- ')),
    ).toEqual([
      '- the API key (`apikey`, query string)',
      '- the input `xSessionToken` (header `X-Session-Token`)',
      '- the input `pin` (JSON body `pin`)',
    ]);
    expect(section(page('getStatus'), '## Secrets')).toContain('- the API key (`apikey`, query string)');
  });

  test("a secret's example value appears nowhere outside the samples, and an example body shows it masked", () => {
    const withSecrets = structuredClone(model);
    const note = withSecrets.operations.find((o) => o.id === 'createNote') as ModelOperation;
    // An error body that echoes secret members back, at the top and nested: the page masks them by name.
    const echoed = {
      code: 400,
      message: 'bad pin',
      pin: 'pin-VALUE-4711',
      detail: { 'X-Session-Token': 'tok-VALUE-9' },
    };
    note.responses.find((r) => r.status === '400')?.examples.push({ name: 'echo', value: echoed });
    note.secrets.push('X-Session-Token');
    const text = markdownFiles(withSecrets, info, CLIENT).find((f) => f.path === 'operations/createNote.md')
      ?.content as string;
    expect(text).toContain(
      `- \`echo\`: \`{"code":400,"message":"bad pin","pin":"${SECRET_MASK}","detail":{"X-Session-Token":"${SECRET_MASK}"}}\``,
    );
    for (const value of ['pin-VALUE-4711', 'tok-VALUE-9']) expect(text).not.toContain(value);

    // The spec's own examples of the secret inputs are only in the samples (which need a value to run).
    const prose = outsideFences(page('createNote'));
    for (const value of ['session-token-1', '"1234"', "'1234'"]) expect(prose).not.toContain(value);
    expect(page('createNote')).toContain('session-token-1');
  });
});

describe('llms.txt and llms-full.txt', () => {
  test('llms.txt is llmstxt.org Markdown: an H1, a blockquote summary, sections of relative links', () => {
    const text = file('llms.txt');
    const lines = text.split('\n');
    expect(lines[0]).toBe(`# ${info.title} API reference (v9.8.7)`);
    expect(lines[2]).toBe(`> ${info.summary}`);
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Operations',
      '## Reference',
      '## Optional',
    ]);
    const operations = section(text, '## Operations')
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(operations).toEqual(
      model.operations.map(
        (o) =>
          `- [${o.summary}](operations/${o.id}.md): \`${o.method.toUpperCase()} ${o.path}\`. ${o.description}`,
      ),
    );
    const built = new Set([...files.map((f) => f.path), 'openapi.json', 'openapi.yaml', 'index.html']);
    for (const link of llmsLinks(text)) {
      expect(link, 'relative').not.toMatch(/^([a-z]+:|\/)/i);
      expect(built.has(link), link).toBe(true);
    }
    expect(llmsLinks(text)).toContain('api-changelog.md');
  });

  test('without a changelog page, neither the file nor its link exists', () => {
    const without = markdownFiles(model, info, CLIENT);
    expect(without.map((f) => f.path)).not.toContain('api-changelog.md');
    expect(llmsLinks(without.find((f) => f.path === 'llms.txt')?.content ?? '')).not.toContain(
      'api-changelog.md',
    );
  });

  test('llms-full.txt is the overview, every operation page and the changelog, in that order', () => {
    const full = file('llms-full.txt');
    const pages = [
      'overview.md',
      ...model.operations.map((o) => `operations/${o.id}.md`),
      'api-changelog.md',
    ];
    expect(full).toBe(`${pages.map((p) => file(p).trimEnd()).join('\n\n---\n\n')}\n`);
    expect(file('api-changelog.md')).toBe('# API changelog\n\n## 9.8.7\n\nFirst release.\n');
  });

  test('the overview is the API description, its diagrams replaced by their titles', () => {
    expect(file('overview.md')).toContain(info.description);
    expect(
      withoutDiagrams(
        'a\n<svg viewBox="0 0 1 1"><title id="t">Two steps:\n token, then OTP</title><line/></svg>\nb',
      ),
    ).toBe('a\n*Diagram: Two steps: token, then OTP*\nb');
  });

  test('an operationId that cannot name a file fails naming its pointer', () => {
    const bad = structuredClone(model);
    (bad.operations[0] as ModelOperation).id = '../escape';
    expect(() => markdownFiles(bad, info, CLIENT)).toThrow(
      expect.objectContaining({
        pointer: model.operations[0]?.pointer,
        message: expect.stringMatching(/escape/),
      }),
    );
  });
});

describe('text helpers', () => {
  test('code spans, fences and table cells survive backticks, fences and pipes in spec text', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
    expect(fence('md', '```js\nx\n```\n')).toBe('````md\n```js\nx\n```\n````');
    expect(table(['a', 'b'], [['x | y', 'line\nbreak']])).toBe(
      '| a | b |\n| --- | --- |\n| x \\| y | line break |',
    );
  });

  test('schema outlines: allOf merged, nullable variants, enums, and the depth limit', () => {
    const schema = {
      allOf: [
        { type: 'object', required: ['id'], properties: { id: { type: 'integer', description: 'The id.' } } },
        {
          properties: {
            when: { type: ['string', 'null'], format: 'date-time' },
            token: { type: 'string', 'x-lr-secret': true },
            data: {
              anyOf: [
                { type: 'object', properties: { a: { type: 'object', properties: { b: {} } } } },
                { type: 'null' },
              ],
            },
          },
        },
      ],
    };
    expect(outline(schema, new Set())).toEqual([
      '- `id` (integer, required): The id.',
      '- `when` (string | null (date-time))',
      '- `token` (string, **secret**)',
      '- `data` (object | null)',
      '  - `a` (object) (1 field, in openapi.json)',
    ]);
    expect(OUTLINE_DEPTH).toBe(2);
    expect(typeOf({ type: 'integer', enum: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] })).toBe(
      'integer (one of: 1, 2, 3, 4, 5, 6, 7, 8 and 2 more)',
    );
    expect(typeOf({ $ref: '#/components/schemas/Node' })).toBe('Node');
    expect(outline({ properties: { name: { type: 'string' } } }, new Set(['name']))).toEqual([
      '- `name` (string, **secret**)',
    ]);
  });
});

/** Every string the spec's examples give a secret member or input of an operation. */
function secretExampleValues(o: ModelOperation): { inputs: string[]; outputs: string[] } {
  const secrets = new Set(o.secrets);
  const found: string[] = [];
  const walk = (value: unknown, secret: boolean): void => {
    if (typeof value === 'string' && secret && value.length > 3) found.push(value);
    if (typeof value !== 'object' || value === null) return;
    for (const [k, v] of Object.entries(value)) walk(v, secret || secrets.has(k));
  };
  for (const response of o.responses) for (const e of response.examples) walk(e.value, false);
  const outputs = [...found];
  found.length = 0;
  for (const e of o.body?.examples ?? []) walk(e.value, false);
  for (const i of o.inputs.filter((i) => i.secret)) walk(i.example, true);
  return { inputs: [...found], outputs };
}

describe('the built package (pnpm build)', () => {
  let site: Site;
  beforeAll(async () => {
    site = await loadSite();
  });

  test("dist holds a page per operation of the Model, llms.txt's links all resolve in dist, and the exports find them", async () => {
    for (const o of site.model.operations)
      expect(existsSync(join(distDir, `operations/${o.id}.md`)), o.id).toBe(true);
    const links = llmsLinks(await readFile(join(distDir, 'llms.txt'), 'utf8'));
    expect(links).toEqual(
      expect.arrayContaining(['api-changelog.md', 'openapi.json', 'openapi.yaml', 'index.html']),
    );
    for (const link of links) {
      expect(link, 'relative').not.toMatch(/^([a-z]+:|\/)/i);
      expect(existsSync(join(distDir, link)), link).toBe(true);
    }
    const require = createRequire(join(packageDir, 'package.json'));
    for (const name of [
      'llms.txt',
      'llms-full.txt',
      'overview.md',
      'api-changelog.md',
      'operations/verifySmsOtp.md',
    ])
      expect(require.resolve(`@lr-mfa/docs/${name}`)).toBe(join(distDir, name));
  });

  test("the API changelog is the spec's page, as Markdown", async () => {
    const page = await readFile(join(repoRoot, 'spec/docs/api-changelog.md'), 'utf8');
    expect(await readFile(join(distDir, 'api-changelog.md'), 'utf8')).toBe(
      `# API changelog\n\n${page.trim()}\n`,
    );
  });

  test("no page shows a secret's example value: returned secrets nowhere, secret inputs only in the samples", async () => {
    for (const o of site.model.operations) {
      const text = await readFile(join(distDir, `operations/${o.id}.md`), 'utf8');
      const { inputs, outputs } = secretExampleValues(o);
      if (o.id === 'verifySmsOtp') {
        expect(outputs.length, 'the check has values to look for').toBeGreaterThan(0);
        expect(inputs.length).toBeGreaterThan(0);
      }
      for (const value of outputs) expect(text, `${o.id}: ${value}`).not.toContain(value);
      for (const value of inputs) expect(outsideFences(text), `${o.id}: ${value}`).not.toContain(value);
      expect(text).not.toMatch(/apikey=(?!\$LR_API_KEY)/);
    }
  });
});

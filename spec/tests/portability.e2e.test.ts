// Teams that do not use our packages generate their own clients from the bundled spec. This check runs the
// bundle through the third-party tools such teams use, pinned in the root package.json: two TypeScript client
// generators (outputs type-checked under strict), ajv in strict mode, and spectral's OpenAPI and OWASP rulesets.
// Everything runs locally on temp files; no tool is given a URL.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createClient } from '@hey-api/openapi-ts';
import spectralCore, { type RulesetDefinition } from '@stoplight/spectral-core';
import owasp from '@stoplight/spectral-owasp-ruleset';
import spectralParsers from '@stoplight/spectral-parsers';
import spectralRulesets from '@stoplight/spectral-rulesets';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { generateApi } from 'swagger-typescript-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deref, extensionKeywords, type Json, removeDir, repoRoot, tempDir, useBundle } from './helpers.js';

const run = promisify(execFile);
const bundle = useBundle();
let work: string;
let specPath: string;

beforeAll(async () => {
  work = await tempDir('portability');
  specPath = join(bundle.dir, 'openapi.json');
});
afterAll(() => (work ? removeDir(work) : undefined));

/** The nullable objects once typed without `null`; probed whatever form the spec gives them. */
const KNOWN_NULLABLE_OBJECTS: Array<[string, string]> = [
  ['ApiError', 'Data'],
  ['RegistrationDataEntry', 'Value'],
];

/**
 * `Schema.Prop` for the known nullable objects and every other schema property that may be a null object
 * (`anyOf: [{ $ref }, { type: null }]`).
 */
function nullableObjectProperties(doc: Json): Array<[schema: string, property: string]> {
  const found: Array<[string, string]> = [...KNOWN_NULLABLE_OBJECTS];
  for (const [name, schema] of Object.entries<Json>(doc.components.schemas)) {
    const members = [schema, ...(schema.allOf ?? [])];
    for (const member of members) {
      for (const [property, value] of Object.entries<Json>(member.properties ?? {})) {
        const branches: Json[] = value.anyOf ?? [];
        const known = found.some(([s, p]) => s === name && p === property);
        if (!known && branches.some((b) => b.$ref) && branches.some((b) => b.type === 'null'))
          found.push([name, property]);
      }
    }
  }
  return found;
}

/** A file that compiles only if each listed property's type still admits `null`. */
function nullProbe(importFrom: string, properties: Array<[string, string]>): string {
  const names = [...new Set(properties.map(([schema]) => schema))].sort();
  const lines = properties.map(
    ([schema, property], i) => `export const probe${i}: NonNullable<${schema}>['${property}'] = null;`,
  );
  return `import type { ${names.join(', ')} } from '${importFrom}';\n\n${lines.join('\n')}\n`;
}

async function typeCheck(dir: string, files: string[]) {
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: [],
      skipLibCheck: true,
    },
    files,
  };
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  return run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { maxBuffer: 16 * 1024 * 1024 }).then(
    () => '',
    (error: { stdout?: string }) => error.stdout || String(error),
  );
}

describe('third-party client generators', () => {
  it('@hey-api/openapi-ts: compiles under strict, keeps every nullable object | null, no renamed types', async () => {
    const out = join(work, 'hey-api');
    await createClient({ input: specPath, output: out, logs: { level: 'silent' } });
    const properties = nullableObjectProperties(bundle.doc);
    expect(properties.length).toBeGreaterThan(KNOWN_NULLABLE_OBJECTS.length);
    await writeFile(join(out, 'probe.ts'), nullProbe('./types.gen', properties));
    expect(await typeCheck(out, ['index.ts', 'probe.ts'])).toBe('');
    const types = await readFile(join(out, 'types.gen.ts'), 'utf8');
    // A schema named like an operation's result makes hey-api rename one of them (`VerifySmsOtpResponse2`).
    expect(types.match(/export type \w+\d = /g) ?? []).toEqual([]);
    expect(types).toMatch(/export type VerifySmsOtpResponse = /);
    expect(types).toMatch(/export type ResendSmsOtpResponse = /);
  }, 120_000);

  it('swagger-typescript-api: compiles under strict, keeps every nullable object | null and prevent_webhook', async () => {
    const out = join(work, 'swagger-typescript-api');
    await generateApi({ input: specPath, output: out, fileName: 'api.ts', silent: true });
    const properties = nullableObjectProperties(bundle.doc);
    await writeFile(join(out, 'probe.ts'), nullProbe('./api', properties));
    expect(await typeCheck(out, ['api.ts', 'probe.ts'])).toBe('');
    const api = await readFile(join(out, 'api.ts'), 'utf8');
    // It emits no header parameters, so X-PreventWebhook is dropped; its query twin carries the same switch.
    expect(api).toMatch(/prevent_webhook\?: boolean/);
  }, 120_000);
});

describe('ajv (JSON Schema 2020-12) in strict mode', () => {
  it('compiles every component schema with strictTypes and no allowUnionTypes', () => {
    const ajv = new Ajv2020({ strict: true, strictTypes: true });
    // OpenAPI's own annotation keywords and the spec's x- extensions are the only keywords ajv must be told of.
    ajv.addVocabulary(['xml', 'externalDocs', 'discriminator', ...extensionKeywords(bundle.doc.components)]);
    const defs = JSON.parse(
      JSON.stringify(bundle.doc.components.schemas).replaceAll('"#/components/schemas/', '"#/$defs/'),
    );
    for (const name of Object.keys(defs)) {
      expect(() => ajv.compile({ $defs: defs, $ref: `#/$defs/${name}` }), name).not.toThrow();
    }
  });
});

/**
 * Request-side OWASP findings the spec keeps on purpose, by `rule input`: each describes the vendor's fixed wire
 * format or a length the vendor does not document (a made-up limit would make clients refuse real requests).
 * Every entry must still match a finding, so a limit added later shrinks this list.
 */
const UNDOCUMENTED_LENGTH = 'the vendor documents no maximum length';
const KEPT_REQUEST_FINDINGS: Record<string, string> = {
  'owasp:api2:2023-no-api-keys-in-url apikey':
    'the vendor authenticates with the API key in the query string',
  'owasp:api2:2023-no-credentials-in-url secondfactorauthenticationtoken':
    'the vendor takes the second-factor token as a query parameter',
  ...Object.fromEntries(
    [
      'secondfactorauthenticationtoken',
      'smstemplate2fa',
      'fields',
      ...['browser', 'city', 'country', 'ip', 'device'].map((kind) => `rba${kind}emailtemplate`),
      ...['otp', 'browser', 'city', 'country', 'ip', 'device'].map((kind) => `rba${kind}smstemplate`),
      'securityanswer',
      'g-recaptcha-response',
      'h-captcha-response',
      'qq_captcha_ticket',
      'qq_captcha_randstr',
    ].map((input) => [`owasp:api4:2023-string-limit ${input}`, UNDOCUMENTED_LENGTH]),
  ),
};

/** Names of the component schemas a request can carry (request bodies and parameters, refs followed). */
function requestSchemas(doc: Json): Set<string> {
  const names = new Set<string>();
  const visit = (node: Json): void => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/schemas/')) {
      const name = node.$ref.slice('#/components/schemas/'.length);
      if (names.has(name)) return;
      names.add(name);
      visit(doc.components.schemas[name]);
      return;
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(doc.components.parameters);
  visit(doc.components.requestBodies);
  for (const item of Object.values<Json>(doc.paths))
    for (const op of Object.values<Json>(item)) visit([op.parameters, op.requestBody]);
  return names;
}

/** The request input a finding points at (parameter or top-level body field name), or undefined if none. */
function requestInput(doc: Json, path: Array<string | number>, bodySchemas: Set<string>): string | undefined {
  const [root, kind, name = '', ...rest] = path.map(String);
  if (root === 'components' && kind === 'securitySchemes')
    return deref(doc, doc.components.securitySchemes[name]).name;
  if (root === 'components' && kind === 'parameters') return doc.components.parameters[name].name;
  if (root === 'components' && kind === 'schemas' && bodySchemas.has(name)) {
    return rest[0] === 'properties' ? (rest[1] ?? name) : name;
  }
  if (root === 'paths') {
    const at = path.findIndex((part) => part === 'parameters' || part === 'requestBody');
    if (at < 0) return undefined;
    if (path[at] === 'requestBody') return 'requestBody';
    return deref(
      doc,
      path.slice(0, at + 2).reduce((acc: Json, part) => acc?.[part], doc),
    )?.name;
  }
  return undefined;
}

describe('spectral: spectral:oas and the OWASP API ruleset', () => {
  it('has no request-side errors beyond the documented ones; the rest is summarised', async () => {
    const { Document, Spectral } = spectralCore;
    const spectral = new Spectral();
    // The rulesets' declared types do not match the definition type setRuleset takes (both are plain rule sets).
    const oas = spectralRulesets.oas as unknown as RulesetDefinition;
    const owaspApi = owasp as unknown as RulesetDefinition;
    spectral.setRuleset({
      extends: [
        [oas, 'recommended'],
        [owaspApi, 'recommended'],
      ],
    });
    const results = await spectral.run(
      new Document(await readFile(specPath, 'utf8'), spectralParsers.Json, specPath),
    );
    const severities = ['error', 'warning', 'info', 'hint'];
    const bodySchemas = requestSchemas(bundle.doc);
    const summary = new Map<string, number>();
    const unexpected: string[] = [];
    const matched = new Set<string>();
    for (const result of results) {
      const input = requestInput(bundle.doc, result.path, bodySchemas);
      const side = input === undefined ? 'response/document' : 'request';
      const key = `${severities[result.severity]} ${result.code} (${side})`;
      summary.set(key, (summary.get(key) ?? 0) + 1);
      if (input === undefined || result.severity !== 0) continue;
      const id = `${result.code} ${input}`;
      if (id in KEPT_REQUEST_FINDINGS) matched.add(id);
      else unexpected.push(`${id} at ${result.path.join('/')}: ${result.message}`);
    }
    console.log(
      `spectral findings on the bundled spec (${results.length}):\n${[...summary]
        .sort()
        .map(([key, count]) => `  ${String(count).padStart(4)}  ${key}`)
        .join('\n')}`,
    );
    expect(unexpected).toEqual([]);
    expect(Object.keys(KEPT_REQUEST_FINDINGS).filter((id) => !matched.has(id))).toEqual([]);
  }, 120_000);
});

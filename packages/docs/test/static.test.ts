// The built package, read as files: the page carries the whole spec, loads nothing from outside, and the
// published spec is the bundled one plus the generated code samples and the package version.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeOperation, type Json, loadSite, packageDir, repoRoot, type Site } from './site.js';

let site: Site;
let op: ReturnType<typeof describeOperation>;
beforeAll(async () => {
  site = await loadSite();
  op = describeOperation(site);
});

/** The spec the page renders, as embedded by redocly. */
function embeddedDefinition(html: string): Json {
  const match = /const __redoc_definition = (.*);\n/.exec(html);
  if (!match?.[1]) throw new Error('the page embeds no API definition');
  return JSON.parse(match[1]);
}

/**
 * Every field name the reference shows under a response: the properties of its schema, followed through
 * `$ref`, `allOf`/`anyOf`/`oneOf`, items and additional properties as the renderer does, and the keys of its
 * examples.
 */
function shownFields(doc: Json, response: Json): Set<string> {
  const fields = new Set<string>();
  const seen = new Set<Json>();
  const resolve = (node: Json): Json => {
    let current = node;
    while (current && typeof current.$ref === 'string') {
      current = String(current.$ref)
        .slice(2)
        .split('/')
        .reduce((at: Json, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
    }
    return current;
  };
  const schema = (node: Json): void => {
    const target = resolve(node);
    if (!target || typeof target !== 'object' || seen.has(target)) return;
    seen.add(target);
    for (const [name, property] of Object.entries<Json>(target.properties ?? {})) {
      fields.add(name);
      schema(property);
    }
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
      for (const part of target[key] ?? []) schema(part);
    for (const key of ['items', 'additionalProperties'] as const) schema(target[key]);
  };
  const keys = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(keys);
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) {
        fields.add(key);
        keys(child);
      }
  };
  for (const media of Object.values<Json>(resolve(response).content ?? {})) {
    schema(media.schema);
    for (const example of Object.values<Json>(media.examples ?? {})) keys(resolve(example).value);
    if (media.example !== undefined) keys(media.example);
  }
  return fields;
}

describe('dist/openapi.json and dist/openapi.yaml', () => {
  it('are the bundled spec plus code samples, with the package version', async () => {
    const bundle = join(repoRoot, 'build/spec/openapi.json');
    if (!existsSync(bundle)) throw new Error('build/spec/openapi.json is missing: run `pnpm build` first.');
    const source = JSON.parse(await readFile(bundle, 'utf8'));
    const published = structuredClone(site.spec);

    expect(published.info.version).toBe(site.version);
    published.info.version = source.info.version;
    for (const item of Object.values(published.paths) as Json[]) {
      for (const operation of Object.values(item) as Json[]) {
        expect(operation['x-codeSamples'].length).toBeGreaterThanOrEqual(2);
        delete operation['x-codeSamples'];
      }
    }
    expect(published).toEqual(source);
  });

  it('hold the same document', () => {
    expect(parse(site.yamlText)).toEqual(site.spec);
  });

  it('resolve through the package exports, as consumers find them', () => {
    // A package can resolve its own exports by name (self-reference), exactly as a dependent would.
    const require = createRequire(join(packageDir, 'package.json'));
    for (const file of ['index.html', 'openapi.json', 'openapi.yaml']) {
      expect(require.resolve(`@lr-mfa/docs/${file}`)).toBe(join(packageDir, 'dist', file));
    }
    expect(require('@lr-mfa/docs/openapi.json')).toEqual(site.spec);
  });
});

describe('dist/index.html', () => {
  it('embeds exactly the published spec', () => {
    expect(embeddedDefinition(site.html)).toEqual(site.spec);
  });

  it('is titled with the API name and the package version', () => {
    const title = /<title>([^<]*)<\/title>/.exec(site.html)?.[1];
    expect(title).toBe(`${site.spec.info.title} API reference (v${site.version})`);
  });

  it('contains the operation, every parameter and every body field', () => {
    const page = embeddedDefinition(site.html);
    const operation = page.paths[op.path][op.method.toLowerCase()];
    expect(operation.operationId).toBe('verifySmsOtp');
    expect(site.html).toContain(op.path);
    expect(site.html).toContain(operation.summary);

    // The seed page's inputs, by name: the spec must not lose one on its way into the page.
    const expectedQuery = [
      'secondfactorauthenticationtoken',
      'smstemplate2fa',
      'fields',
      'prevent_webhook',
      'isvoiceotp',
      ...['browser', 'city', 'country', 'ip', 'device'].map((r) => `rba${r}emailtemplate`),
      'rbaotpsmstemplate',
      ...['browser', 'city', 'country', 'ip', 'device'].map((r) => `rba${r}smstemplate`),
    ];
    expect(op.query.map((p) => p.wire).sort()).toEqual([...expectedQuery].sort());
    expect(op.headers.map((p) => p.wire)).toEqual(['X-PreventWebhook']);
    for (const field of ['otp', 'securityanswer', 'g-recaptcha-response', 'h-captcha-response']) {
      expect(op.bodyFields).toContain(field);
    }
    for (const name of [...expectedQuery, 'X-PreventWebhook', ...op.bodyFields]) {
      expect(site.html, name).toContain(`"${name}"`);
    }
  });

  it('contains the Profile schema with its nested fields', () => {
    const schemas = embeddedDefinition(site.html).components.schemas;
    expect(schemas.Profile).toBeDefined();
    const text = JSON.stringify(schemas.Profile) + JSON.stringify(schemas.ProfileBase ?? {});
    for (const field of ['Identities', 'PhoneId', 'Email', 'Uid']) expect(text).toContain(`"${field}"`);
    expect(site.html).toContain('#/components/schemas/Profile');
  });

  it('documents every response status, and for each error the codes it carries with an example each', () => {
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '403', '404', '429', '500']);
    for (const [status, response] of Object.entries(op.responses)) {
      const examples = response.examples.map((e) => e.value as Json);
      expect(examples.length, `examples of ${status}`).toBeGreaterThan(0);
      if (status.startsWith('2')) continue;
      // The description's table (`| 1067 | Invalid OTP Code | … |`) lists the codes; each has an example.
      const listed = [...String(response.description).matchAll(/^\|\s*(\d+)\s*\|/gm)].map((m) =>
        Number(m[1]),
      );
      const exemplified = examples.map((e) => e.ErrorCode);
      expect(listed.length, `codes listed for ${status}`).toBeGreaterThan(0);
      expect(new Set(exemplified), `examples of ${status}`).toEqual(new Set(listed));
    }
  });

  it("shows the suspend lockout's Data.LoginLockedTimeout under the 403 only (schema and examples)", () => {
    const page = embeddedDefinition(site.html);
    const statusesShowing = (id: string) => {
      const { path, method } = describeOperation(site, id);
      const responses: Json = page.paths[path][method.toLowerCase()].responses;
      return Object.keys(responses).filter((status) =>
        shownFields(page, responses[status]).has('LoginLockedTimeout'),
      );
    };
    expect(statusesShowing('verifySmsOtp')).toEqual(['403']);
    // Resend documents no lockout: its 403 is the generic error, like every other status.
    expect(statusesShowing('resendSmsOtp')).toEqual([]);
  });

  it('references no external script, stylesheet, font, image or frame', () => {
    const html = site.html;
    expect(html).not.toMatch(/<script\b[^>]*\bsrc\s*=/i);
    expect(html).not.toMatch(/<link\b[^>]*\bhref\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(
      /<(img|iframe|embed|object|source|video|audio)\b[^>]*\b(src|data)\s*=\s*["']?(https?:)?\/\//i,
    );
    expect(html).not.toMatch(/@import\s+(url\()?\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/fonts\.(googleapis|gstatic)\.com/i);
    expect(html).not.toContain('cdn.redoc.ly');
  });

  it('forbids every outside load with a Content-Security-Policy', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(site.html)?.[1];
    expect(csp).toBeDefined();
    const directives = new Map(
      (csp ?? '').split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(`${name} ${source}`).not.toMatch(/https?:|\*|'self'/);
    }
  });
});

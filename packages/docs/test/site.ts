// Shared by the docs tests: where things are, and the built site (built by `pnpm build`, never here).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deref, listOperations } from '../../../scripts/code-samples.mjs';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(packageDir, '../..');
export const distDir = join(packageDir, 'dist');
/** Screenshots and other test artifacts (git-ignored). */
export const artifactsDir = join(repoRoot, '.artifacts/docs');

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked generically
export type Json = any;

export interface Site {
  html: string;
  /** dist/openapi.json: the published spec, code samples included. */
  spec: Json;
  yamlText: string;
  version: string;
}

export async function loadSite(): Promise<Site> {
  const missing = ['index.html', 'openapi.json', 'openapi.yaml'].filter((f) => !existsSync(join(distDir, f)));
  if (missing.length > 0) {
    throw new Error(`packages/docs/dist lacks ${missing.join(', ')}: run \`pnpm build\` first.`);
  }
  const [html, specText, yamlText, manifest] = await Promise.all([
    readFile(join(distDir, 'index.html'), 'utf8'),
    readFile(join(distDir, 'openapi.json'), 'utf8'),
    readFile(join(distDir, 'openapi.yaml'), 'utf8'),
    readFile(join(packageDir, 'package.json'), 'utf8'),
  ]);
  return { html, spec: JSON.parse(specText), yamlText, version: JSON.parse(manifest).version };
}

/** The one operation the reference documents, with its parameters, body fields and responses resolved. */
export function describeOperation(spec: Json) {
  const operations = listOperations(spec);
  const found = operations.find((o: Json) => o.operation.operationId === 'verifySmsOtp');
  if (!found) throw new Error('the spec has no verifySmsOtp operation');
  const { path, method, operation } = found;
  const parameters = (operation.parameters ?? []).map((p: Json) => deref(spec, p));
  const body = deref(spec, operation.requestBody);
  const bodySchema = deref(spec, body?.content?.['application/json']?.schema);
  return {
    path: path as string,
    method: (method as string).toUpperCase(),
    operation,
    query: parameters.filter((p: Json) => p.in === 'query') as Json[],
    headers: parameters.filter((p: Json) => p.in === 'header') as Json[],
    bodyFields: Object.keys(bodySchema?.properties ?? {}),
    responses: Object.fromEntries(
      Object.entries(operation.responses ?? {}).map(([status, r]) => [status, deref(spec, r)]),
    ) as Record<string, Json>,
    samples: (operation['x-codeSamples'] ?? []) as { lang: string; label: string; source: string }[],
  };
}

// Shared by the docs tests: where things are, the built site and the Model it was built from (both written by
// `pnpm build`, never here).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Model, Operation as ModelOperation } from '@lr-mfa/codegen/model';
import { serveFolder } from '@lr-mfa/testkit/browser';
import type { CodeSample } from '../codegen/code-samples.js';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(packageDir, '../..');
export const distDir = join(packageDir, 'dist');
export const modelFile = join(repoRoot, 'build/spec/model.json');
/** Screenshots and other test artifacts (git-ignored). */
export const artifactsDir = join(repoRoot, '.artifacts/docs');

/** Serves dist/ read-only on 127.0.0.1 (a free port); records each path asked for in `served`. */
export const serveDist = (served: string[] = []) => serveFolder(distDir, { served });

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked generically
export type Json = any;

export interface Site {
  html: string;
  /** dist/openapi.json: the published spec, code samples included. */
  spec: Json;
  yamlText: string;
  version: string;
  model: Model;
}

export async function loadSite(): Promise<Site> {
  const missing = ['index.html', 'openapi.json', 'openapi.yaml'].filter((f) => !existsSync(join(distDir, f)));
  if (!existsSync(modelFile)) missing.push(modelFile);
  if (missing.length > 0)
    throw new Error(`the docs build lacks ${missing.join(', ')}: run \`pnpm build\` first.`);
  const [html, specText, yamlText, manifest, modelText] = await Promise.all([
    readFile(join(distDir, 'index.html'), 'utf8'),
    readFile(join(distDir, 'openapi.json'), 'utf8'),
    readFile(join(distDir, 'openapi.yaml'), 'utf8'),
    readFile(join(packageDir, 'package.json'), 'utf8'),
    readFile(modelFile, 'utf8'),
  ]);
  return {
    html,
    spec: JSON.parse(specText),
    yamlText,
    version: JSON.parse(manifest).version,
    model: JSON.parse(modelText),
  };
}

/** One operation as the tests look at it: the Model's view, and the published operation with its samples. */
export function describeOperation(site: Site, id = 'verifySmsOtp') {
  const model = site.model.operations.find((o) => o.id === id);
  if (!model) throw new Error(`the Model has no ${id} operation`);
  const operation = site.spec.paths?.[model.path]?.[model.method];
  if (!operation) throw new Error(`the published spec has no ${model.method.toUpperCase()} ${model.path}`);
  return {
    model,
    path: model.path,
    method: model.method.toUpperCase(),
    operation,
    query: model.inputs.filter((i) => i.in === 'query'),
    headers: model.inputs.filter((i) => i.in === 'header'),
    bodyFields: model.inputs.filter((i) => i.in === 'body').map((i) => i.wire),
    responses: Object.fromEntries(model.responses.map((r) => [r.status, r])),
    samples: (operation['x-codeSamples'] ?? []) as CodeSample[],
  };
}

export type { Model, ModelOperation };

/**
 * The part of a Markdown text from `heading` (the first line starting with it) to the next heading of the same
 * or a higher level; '' when there is no such heading.
 */
export function section(text: string, heading: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) return '';
  const level = /^#+/.exec(heading)?.[0].length ?? 1;
  let inFence = false;
  const end = lines.findIndex((l, i) => {
    if (/^```/.test(l)) inFence = !inFence;
    return i > start && !inFence && new RegExp(`^#{1,${level}} `).test(l);
  });
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** A Markdown text without its fenced code blocks. */
export const outsideFences = (text: string) => text.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '');

/** Every link target of a Markdown text (`[title](target)`). */
export const llmsLinks = (text: string) => [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string);

#!/usr/bin/env node
// Step 5 of the pipeline: bundled spec → @lr-mfa/docs (dist/index.html, dist/openapi.json, dist/openapi.yaml).
//
//   node scripts/build-docs.mjs [--spec build/spec/openapi.json] [--out packages/docs/dist]
//
// The bundled spec gets generated `x-codeSamples` (curl and TypeScript with @lr-mfa/client) on every
// operation and the package version as `info.version`; `redocly build-docs --inlineBundle` renders it into one
// self-contained HTML page. Everything is built in a scratch folder and swapped into dist/ only when every
// check passed: a missing, empty or broken spec fails the build instead of publishing a page that renders
// a header and nothing else.
import { chmod, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { curlSample, deref, listOperations, requestExample, typescriptSample } from './code-samples.mjs';
import { bin, rel, root, run, runStep, StepError } from './lib/step.mjs';

const docsPackage = join(root, 'packages/docs');
const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: join(root, 'build/spec/openapi.json') },
    out: { type: 'string', default: join(docsPackage, 'dist') },
  },
});
const specFile = resolve(values.spec);
const outDir = resolve(values.out);

const CLIENT_PACKAGE = '@lr-mfa/client';
/** What this package documents: a bundle without it is broken, however valid it looks. */
const REQUIRED_OPERATIONS = ['verifySmsOtp'];

/** The built page may load nothing from anywhere: an offline reader, and no tracking of readers. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  'worker-src blob:',
  'connect-src blob: data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Redoc 3 shows a "docs by Redocly" attribution whose logo it loads from a CDN; ship it inline instead. */
const REDOCLY_LOGO_URLS = [
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg',
  'https://cdn.redoc.ly/redoc/logo-mini.svg',
];
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="16" viewBox="0 0 52 16">' +
    '<text x="0" y="12.5" font-family="system-ui,sans-serif" font-size="12" font-weight="600" fill="#0044D4">Redocly</text></svg>',
)}`;

async function readSpec() {
  let text;
  try {
    text = await readFile(specFile, 'utf8');
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    throw new StepError(
      `${rel(specFile)} does not exist: bundle the spec first (pnpm spec:bundle, or pnpm build).`,
    );
  }
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new StepError(`${rel(specFile)} is not valid JSON (${error.message}).`);
  }
  const problems = [];
  if (!document || typeof document !== 'object' || Array.isArray(document))
    problems.push('it is not an object');
  else {
    if (!/^3\.\d+\.\d+$/.test(String(document.openapi))) problems.push('"openapi" is not a 3.x version');
    if (!document.info?.title) problems.push('"info.title" is missing');
    const operations = listOperations(document);
    if (operations.length === 0) problems.push('it has no operations');
    for (const id of REQUIRED_OPERATIONS) {
      if (!operations.some(({ operation }) => operation.operationId === id))
        problems.push(`operation ${id} is missing`);
    }
    for (const { path, method, operation } of operations) {
      if (!operation.operationId) problems.push(`${method.toUpperCase()} ${path} has no operationId`);
      if (Object.keys(operation.responses ?? {}).length === 0)
        problems.push(`${method.toUpperCase()} ${path} has no responses`);
    }
  }
  if (problems.length > 0) {
    throw new StepError(`${rel(specFile)} cannot be documented: ${problems.join('; ')}.`);
  }
  return document;
}

function addCodeSamples(document) {
  for (const found of listOperations(document)) {
    const { operation } = found;
    try {
      const example = requestExample(document, found);
      operation['x-codeSamples'] = [
        { lang: 'Shell', label: 'curl', source: curlSample(example) },
        {
          lang: 'TypeScript',
          label: `TypeScript (${CLIENT_PACKAGE})`,
          source: typescriptSample(example, {
            operationId: operation.operationId,
            clientPackage: CLIENT_PACKAGE,
            success: successProperties(document, operation),
          }),
        },
      ];
    } catch (error) {
      throw new StepError(`code samples: ${error.message}`);
    }
  }
}

/**
 * Redoc options. Redoc 3 shows only the `x-codeSamples` whose label is in `codeSamples.languages` (its
 * default list has curl but no TypeScript), so the list is made from the samples themselves, plus the
 * request payload. No telemetry: the page must not call home.
 */
function redocOptions(document) {
  const languages = new Map();
  for (const { operation } of listOperations(document)) {
    for (const { lang, label } of operation['x-codeSamples'] ?? []) languages.set(label, { lang, label });
  }
  return {
    disableTelemetry: true,
    hideLoading: true,
    codeSamples: { languages: [...languages.values(), { lang: 'Payload' }] },
  };
}

/** Top-level property names of an operation's 2xx JSON body (named in the TypeScript sample). */
function successProperties(document, operation) {
  const status = Object.keys(operation.responses ?? {}).find((s) => /^2\d\d$/.test(s));
  if (!status) return [];
  const response = deref(document, operation.responses[status]);
  const schema = deref(document, response?.content?.['application/json']?.schema);
  return Object.keys(schema?.properties ?? {});
}

/**
 * Checks redocly's page: it must embed our document (with the code samples) and have prerendered the
 * navigation from it, and it may reference nothing outside itself.
 */
function checkPage(html, document) {
  const problems = [];
  const embedded = /const __redoc_definition = (.*);\n/.exec(html);
  let definition;
  try {
    definition = embedded && JSON.parse(embedded[1]);
  } catch {
    definition = undefined;
  }
  if (!definition) problems.push('the page does not embed the API definition');
  for (const { path, method, operation } of listOperations(document)) {
    const shown = definition?.paths?.[path]?.[method];
    if (shown?.operationId !== operation.operationId)
      problems.push(`the page does not carry ${method.toUpperCase()} ${path}`);
    else if (!Array.isArray(shown['x-codeSamples']) || shown['x-codeSamples'].length === 0)
      problems.push(`the page has no code samples for ${operation.operationId}`);
  }
  const markup = html.slice(0, html.indexOf('<script type="module">'));
  if (!markup.includes(escapeHtml(document.info.title)))
    problems.push('the prerendered page lacks the title');
  for (const tag of document.tags ?? []) {
    if (!markup.includes(escapeHtml(tag.name)))
      problems.push(`the prerendered navigation lacks "${tag.name}"`);
  }
  for (const pattern of [
    /<script[^>]+\bsrc\s*=/i,
    /<link[^>]+\bhref\s*=\s*["']?(https?:)?\/\//i,
    /@import\s+(url\()?["']?(https?:)?\/\//i,
    /url\(\s*["']?(https?:)?\/\//i,
    /cdn\.redoc\.ly/i,
  ]) {
    const hit = pattern.exec(html);
    if (hit) problems.push(`the page loads an external resource: ${hit[0]}`);
  }
  if (problems.length > 0)
    throw new StepError(`redocly build-docs produced a broken page:\n  ${problems.join('\n  ')}`);
}

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * Redoc 3 breaks its large page titles anywhere ("Authenticatio-n") when a phone screen is too narrow for
 * them beside the Copy button: break between words, hyphenate long ones, and use a smaller size there.
 */
const PAGE_STYLE = `:root h1[data-component-name="Typography/H1"] { overflow-wrap: break-word; word-break: normal; hyphens: auto; }
    @media (max-width: 600px) { :root h1[data-component-name="Typography/H1"] { font-size: 28px; } }`;

/** Makes redocly's page load nothing from outside and adds the small style fixes above. */
function selfContain(html) {
  let patched = html;
  for (const url of REDOCLY_LOGO_URLS) {
    if (!patched.includes(url)) {
      throw new StepError(
        `redocly's page no longer references ${url}: revisit selfContain() in ${basename(import.meta.url)}`,
      );
    }
    patched = patched.replaceAll(url, INLINE_LOGO);
  }
  const head = '<meta charset="utf8" />';
  if (!patched.includes(head)) throw new StepError('redocly page has no <meta charset> to anchor the CSP on');
  return patched.replace(
    head,
    [
      '<meta charset="utf-8" />',
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      '<link rel="icon" href="data:," />',
      `<style>\n    ${PAGE_STYLE}\n  </style>`,
    ].join('\n  '),
  );
}

/** Replaces `target` with `source` as one rename, keeping the previous folder until the swap succeeded. */
async function swapInto(source, target) {
  const previous = `${target}.previous-${process.pid}`;
  await rm(previous, { recursive: true, force: true });
  try {
    await rename(target, previous);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  try {
    await rename(source, target);
  } catch (error) {
    await rename(previous, target).catch(() => {});
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}

await runStep(`build docs ${rel(outDir)}`, async () => {
  const { version } = JSON.parse(await readFile(join(docsPackage, 'package.json'), 'utf8'));
  const document = await readSpec();
  document.info.version = version;
  addCodeSamples(document);

  // Same filesystem as dist/, so the final swap is a rename.
  await mkdir(dirname(outDir), { recursive: true });
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-staging-`));
  const scratch = await mkdtemp(join(tmpdir(), 'lr-mfa-docs-'));
  try {
    await chmod(staging, 0o755); // mkdtemp makes it private; dist/ is a normal folder

    const json = `${JSON.stringify(document, null, 2)}\n`;
    await writeFile(join(staging, 'openapi.json'), json);
    await writeFile(
      join(staging, 'openapi.yaml'),
      stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }),
    );

    // Run from an empty folder so no redocly.yaml (the spec's lint config) changes the rendering.
    const page = join(scratch, 'index.html');
    const options = join(scratch, 'redoc-options.json');
    await writeFile(options, JSON.stringify(redocOptions(document)));
    const result = await run(
      bin('redocly'),
      [
        'build-docs',
        join(staging, 'openapi.json'),
        '--inlineBundle',
        '--output',
        page,
        '--title',
        `${document.info.title} API reference (v${version})`,
        '--openapi',
        options,
      ],
      { cwd: scratch },
    );
    if (result.code !== 0) {
      const output = `${result.stdout}\n${result.stderr}`
        .split('\n')
        .filter((l) => !/[║╔╚]/.test(l))
        .join('\n')
        .trim();
      throw new StepError(`redocly build-docs exited with code ${result.code}:\n${output}`);
    }
    const html = selfContain(await readFile(page, 'utf8'));
    checkPage(html, document);
    await writeFile(join(staging, 'index.html'), html);

    await swapInto(staging, outDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
  }
  return ['index.html', 'openapi.json', 'openapi.yaml'].map((f) => join(outDir, f));
});

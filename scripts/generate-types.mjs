#!/usr/bin/env node
// Step 3 of the pipeline: bundled spec → TypeScript types for @lr-mfa/types.
// openapi-typescript emits `paths`/`components`/`operations`; we add friendly named aliases
// (one per component schema, plus per-operation Query/Headers/RequestBody/Response) so users
// never index into `components['schemas'][...]` themselves, and nothing is typed by hand.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { doc } from './lib/codegen.mjs';
import { GENERATED_HEADER, root, runStep, StepError, writeFileAtomic } from './lib/step.mjs';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: join(root, 'build/spec/openapi.json') },
    out: { type: 'string', default: join(root, 'packages/types/src/generated') },
  },
});

const pascal = (id) => id.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c) => c.toUpperCase());
const isIdentifier = (name) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);

/** Named aliases: every component schema, then per-operation shapes whose names no schema already takes. */
export function aliasSource(spec) {
  const lines = [];
  const taken = new Set();
  const add = (name, target, description) => {
    if (taken.has(name) || !isIdentifier(name)) return;
    taken.add(name);
    lines.push(`${doc(description)}export type ${name} = ${target};`);
  };
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    add(name, `components['schemas']['${name}']`, schema.description);
  }
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!op?.operationId) continue;
      const base = pascal(op.operationId);
      const operation = `operations['${op.operationId}']`;
      const where = `\`${method.toUpperCase()} ${path}\``;
      const params = new Set((op.parameters ?? []).map((p) => resolve(spec, p).in));
      if (params.has('query'))
        add(
          `${base}Query`,
          `NonNullable<${operation}['parameters']['query']>`,
          `Query parameters of ${where}.`,
        );
      if (params.has('header'))
        add(
          `${base}Headers`,
          `NonNullable<${operation}['parameters']['header']>`,
          `Header parameters of ${where}.`,
        );
      if (op.requestBody)
        add(
          `${base}RequestBody`,
          `NonNullable<${operation}['requestBody']>['content']['application/json']`,
          `JSON body of ${where}.`,
        );
      const ok = Object.keys(op.responses ?? {}).find((s) => /^2\d\d$/.test(s));
      if (ok)
        add(
          `${base}Response`,
          `${operation}['responses'][${ok}]['content']['application/json']`,
          `Success body of ${where}.`,
        );
    }
  }
  return lines.join('\n');
}

function resolve(spec, node) {
  if (!node?.$ref) return node;
  return node.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((acc, key) => acc?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStep('generate types (openapi-typescript)', async () => {
    let spec;
    try {
      spec = JSON.parse(await readFile(values.spec, 'utf8'));
    } catch (error) {
      throw new StepError(
        `cannot read the bundled spec ${values.spec}: ${error.message}\n  run \`pnpm spec:bundle\` first.`,
      );
    }
    const header = GENERATED_HEADER('spec/openapi.yaml');
    const ast = await openapiTS(spec, { silent: true, alphabetize: false, exportType: false });
    const openapi = `${header}\n${astToString(ast)}`;
    const aliases = `${header}\nimport type { components, operations } from './openapi.js';\n\n${aliasSource(spec)}\n`;
    // Both files are produced in memory first, so a failure above leaves the committed ones untouched.
    return [
      await writeFileAtomic(join(values.out, 'openapi.ts'), openapi),
      await writeFileAtomic(join(values.out, 'aliases.ts'), aliases),
    ];
  });
}

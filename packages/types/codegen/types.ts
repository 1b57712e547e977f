// Generator of @lr-mfa/types: openapi-typescript's `paths`/`components`/`operations`, plus named aliases so
// users never index into `components['schemas'][...]`: one per component schema, then per operation its
// `<Op>Path`, `<Op>Query`, `<Op>Headers`, `<Op>RequestBody` and `<Op>Response` (first 2XX body) when it has
// them. A component schema keeps its name when an operation alias would take it.

import { doc, isIdentifier, isObject } from '@lr-mfa/codegen/codegen';
import type { Operation } from '@lr-mfa/codegen/model';
import type { GeneratedFile, Generator, GeneratorContext } from '@lr-mfa/codegen/plugin';
import { escapePointerFragment } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';

const OUT = 'packages/types/src/generated';

function operationAliases(op: Operation, add: (name: string, target: string, description: string) => void) {
  const operation = `operations['${op.id}']`;
  const where = `\`${op.method.toUpperCase()} ${op.path}\``;
  const locations = new Set(op.inputs.map((i) => i.in));
  for (const [location, suffix, label] of [
    ['path', 'Path', 'Path'],
    ['query', 'Query', 'Query'],
    ['header', 'Headers', 'Header'],
  ] as const) {
    if (locations.has(location))
      add(
        `${op.typeName}${suffix}`,
        `NonNullable<${operation}['parameters']['${location}']>`,
        `${label} parameters of ${where}.`,
      );
  }
  if (op.body) {
    add(
      `${op.typeName}RequestBody`,
      `NonNullable<${operation}['requestBody']>['content']['${op.body.contentType}']`,
      `${op.body.contentType === 'application/json' ? 'JSON body' : `Request body (${op.body.contentType})`} of ${where}.`,
    );
  }
  const ok = op.responses.find((r) => /^2(\d\d|XX)$/.test(r.status));
  if (ok) {
    const status = /^\d+$/.test(ok.status) ? ok.status : `'${ok.status}'`;
    add(
      `${op.typeName}Response`,
      ok.contentType ? `${operation}['responses'][${status}]['content']['${ok.contentType}']` : 'undefined',
      ok.contentType ? `Success body of ${where}.` : `Success of ${where}: the response has no body.`,
    );
  }
}

export const types: Generator = {
  name: 'types',
  owns: [OUT],
  async generate({ model, document, header, fail }: GeneratorContext): Promise<GeneratedFile[]> {
    const lines: string[] = [];
    const taken = new Map<string, string>();
    const schemas =
      isObject(document.components) && isObject(document.components.schemas)
        ? document.components.schemas
        : {};
    const addAt = (pointer: string) => (name: string, target: string, description: string | undefined) => {
      if (!isIdentifier(name)) fail(pointer, `"${name}" is not a valid TypeScript type name`);
      if (taken.has(name)) {
        // A component schema of the same name wins; two operations' aliases may not collide.
        if (taken.get(name)?.startsWith('/components/')) return;
        fail(pointer, `type name ${name} is also generated for ${taken.get(name)}; rename an operationId`);
      }
      taken.set(name, pointer);
      lines.push(`${doc(description)}export type ${name} = ${target};`);
    };
    for (const [name, schema] of Object.entries(schemas)) {
      const pointer = `/components/schemas/${escapePointerFragment(name)}`;
      addAt(pointer)(
        name,
        `components['schemas']['${name}']`,
        isObject(schema) && typeof schema.description === 'string' ? schema.description : undefined,
      );
    }
    for (const op of model.operations) operationAliases(op, addAt(op.pointer));

    let ast: Awaited<ReturnType<typeof openapiTS>>;
    try {
      ast = await openapiTS(document as never, { silent: true, alphabetize: false, exportType: false });
    } catch (error) {
      return fail('', `openapi-typescript failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const imports = [
      Object.keys(schemas).length > 0 ? 'components' : '',
      model.operations.length > 0 ? 'operations' : '',
    ]
      .filter(Boolean)
      .join(', ');
    return [
      { path: `${OUT}/openapi.ts`, content: `${header}\n${astToString(ast)}` },
      {
        path: `${OUT}/aliases.ts`,
        content: `${header}\n${imports ? `import type { ${imports} } from './openapi.js';\n\n` : ''}${lines.join('\n')}\n`,
      },
    ];
  },
};

// Generator of @lr-mfa/mock's data: every operation the mock serves (method, path matcher, inputs with the name
// of their compiled validator, responses with their named examples), the default user's profile, the vendor
// error examples by code and the spec's server URL. The engine routes and validates from this data alone;
// hand-written handlers attach to operations by operationId. The request validators (validators/) are ajv
// standalone code from the pipeline's schema engine (@lr-mfa/codegen/ajv), the one the client's response
// validators are compiled with.
// A second data file, proxy-data.ts (mock-shapes.ts), is what the traffic-check proxy adds: response shapes,
// secret names and the spec file and line of each place.

import { compileInputChecks, type InputSchema } from '@lr-mfa/codegen/ajv';
import type { JsonSchema, Model, Operation } from '@lr-mfa/codegen/model';
import type { GeneratedFile, Generator, GeneratorContext } from '@lr-mfa/codegen/plugin';
import { proxyData } from './mock-shapes.js';

const MOCK_OUT = 'packages/mock/src/generated';
/** The compiled request validators: built, not committed, like the client's response validators. */
const CHECKS_OUT = `${MOCK_OUT}/validators`;

/**
 * How the mock reads a parameter's string: the schema's primary non-null type, and for an array its items'
 * (the runtime's `coerce`). The validators then judge the value read.
 */
function readAs(schema: JsonSchema): { type?: string; items?: string } {
  const primary = (s: unknown) => {
    const type = (s as JsonSchema | undefined)?.type;
    return (Array.isArray(type) ? type : type === undefined ? [] : [type]).find((t) => t !== 'null') as
      | string
      | undefined;
  };
  const type = primary(schema);
  const items = type === 'array' ? primary(schema.items) : undefined;
  return { ...(type ? { type } : {}), ...(items ? { items } : {}) };
}

/** Every input schema the mock checks (each input; a whole body), with the spec place it comes from. */
function inputSchemas(model: Model): InputSchema[] {
  return model.operations.flatMap((op) => [
    ...op.inputs.map(({ schema, pointer }) => ({ schema, pointer })),
    ...(op.body?.whole ? [{ schema: op.body.schema, pointer: op.body.pointer }] : []),
  ]);
}

/** Export name of the compiled validator of each input schema (by the schema object the Model holds). */
type Checks = Map<JsonSchema, string>;

/** A minimal value of a schema, for a success response the spec gives no example of. */
function synthesize(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 8) return null;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = (schema.required ?? []) as string[];
      return Object.fromEntries(required.map((name) => [name, synthesize(properties[name], depth + 1)]));
    }
    case 'array':
      return [];
    case 'string':
      return schema.format === 'date-time' ? '1970-01-01T00:00:00.000Z' : '';
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/** `/a/{id}/b` → `^/a/([^/]+)/b$` and the names of its path parameters, in order. */
function pathMatcher(path: string): { pattern: string; params: string[] } {
  const params: string[] = [];
  const pattern = path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part);
      if (param?.[1]) {
        params.push(param[1]);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { pattern: `^${pattern}$`, params };
}

function operationData(op: Operation, checks: Checks) {
  const { pattern, params } = pathMatcher(op.path);
  return {
    id: op.id,
    method: op.method.toUpperCase(),
    path: op.path,
    legacyPaths: op.legacyPaths,
    pattern,
    pathParams: params,
    inputs: op.inputs.map((input) => ({
      wire: input.wire,
      in: input.in,
      required: input.required,
      ...(input.in === 'body' ? {} : readAs(input.schema)),
      check: checks.get(input.schema),
    })),
    ...(op.body
      ? {
          body: {
            required: op.body.required,
            contentType: op.body.contentType,
            whole: op.body.whole,
            ...(op.body.whole ? { check: checks.get(op.body.schema) } : {}),
          },
        }
      : {}),
    responses: op.responses.map((response) => {
      const examples = response.examples.map(({ name, value }) => ({ name, value }));
      if (examples.length === 0 && response.json && /^2\d\d$/.test(response.status)) {
        examples.push({ name: 'generated', value: synthesize(response.schema) });
      }
      return {
        status: response.status,
        ...(response.contentType ? { contentType: response.contentType } : {}),
        examples,
      };
    }),
  };
}

interface ErrorExample {
  status: number;
  Message: string;
  Description: string;
}

function errorExamples(model: Model, ctx: GeneratorContext): Record<number, ErrorExample> {
  const errors: Record<number, ErrorExample> = {};
  for (const op of model.operations) {
    for (const response of op.responses) {
      if (!/^[45]\d\d$/.test(response.status)) continue;
      for (const { name, value } of response.examples) {
        const example = value as { ErrorCode?: unknown; Message?: unknown; Description?: unknown };
        if (!Number.isInteger(example?.ErrorCode)) continue;
        const code = example.ErrorCode as number;
        const entry = {
          status: Number(response.status),
          Message: String(example.Message ?? ''),
          Description: String(example.Description ?? ''),
        };
        const previous = errors[code];
        if (previous && previous.status !== entry.status) {
          ctx.fail(
            response.pointer,
            `error ${code} has examples under both ${previous.status} and ${response.status} (${name})`,
          );
        }
        errors[code] ??= entry;
      }
    }
  }
  return errors;
}

/** A stand-in user for a spec none of whose success examples carries a Profile (no login operation). */
const SYNTHETIC_PROFILE = { Uid: '00000000-0000-4000-8000-000000000001', PhoneId: '+15550100001' };

/**
 * The first success example carrying a `Profile` with a `Uid` and a `PhoneId`: the mock's default user. A spec
 * with no such example (no login operation) gets a minimal stand-in, so its other operations are still served.
 */
function defaultProfile(model: Model): { profile: unknown; from: string } {
  for (const op of model.operations) {
    for (const response of op.responses) {
      if (!/^2\d\d$/.test(response.status)) continue;
      for (const { name, value } of response.examples) {
        const profile = (value as { Profile?: Record<string, unknown> } | null)?.Profile;
        if (typeof profile?.Uid === 'string' && typeof profile.PhoneId === 'string') {
          return { profile, from: `the success example ${op.id} ${response.status} "${name}"` };
        }
      }
    }
  }
  return { profile: SYNTHETIC_PROFILE, from: 'a stand-in (no success example of the spec has one)' };
}

function renderMockData(ctx: GeneratorContext, checks: Checks): string {
  const { model } = ctx;
  const json = (v: unknown) => JSON.stringify(v, null, 2);
  const { profile, from } = defaultProfile(model);
  const operations = model.operations.map((op) => operationData(op, checks));
  return `${ctx.header}import type { Profile } from '@lr-mfa/types';
import type { SpecErrorExample, SpecOperation } from '../core/spec-types.js';

/** The spec's first server: the default origin of the MSW handlers. */
export const specServerUrl = ${json(model.serverUrl.replace(/\/+$/, ''))};

/** Where the spec's security scheme carries the API key. */
export const specApiKey: { in: 'query' | 'header'; name: string } | null = ${json(model.apiKey ?? null)};

// Assigned through a variable: the type still checks every field the schema declares, without rejecting
// fields the vendor sends beyond it (excess-property checks only apply to literals).
const example = ${json(profile)};

/** The Profile of ${from}: the mock's default user. */
export const exampleProfile: Profile = example;

/** The spec's error examples, by ErrorCode, with the status they are documented under. */
export const specErrorExamples: Readonly<Record<number, SpecErrorExample>> = ${json(errorExamples(model, ctx))};

/** Every operation of the spec, in spec order. */
export const specOperations: readonly SpecOperation[] = ${json(operations)};
`;
}

/** The traffic-check proxy's view of the responses (mock-shapes.ts), kept apart from what the engine loads. */
function renderProxyData(ctx: GeneratorContext): string {
  const { pathsAt, operations, components } = proxyData(ctx);
  return `${ctx.header}import type { ProxyOperationData, Shape } from '../proxy/spec-shapes.js';

/** Where the spec lists its paths: the place a request to no operation would be added. */
export const specPathsAt = ${JSON.stringify(pathsAt)};

/** Each operation's spec location, secrets, input locations and response shapes by status. */
export const proxyOperations: Readonly<Record<string, ProxyOperationData>> = ${JSON.stringify(operations)};

/** The component schemas the response shapes refer to by name. */
export const shapeComponents: Readonly<Record<string, Shape | string>> = ${JSON.stringify(components)};
`;
}

/** The request validators' module: ajv's code and, beside it, the declaration of each export. */
function renderChecks(header: string, code: string, names: string[]): GeneratedFile[] {
  const declarations = [...new Set(names)].map((n) => `export declare const ${n}: InputValidator;`);
  return [
    { path: `${CHECKS_OUT}/index.js`, content: `${header}/* eslint-disable */\n${code}` },
    {
      path: `${CHECKS_OUT}/index.d.ts`,
      content: `${header}import type { InputValidator } from '../../core/spec-types.js';\n\n${declarations.join('\n')}\n`,
    },
  ];
}

export const mockGenerator: Generator = {
  name: 'mock',
  owns: [MOCK_OUT],
  async generate(ctx): Promise<GeneratedFile[]> {
    const schemas = inputSchemas(ctx.model);
    const { names, code } = await compileInputChecks(ctx.document, schemas, ctx.fail);
    const checks: Checks = new Map(schemas.map(({ schema }, i) => [schema, names[i] as string]));
    return [
      { path: `${MOCK_OUT}/spec-data.ts`, content: renderMockData(ctx, checks) },
      { path: `${MOCK_OUT}/proxy-data.ts`, content: renderProxyData(ctx) },
      ...renderChecks(ctx.header, code, names),
    ];
  },
};

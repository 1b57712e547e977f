// Generator of @lr-mfa/mock's data: every operation the mock serves (method, path matcher, inputs for request
// validation, responses with their named examples), the default user's profile, the vendor error examples by
// code and the spec's server URL. The engine routes and validates from this data alone; hand-written handlers
// attach to operations by operationId. A second file, proxy-data.ts (mock-shapes.ts), is what the traffic-check
// proxy adds: response shapes, secret names and the spec file and line of each place.

import type { JsonSchema, Model, Operation } from '@lr-mfa/codegen/model';
import type { GeneratedFile, Generator, GeneratorContext } from '@lr-mfa/codegen/plugin';
import { proxyData } from './mock-shapes.js';

const MOCK_OUT = 'packages/mock/src/generated';

/** Schema keywords the mock's runtime checker (packages/mock/src/core/schema.ts) enforces. */
const CHECKED = new Set([
  'type',
  'enum',
  'const',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'items',
  'minItems',
  'maxItems',
  'properties',
  'required',
  'additionalProperties',
  'anyOf',
]);
/** Keywords that describe but do not constrain: dropped from the generated data. */
const ANNOTATIONS = new Set([
  'description',
  'example',
  'examples',
  'title',
  'default',
  'deprecated',
  'format',
  'readOnly',
  'writeOnly',
  'externalDocs',
  '$comment',
]);

/** The subset of an input schema the mock checks; a constraint it cannot check fails generation. */
function checkedSchema(schema: JsonSchema, pointer: string, ctx: GeneratorContext): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (!CHECKED.has(key)) {
      ctx.fail(pointer, `the mock cannot check the schema keyword "${key}" on a request input`);
    }
    if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = checkedSchema(value as JsonSchema, `${pointer}/${key}`, ctx);
    } else if (key === 'properties') {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([name, sub]) => [
          name,
          checkedSchema(sub, `${pointer}/properties/${name}`, ctx),
        ]),
      );
    } else if (key === 'anyOf') {
      out[key] = (value as JsonSchema[]).map((sub, i) => checkedSchema(sub, `${pointer}/anyOf/${i}`, ctx));
    } else {
      out[key] = value;
    }
  }
  return out;
}

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

function operationData(op: Operation, ctx: GeneratorContext) {
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
      schema: checkedSchema(input.schema, input.pointer, ctx),
    })),
    ...(op.body
      ? {
          body: {
            required: op.body.required,
            contentType: op.body.contentType,
            whole: op.body.whole,
            ...(op.body.whole ? { schema: checkedSchema(op.body.schema, op.body.pointer, ctx) } : {}),
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

function renderMockData(ctx: GeneratorContext): string {
  const { model } = ctx;
  const json = (v: unknown) => JSON.stringify(v, null, 2);
  const { profile, from } = defaultProfile(model);
  const operations = model.operations.map((op) => operationData(op, ctx));
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

export const mockGenerator: Generator = {
  name: 'mock',
  owns: [MOCK_OUT],
  generate(ctx): GeneratedFile[] {
    return [
      { path: `${MOCK_OUT}/spec-data.ts`, content: renderMockData(ctx) },
      { path: `${MOCK_OUT}/proxy-data.ts`, content: renderProxyData(ctx) },
    ];
  },
};

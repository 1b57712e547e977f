// Request checks from the spec: the JSON Schema subset the generator keeps for each input (it fails generation
// on any other constraint, so nothing the spec states is silently skipped). `format` is an annotation here.
import type { CheckedSchema } from './spec-types.js';

type Schema = CheckedSchema & {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
};

const patterns = new Map<string, RegExp>();

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function describeType(type: string | string[]): string {
  return Array.isArray(type) ? type.join(' or ') : type;
}

/** The first way `value` breaks `schema`, as a sentence about `name`; undefined when it conforms. */
export function checkValue(
  schema: CheckedSchema,
  value: unknown,
  name: string,
  noun = 'field',
): string | undefined {
  const s = schema as Schema;
  if (s.anyOf && !s.anyOf.some((sub) => checkValue(sub, value, name, noun) === undefined)) {
    return `The ${name} ${noun} does not match any of its allowed forms.`;
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => typeMatches(value, t))) {
      return `The ${name} ${noun} must be of type ${describeType(s.type)}.`;
    }
  }
  if (s.const !== undefined && JSON.stringify(value) !== JSON.stringify(s.const)) {
    return `The ${name} ${noun} must be ${JSON.stringify(s.const)}.`;
  }
  if (s.enum && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    return `The ${name} ${noun} must be one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}.`;
  }
  if (typeof value === 'string') {
    // Length in code points, as JSON Schema counts it.
    const length = [...value].length;
    if (s.minLength !== undefined && length < s.minLength)
      return s.minLength === 1
        ? `The ${name} ${noun} must not be empty.`
        : `The ${name} ${noun} must be at least ${s.minLength} characters long.`;
    if (s.maxLength !== undefined && length > s.maxLength)
      return `The ${name} ${noun} must be at most ${s.maxLength} characters long.`;
    if (s.pattern !== undefined) {
      let re = patterns.get(s.pattern);
      if (!re) {
        re = new RegExp(s.pattern, 'u');
        patterns.set(s.pattern, re);
      }
      if (!re.test(value)) return `The ${name} ${noun} is not formatted correctly.`;
    }
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum)
      return `The ${name} ${noun} must be at least ${s.minimum}.`;
    if (s.maximum !== undefined && value > s.maximum)
      return `The ${name} ${noun} must be at most ${s.maximum}.`;
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems)
      return `The ${name} ${noun} needs at least ${s.minItems} items.`;
    if (s.maxItems !== undefined && value.length > s.maxItems)
      return `The ${name} ${noun} takes at most ${s.maxItems} items.`;
    if (s.items) {
      for (const [i, item] of value.entries()) {
        const problem = checkValue(s.items, item, `${name}[${i}]`, noun);
        if (problem) return problem;
      }
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const required of s.required ?? []) {
      if (object[required] === undefined) return `The ${name}.${required} field is required.`;
    }
    for (const [key, member] of Object.entries(object)) {
      const sub = s.properties?.[key] ?? s.additionalProperties;
      if (sub === false) return `The ${name} ${noun} does not take ${key}.`;
      if (sub === undefined || sub === true) continue;
      const problem = checkValue(sub, member, `${name}.${key}`, 'field');
      if (problem) return problem;
    }
  }
  return undefined;
}

/** The schema's primary non-null type, for turning a query or header string into a value. */
export function scalarType(schema: CheckedSchema): string | undefined {
  const type = (schema as Schema).type;
  const types = Array.isArray(type) ? type : type === undefined ? [] : [type];
  return types.find((t) => t !== 'null');
}

/**
 * A query, path or header string as the schema's type: booleans `true`/`false` (any case), numbers in decimal
 * notation; anything else stays a string, so the schema check names the mismatch.
 */
export function coerce(schema: CheckedSchema, raw: string): unknown {
  switch (scalarType(schema)) {
    case 'boolean': {
      const lower = raw.trim().toLowerCase();
      return lower === 'true' ? true : lower === 'false' ? false : raw;
    }
    case 'integer':
    case 'number':
      return /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
    default:
      return raw;
  }
}

// Request inputs against the spec: the compiled validators (generated/validators, ajv standalone code from the
// same generator as the client's response validators) judge each value; this module reads parameter strings
// as their schema's type first, and words the first problem as the vendor's sentence about the input. A
// sentence names the input and the broken rule, never the value sent (it may be a secret such as the OTP).
import * as generated from '../generated/validators/index.js';
import type { InputProblem, InputValidator } from './spec-types.js';

/** The validators by export name: what `SpecInput.check` names. */
export type InputValidators = Readonly<Record<string, InputValidator>>;

export const inputValidators: InputValidators = generated;

type Params = Record<string, unknown>;
const list = (values: unknown) => (values as unknown[]).map((v) => JSON.stringify(v)).join(', ');

/** What the value must be, by the JSON Schema keyword it breaks. */
const RULES: Record<string, (p: Params) => string> = {
  type: (p) => `must be of type ${String(p.type).split(',').join(' or ')}`,
  const: (p) => `must be ${JSON.stringify(p.allowedValue)}`,
  enum: (p) => `must be one of ${list(p.allowedValues)}`,
  minLength: (p) => (p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters long`),
  maxLength: (p) => `must be at most ${p.limit} characters long`,
  pattern: () => 'is not formatted correctly',
  format: (p) => `is not a valid ${p.format}`,
  minimum: (p) => `must be at least ${p.limit}`,
  maximum: (p) => `must be at most ${p.limit}`,
  exclusiveMinimum: (p) => `must be greater than ${p.limit}`,
  exclusiveMaximum: (p) => `must be less than ${p.limit}`,
  multipleOf: (p) => `must be a multiple of ${p.multipleOf}`,
  minItems: (p) => `needs at least ${p.limit} items`,
  maxItems: (p) => `takes at most ${p.limit} items`,
  uniqueItems: () => 'must not repeat an item',
  additionalProperties: (p) => `does not take ${p.additionalProperty}`,
  anyOf: () => 'does not match any of its allowed forms',
  oneOf: () => 'must match exactly one of its allowed forms',
};

/** `name` followed along a JSON Pointer (`/tags/0/id` → `tags[0].id`), and whether it ends at an array item. */
function pathOf(name: string, pointer: string): { path: string; item: boolean } {
  let path = name;
  let item = false;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    item = /^\d+$/.test(key);
    path += item ? `[${key}]` : `.${key}`;
  }
  return { path, item };
}

/** The problem as a sentence about `name`: a nested value is a field; an array item keeps the input's noun. */
function sentence(problem: InputProblem, name: string, noun: string): string {
  const { path, item } = pathOf(name, problem.instancePath);
  if (problem.keyword === 'required')
    return `The ${path}.${problem.params.missingProperty} field is required.`;
  const subject = `The ${path} ${problem.instancePath === '' || item ? noun : 'field'}`;
  const rule = RULES[problem.keyword];
  return `${subject} ${rule ? rule(problem.params) : (problem.message ?? 'is not valid')}.`;
}

/**
 * The first way `value` breaks the input's schema, as a sentence about `name`; undefined when it conforms.
 * The validators stop at the first problem; a failed `anyOf` reports its branches first and itself last, so
 * the last one reported is the rule the value broke.
 */
export function problemWith(
  validator: InputValidator,
  value: unknown,
  name: string,
  noun = 'field',
): string | undefined {
  if (validator(value)) return undefined;
  const problem = validator.errors?.at(-1);
  return problem ? sentence(problem, name, noun) : `The ${name} ${noun} is not valid.`;
}

/**
 * A query, path or header string as its schema's type: booleans `true`/`false` (any case), numbers in decimal
 * notation; anything else stays a string, so the validator names the mismatch.
 */
export function coerce(type: string | undefined, raw: string): unknown {
  switch (type) {
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

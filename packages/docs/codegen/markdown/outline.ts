// A JSON Schema as Markdown a reader (or a language model) takes in at a glance: each field's name, type,
// whether it is required or secret, and its description, nested a few levels; deeper objects are counted and
// left to openapi.json. The Model's schemas have their `$ref`s resolved except recursive ones, and use `allOf`
// (a profile is its base fields plus its own) and `anyOf`/`oneOf` (an object or null), which are merged here.
import { isObject } from '@lr-mfa/codegen/codegen';
import type { JsonSchema } from '@lr-mfa/codegen/model';
import { code, oneLine } from './text.js';

/** Nesting levels the outline shows; a deeper object is named with its field count. */
export const OUTLINE_DEPTH = 2;
/** Enum values named in a type before the rest are counted. */
const ENUM_SHOWN = 8;

const parts = (schema: JsonSchema, key: 'allOf' | 'anyOf' | 'oneOf') =>
  Array.isArray(schema[key]) ? (schema[key] as unknown[]).filter(isObject) : [];

/** A schema's type in a few words: `string | null`, `array of User`, `string (date-time)`, `integer (one of: 1, 2)`. */
export function typeOf(schema: JsonSchema): string {
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').at(-1) ?? schema.$ref;
  const variants = [...parts(schema, 'anyOf'), ...parts(schema, 'oneOf')];
  if (variants.length > 0) return [...new Set(variants.map(typeOf))].join(' | ');
  const types = [schema.type].flat().filter((t): t is string => typeof t === 'string');
  if (types.length === 0 && (isObject(schema.properties) || parts(schema, 'allOf').length > 0))
    types.push('object');
  let text = types
    .map((t) => (t === 'array' && isObject(schema.items) ? `array of ${typeOf(schema.items)}` : t))
    .join(' | ');
  if (!text) text = 'any';
  if (typeof schema.format === 'string') text += ` (${schema.format})`;
  if (Array.isArray(schema.enum)) {
    const shown = schema.enum.slice(0, ENUM_SHOWN).map((v) => JSON.stringify(v));
    const more = schema.enum.length - shown.length;
    text += ` (one of: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
  }
  if (schema.const !== undefined) text += ` (always ${JSON.stringify(schema.const)})`;
  return text;
}

/** The fields of an object schema (its `allOf` parts and object variants merged), or of an array's items. */
export function fieldsOf(schema: JsonSchema): { properties: [string, JsonSchema][]; required: Set<string> } {
  const properties = new Map<string, JsonSchema>();
  const required = new Set<string>();
  const visit = (part: JsonSchema, inVariant: boolean) => {
    if (isObject(part.items)) visit(part.items, inVariant);
    for (const [name, property] of Object.entries(isObject(part.properties) ? part.properties : {}))
      if (isObject(property) && !properties.has(name)) properties.set(name, property);
    // A field required by one variant of an anyOf is not required by the whole.
    if (!inVariant && Array.isArray(part.required)) for (const name of part.required) required.add(name);
    for (const sub of parts(part, 'allOf')) visit(sub, inVariant);
    for (const sub of [...parts(part, 'anyOf'), ...parts(part, 'oneOf')]) visit(sub, true);
  };
  visit(schema, false);
  return { properties: [...properties], required };
}

/** One field's line: name, type, flags and description. */
function fieldLine(name: string, schema: JsonSchema, required: boolean, secret: boolean): string {
  const flags = [
    typeOf(schema),
    ...(required ? ['required'] : []),
    ...(secret ? ['**secret**'] : []),
    ...(schema.deprecated === true ? ['deprecated'] : []),
  ];
  const description = typeof schema.description === 'string' ? `: ${oneLine(schema.description)}` : '';
  return `- ${code(name)} (${flags.join(', ')})${description}`;
}

/**
 * The schema's fields as a nested Markdown list. A field is secret when the spec marks it (`x-lr-secret`) or
 * its name is one of the operation's secret wire names.
 */
export function outline(schema: JsonSchema, secrets: ReadonlySet<string>, depth = 1): string[] {
  const { properties, required } = fieldsOf(schema);
  const indent = '  '.repeat(depth - 1);
  return properties.flatMap(([name, property]) => {
    const secret = property['x-lr-secret'] === true || secrets.has(name);
    const line = `${indent}${fieldLine(name, property, required.has(name), secret)}`;
    const children = fieldsOf(property).properties.length;
    if (children === 0) return [line];
    if (depth >= OUTLINE_DEPTH)
      return [`${line} (${children} field${children === 1 ? '' : 's'}, in openapi.json)`];
    return [line, ...outline(property, secrets, depth + 1)];
  });
}

// Redocly plugin with the spec's house rules that no built-in rule expresses. The pipeline's spec loader
// (packages/codegen/src/spec.ts) passes it to redocly with the root redocly.yaml, whose rules name them `lr-mfa/<name>`.
import type { Oas3Rule, Plugin } from '@redocly/openapi-core';

const described = (node: unknown) =>
  typeof node === 'object' &&
  node !== null &&
  typeof (node as { description?: unknown }).description === 'string' &&
  (node as { description: string }).description.trim() !== '';

/**
 * Every schema property must say what it is: generated types (JSDoc), the reference docs and the mock all read
 * these descriptions. A property that is a bare `$ref` passes when the referenced schema has a description.
 */
const SchemaPropertyDescription: Oas3Rule = () => ({
  Schema(schema, ctx) {
    const properties: unknown = schema?.properties;
    if (typeof properties !== 'object' || properties === null) return;
    for (const [name, property] of Object.entries(properties)) {
      if (described(property)) continue;
      if (typeof property?.$ref === 'string' && described(ctx.resolve(property).node)) continue;
      ctx.report({
        message: `Schema property \`${name}\` must have a description saying what it is.`,
        location: ctx.location.child(['properties', name]).key(),
      });
    }
  },
});

/** The plugin as redocly's `loadConfig({ plugins })` takes it: a ready object, rule ids already prefixed. */
export default function lrMfaPlugin(): Plugin {
  return {
    id: 'lr-mfa',
    rules: { oas3: { 'lr-mfa/schema-property-description': SchemaPropertyDescription } },
  };
}

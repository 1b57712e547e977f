// Redocly plugin with the spec's house rules that no built-in rule expresses.
// Loaded from the root redocly.yaml; rules are referenced as `lr-mfa/<name>`.

/**
 * Every schema property must say what it is: generated types (JSDoc), the reference docs and the mock all read
 * these descriptions. A property that is a bare `$ref` passes when the referenced schema has a description.
 */
function SchemaPropertyDescription() {
  const described = (node) => typeof node?.description === 'string' && node.description.trim() !== '';
  return {
    Schema(schema, ctx) {
      if (schema?.properties === null || typeof schema?.properties !== 'object') return;
      for (const [name, property] of Object.entries(schema.properties)) {
        if (described(property)) continue;
        if (property && typeof property.$ref === 'string' && described(ctx.resolve(property).node)) continue;
        ctx.report({
          message: `Schema property \`${name}\` must have a description saying what it is.`,
          location: ctx.location.child(['properties', name]).key(),
        });
      }
    },
  };
}

export default function lrMfaPlugin() {
  return {
    id: 'lr-mfa',
    rules: {
      oas3: {
        'schema-property-description': SchemaPropertyDescription,
      },
    },
  };
}

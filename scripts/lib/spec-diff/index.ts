// Classifies every difference between two bundled OpenAPI 3.x documents as major, minor or patch, from the
// point of view of the people who use what we publish: callers of the API through @lr-mfa/client and code
// compiled against the generated @lr-mfa/types. The levels come from one table (rules.ts: what changed ×
// request or response side → bump, with its reason); the comparators (schema.ts, operations.ts,
// components.ts) only find differences and name their rule.
//
// Direction matters, so every schema is compared as an input (request body, parameters: the client writes it)
// or an output (responses: the client reads it); a component used by both is compared once per use, and a
// component no operation reaches is compared both ways, keeping the stricter class. `$ref`s are followed
// inside each document and the resolved structures compared; a (old, new, side) pair is compared once, which
// both guards recursive schemas and reports a shared component's change once. Anything not understood in
// detail is reported as major ("treated as breaking"), so an unknown change never passes as a patch.
import { compareComponentNames, compareErrorNames, compareUnreachedSchemas } from './components.js';
import { compareDocs, DiffContext, DocSide, type Node } from './context.js';
import { type Change, code, same } from './levels.js';
import { compareOperations, compareSecuritySchemes, compareServers } from './operations.js';

export {
  type Change,
  canonical,
  formatChange,
  LEVELS,
  type Level,
  maxLevel,
  rank,
  requiredBump,
} from './levels.js';
export { levelFor, RULES, type RuleId, type Side } from './rules.js';

/** Compares two bundled documents (every `$ref` local); changes come in document order. */
export function diffSpecs(oldDoc: Node, newDoc: Node): Change[] {
  const ctx = new DiffContext(new DocSide(oldDoc), new DocSide(newDoc));
  compareDocs(ctx, oldDoc.info, newDoc.info, 'info', 'API');
  for (const key of ['version', 'license', 'contact', 'termsOfService']) {
    if (!same(oldDoc.info?.[key], newDoc.info?.[key]))
      ctx.report('info-changed', 'both', 'info', `API ${key} changed`);
  }
  compareDocs(ctx, oldDoc, newDoc, 'document', 'top-level');
  if (oldDoc.openapi !== newDoc.openapi) {
    const change = `changed from ${code(oldDoc.openapi)} to ${code(newDoc.openapi)}`;
    ctx.report('openapi-version-changed', 'both', 'document', `OpenAPI version ${change}`);
  }
  compareServers(ctx, oldDoc.servers, newDoc.servers, 'servers');
  compareSecuritySchemes(ctx, oldDoc.components?.securitySchemes, newDoc.components?.securitySchemes);
  compareOperations(ctx);
  if (!same(oldDoc.webhooks, newDoc.webhooks)) {
    ctx.report(
      'webhooks-changed',
      'both',
      'webhooks',
      'webhooks changed (not classified in detail; treated as breaking)',
    );
  }
  compareComponentNames(ctx);
  compareErrorNames(ctx);
  compareUnreachedSchemas(ctx);
  return ctx.changes;
}

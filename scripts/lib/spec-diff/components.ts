// Components: their names are public API (openapi-typescript turns them into exported types), and schemas no
// operation reaches are compared on both sides.
import { type DiffContext, matchRenames, shapeKey } from './context.js';
import { same } from './levels.js';
import { compareSchema } from './schema.js';

/** Component kinds openapi-typescript turns into exported types. */
const TYPED_COMPONENTS: Record<string, string> = {
  schemas: 'schema',
  parameters: 'parameter',
  requestBodies: 'request body',
  responses: 'response',
  headers: 'header',
};

export function compareComponentNames(ctx: DiffContext): void {
  for (const [kind, noun] of Object.entries(TYPED_COMPONENTS)) {
    const a = ctx.before.doc.components?.[kind] ?? {};
    const b = ctx.after.doc.components?.[kind] ?? {};
    const removed = Object.keys(a).filter((n) => !(n in b));
    const added = Object.keys(b).filter((n) => !(n in a));
    const renames = matchRenames(
      removed,
      added,
      (n) => shapeKey(a[n], ctx.before),
      (n) => shapeKey(b[n], ctx.after),
    );
    for (const name of removed) {
      const to = renames.get(name);
      if (to)
        ctx.report(
          'component-renamed',
          'both',
          'components',
          `${noun} \`${name}\` renamed to \`${to}\` (its generated type is renamed)`,
        );
      else
        ctx.report(
          'component-removed',
          'both',
          'components',
          `${noun} \`${name}\` removed (its generated type goes away)`,
        );
    }
    const renamed = new Set(renames.values());
    for (const name of added)
      if (!renamed.has(name)) ctx.report('component-added', 'both', 'components', `new ${noun} \`${name}\``);
  }
  const examplesA = ctx.before.doc.components?.examples ?? {};
  const examplesB = ctx.after.doc.components?.examples ?? {};
  for (const name of new Set([...Object.keys(examplesA), ...Object.keys(examplesB)])) {
    if (same(examplesA[name], examplesB[name])) continue;
    const verb = !(name in examplesA) ? 'added' : !(name in examplesB) ? 'removed' : 'changed';
    ctx.report('example-changed', 'both', 'components', `example \`${name}\` ${verb}`);
  }
}

/** A schema no operation reached could be sent or read: compared as both, keeping the stricter class. */
export function compareUnreachedSchemas(ctx: DiffContext): void {
  const a = ctx.before.doc.components?.schemas ?? {};
  const b = ctx.after.doc.components?.schemas ?? {};
  for (const name of Object.keys(a)) {
    if (!(name in b) || ctx.before.reached.has(name) || ctx.after.reached.has(name)) continue;
    const ref = { $ref: `#/components/schemas/${name}` };
    compareSchema(ctx, ref, ref, { where: 'components', base: `schema \`${name}\``, path: '', side: 'both' });
  }
}

/** Every `x-lr-error-name` of a document's examples, with the code its example carries. */
function errorNames(doc: Record<string, unknown>): Map<string, unknown> {
  const field = (doc['x-lr-api-error'] as { codeField?: string } | undefined)?.codeField ?? '';
  const names = new Map<string, unknown>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const { 'x-lr-error-name': name, value } = node as Record<string, unknown>;
    if (typeof name === 'string') names.set(name, (value as Record<string, unknown> | null)?.[field]);
    for (const child of Object.values(node)) visit(child);
  };
  visit(doc);
  return names;
}

/** The error names are the generated ErrorCodes: one removed or given another code breaks, a new one adds. */
export function compareErrorNames(ctx: DiffContext): void {
  const before = errorNames(ctx.before.doc);
  const after = errorNames(ctx.after.doc);
  for (const [name, code] of before) {
    if (!after.has(name))
      ctx.report('error-name-removed', 'both', 'components', `error name \`${name}\` (${code}) removed`);
    else if (!same(after.get(name), code))
      ctx.report(
        'error-name-removed',
        'both',
        'components',
        `error name \`${name}\` now names ${after.get(name)}, not ${code}`,
      );
  }
  for (const [name, code] of after)
    if (!before.has(name))
      ctx.report('error-name-added', 'both', 'components', `new error name \`${name}\` (${code})`);
}

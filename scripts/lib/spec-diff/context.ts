// What every comparator shares: both documents with their `$ref` resolution, the rule-based reporter, the guard
// that compares each (old, new, side) pair of schemas once, and the wording of where a change is.
import { unescapePointerFragment } from '@redocly/openapi-core';
import { type Change, canonical } from './levels.js';
import { levelFor, type RuleId, type Side } from './rules.js';

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are untyped JSON, read field by field here
export type Node = any;

/** One document: resolution of its local `$ref`s and the component schemas comparisons passed through. */
export class DocSide {
  readonly reached = new Set<string>();
  private readonly ids = new WeakMap<object, number>();
  private static nextId = 0;

  constructor(readonly doc: Node) {}

  /** Stable identity of a resolved node (nodes are shared objects: their identity is the component's). */
  private idOf(node: unknown): string {
    if (node === null || typeof node !== 'object') return `v${canonical(node)}`;
    if (!this.ids.has(node)) this.ids.set(node, ++DocSide.nextId);
    return `#${this.ids.get(node)}`;
  }

  /** Reads a local JSON pointer (`#/components/schemas/Profile`). */
  pointer(ref: string): Node {
    let node = this.doc;
    for (const raw of ref.slice(2).split('/')) {
      if (raw === '') continue;
      const key = unescapePointerFragment(raw);
      if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
      node = node[key];
    }
    return node;
  }

  /**
   * Follows `$ref` chains; siblings of a `$ref` (3.1 allows e.g. `description`) override the target's.
   * Returns the node, its identity for the pair guard, and the component schemas passed through.
   */
  resolve(start: Node): { node: Node; key: string; schemas: string[] } {
    const seen = new Set<string>();
    const schemas: string[] = [];
    let node = start;
    let siblings: Node = null;
    while (node && typeof node === 'object' && typeof node.$ref === 'string') {
      const { $ref, ...rest } = node;
      if (!$ref.startsWith('#')) throw new Error(`external $ref ${$ref}: compare bundled documents`);
      if (seen.has($ref)) throw new Error(`$ref cycle without content at ${$ref}`);
      seen.add($ref);
      if ($ref.startsWith('#/components/schemas/')) schemas.push($ref.slice('#/components/schemas/'.length));
      if (Object.keys(rest).length > 0) siblings = { ...rest, ...siblings };
      const target = this.pointer($ref);
      if (target === undefined) throw new Error(`unresolvable $ref ${$ref}`);
      node = target;
    }
    if (siblings && node && typeof node === 'object') {
      return { node: { ...node, ...siblings }, key: `${this.idOf(node)}+${canonical(siblings)}`, schemas };
    }
    return { node, key: this.idOf(node), schemas };
  }

  /** The resolved node, remembering the component schemas it passed through. */
  follow(start: Node): Node {
    const r = this.resolve(start);
    for (const name of r.schemas) this.reached.add(name);
    return r.node;
  }
}

/** Where a schema sits: the location, the words naming it, the property path inside it, the API side. */
export interface SchemaPlace {
  where: string;
  base: string;
  path: string;
  side: Side;
}

export class DiffContext {
  readonly changes: Change[] = [];
  /** (side, old node, new node) triples already compared: guards recursion and reports shared schemas once. */
  readonly compared = new Set<string>();

  constructor(
    readonly before: DocSide,
    readonly after: DocSide,
  ) {}

  /** Records a change; its level comes from the rule table for that side. */
  report(rule: RuleId, side: Side, where: string, what: string): void {
    this.changes.push({ level: levelFor(rule, side), where, what, rule });
  }
}

/** "request body property `a.b`" for a place. */
export const subject = (place: SchemaPlace): string =>
  place.path ? `${place.base} property \`${place.path}\`` : place.base;

/**
 * The place one level down: a property name, `[]` (array items), `[2]` (a tuple item) or `*` (values of
 * additionalProperties). At the root of a body, items and values read better as words than as a path.
 */
export function child(place: SchemaPlace, segment: string): SchemaPlace {
  if (place.path === '') {
    if (segment === '[]') return { ...place, base: `${place.base} items` };
    if (segment === '*') return { ...place, base: `${place.base} values` };
    if (segment.startsWith('[')) return { ...place, base: `${place.base} item ${segment.slice(1, -1)}` };
    return { ...place, path: segment };
  }
  return { ...place, path: segment.startsWith('[') ? `${place.path}${segment}` : `${place.path}.${segment}` };
}

/** Keys that only document: a change is a patch. */
const DOC_KEYS = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'externalDocs',
  '$comment',
  'xml',
  'tags',
  'links',
]);
/** The extension that names an input's client option (packages/codegen/src/naming.ts). */
const CLIENT_OPTION_KEY = 'x-lr-option';
export const isDocKey = (key: string): boolean => DOC_KEYS.has(key) || key.startsWith('x-');

/** Documentation keys and x-* extensions of any object. */
export function compareDocs(ctx: DiffContext, a: Node, b: Node, where: string, what: string): void {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  for (const key of keys) {
    if (!isDocKey(key) || canonical(a?.[key]) === canonical(b?.[key])) continue;
    const label = key.startsWith('x-') ? `extension \`${key}\`` : key;
    const verb = a?.[key] === undefined ? 'added' : b?.[key] === undefined ? 'removed' : 'changed';
    // The one extension a generator reads for a public name: the client option of an input.
    if (key === CLIENT_OPTION_KEY)
      ctx.report('client-option-renamed', 'both', where, `${what} ${label} ${verb}`);
    else ctx.report('doc-changed', 'both', where, `${what} ${label} ${verb}`);
  }
}

export function compareDeprecated(ctx: DiffContext, a: Node, b: Node, where: string, what: string): void {
  if (Boolean(a?.deprecated) === Boolean(b?.deprecated)) return;
  ctx.report(
    'deprecation-changed',
    'both',
    where,
    `${what} ${b?.deprecated ? 'is now deprecated' : 'is no longer deprecated'}`,
  );
}

/** Same shape once documentation is ignored: used to recognise renames. */
export function shapeKey(raw: Node, side: DocSide): string {
  const strip = (node: Node, depth: number): Node => {
    if (Array.isArray(node)) return node.map((n) => strip(n, depth));
    if (!node || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string' && depth < 4) return strip(side.resolve(node).node, depth + 1);
    return Object.fromEntries(
      Object.entries(node)
        .filter(([k]) => !isDocKey(k))
        .map(([k, v]) => [k, strip(v, depth)]),
    );
  };
  return canonical(strip(raw, 0));
}

/** Pairs removed and added names whose shapes are equal: reported as renames, not removal + addition. */
export function matchRenames(
  removed: string[],
  added: string[],
  shapeA: (name: string) => string,
  shapeB: (name: string) => string,
): Map<string, string> {
  const renames = new Map<string, string>();
  const free = new Set(added);
  for (const name of removed) {
    const key = shapeA(name);
    const match = [...free].find((candidate) => shapeB(candidate) === key);
    if (match !== undefined) {
      renames.set(name, match);
      free.delete(match);
    }
  }
  return renames;
}

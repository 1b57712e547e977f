// Schema comparators: one small function per aspect (types, enums, constraints, defaults, properties,
// additionalProperties, items, oneOf/anyOf, discriminator), each naming the rule of what it found.
import {
  child,
  compareDeprecated,
  compareDocs,
  type DiffContext,
  type DocSide,
  isDocKey,
  matchRenames,
  type Node,
  type SchemaPlace,
  shapeKey,
  subject,
} from './context.js';
import { canonical, code, list, same } from './levels.js';
import type { RuleId } from './rules.js';

/** Numeric constraints where a larger value is stricter (min*) or looser (max*). */
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];
/** Constraints where any new or changed value is stricter and removing it is looser. */
const EXACT_CONSTRAINTS = ['pattern', 'format', 'multipleOf', 'contentEncoding', 'contentMediaType'];
/** Keywords compared in detail; a change of any other is reported as unclassified (treated as breaking). */
const HANDLED_KEYS = new Set([
  '$ref',
  'type',
  'nullable',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'prefixItems',
  'oneOf',
  'anyOf',
  'allOf',
  'discriminator',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'uniqueItems',
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...EXACT_CONSTRAINTS,
]);

/** Set of JSON types a schema allows; null means "any". */
function typesOf(schema: Node): Set<string> | null {
  if (schema === true || schema === undefined) return null;
  if (schema === false) return new Set();
  let types: Set<string> | null = null;
  if (schema.type !== undefined) types = new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
  if (types && schema.nullable === true) types.add('null');
  return types;
}
/** Does a type set accept a type (integer is a kind of number)? */
const accepts = (types: Set<string> | null, type: string) =>
  types === null || types.has(type) || (type === 'integer' && types.has('number'));
const typeText = (types: Set<string> | null) =>
  types === null ? 'any' : [...types].join(' | ') || 'nothing';

/** Merges `allOf` branches into one schema (properties and required are unions, types an intersection). */
function flattenAllOf(schema: Node, side: DocSide, depth = 0): Node {
  if (!schema || typeof schema !== 'object' || !Array.isArray(schema.allOf) || depth > 32) return schema;
  const { allOf, ...merged } = schema;
  for (const branch of allOf) {
    const part = flattenAllOf(side.follow(branch), side, depth + 1);
    if (!part || typeof part !== 'object') continue;
    for (const [key, value] of Object.entries<Node>(part)) {
      if (key === 'properties') {
        merged.properties = { ...merged.properties };
        for (const [name, prop] of Object.entries(value)) {
          merged.properties[name] =
            name in merged.properties ? { allOf: [merged.properties[name], prop] } : prop;
        }
      } else if (key === 'required') {
        merged.required = [...new Set([...(merged.required ?? []), ...value])];
      } else if (key === 'type' && merged.type !== undefined) {
        const mine = typesOf(merged);
        merged.type = [...(typesOf(part) ?? [])].filter((t) => accepts(mine, t));
      } else if (!(key in merged)) {
        merged[key] = value;
      }
    }
  }
  return merged;
}

/** `{ type: 'null' }`, perhaps documented: the null option of a nullable union. */
const isNullSchema = (node: Node): boolean =>
  node !== null &&
  typeof node === 'object' &&
  node.type === 'null' &&
  Object.keys(node).every((key) => key === 'type' || isDocKey(key));

/** The schema whose `allOf` parts a schema has: itself, or the one schema a nullable union wraps. */
function allOfOwner(schema: Node, side: DocSide): Node {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema.allOf)) return schema;
  for (const kind of ['anyOf', 'oneOf']) {
    const options: Node[] | undefined = schema[kind];
    if (!Array.isArray(options) || options.length < 2) continue;
    const others = options.filter((option) => !isNullSchema(side.resolve(option).node));
    if (others.length === 1) return allOfOwner(side.resolve(others[0]).node, side);
  }
  return schema;
}

/** Keywords that may sit beside a nullable union without changing what it accepts. */
const UNION_SIBLINGS = new Set(['deprecated', 'default', 'readOnly', 'writeOnly']);

/**
 * Reads a union (`anyOf`/`oneOf`) without a `type` of its own by what it accepts:
 * - one schema and `{ type: 'null' }` is that schema made nullable, the spelling `type: [T, 'null']` takes once
 *   T is a `$ref`: it reads as T's keywords with `null` added to its types and enum, so moving between the two
 *   spellings reports only what really changed, not a type "widened to any" and every property "removed";
 * - any other union whose options all have types gets their union as its type (its options are still compared
 *   one by one), so `integer | null` becoming `integer | string | null` is told as that.
 */
function readUnion(schema: Node, side: DocSide): Node {
  if (!schema || typeof schema !== 'object' || schema.type !== undefined) return schema;
  for (const kind of ['anyOf', 'oneOf']) {
    const options: Node[] | undefined = schema[kind];
    if (!Array.isArray(options)) continue;
    const resolved = options.map((option) => flattenAllOf(side.follow(option), side));
    const others = resolved.filter((node) => !isNullSchema(node));
    const { [kind]: _, ...outer } = schema;
    const plain = Object.keys(outer).every((key) => isDocKey(key) || UNION_SIBLINGS.has(key));
    const [inner] = others;
    if (plain && others.length === 1 && options.length > 1 && inner && typeof inner === 'object') {
      const merged: Node = { ...inner, ...outer };
      delete merged.nullable;
      const types = typesOf(inner);
      if (types) merged.type = [...new Set([...types, 'null'])];
      const values = enumOf(inner);
      if (values && !values.includes(null)) {
        delete merged.const;
        merged.enum = [...values, null];
      }
      return merged;
    }
    const union = new Set<string>();
    for (const node of resolved) {
      const types = typesOf(node);
      if (types === null) return schema;
      for (const type of types) union.add(type);
    }
    return { ...schema, type: [...union] };
  }
  return schema;
}

/** Compares two schemas at a place; either side may be a `$ref`. */
export function compareSchema(ctx: DiffContext, rawA: Node, rawB: Node, place: SchemaPlace): void {
  const ra = ctx.before.resolve(rawA);
  const rb = ctx.after.resolve(rawB);
  for (const name of ra.schemas) ctx.before.reached.add(name);
  for (const name of rb.schemas) ctx.after.reached.add(name);
  const pairKey = `${place.side}|${ra.key}|${rb.key}`;
  if (ctx.compared.has(pairKey)) return;
  ctx.compared.add(pairKey);

  if (typeof ra.node === 'boolean' || typeof rb.node === 'boolean') {
    if (ra.node !== rb.node) unclassified(ctx, place, 'schema');
    return;
  }
  compareAllOfParts(ctx, ra.node ?? {}, rb.node ?? {}, place);
  const a = readUnion(flattenAllOf(ra.node ?? {}, ctx.before), ctx.before);
  const b = readUnion(flattenAllOf(rb.node ?? {}, ctx.after), ctx.after);
  const what = subject(place);

  compareDocs(ctx, a, b, place.where, what);
  compareDeprecated(ctx, a, b, place.where, what);
  compareTypes(ctx, a, b, place);
  compareEnums(ctx, a, b, place);
  compareConstraints(ctx, a, b, place);
  compareDefault(ctx, a, b, place);
  for (const flag of ['readOnly', 'writeOnly']) {
    if (Boolean(a[flag]) !== Boolean(b[flag])) {
      ctx.report(
        'access-flag-changed',
        place.side,
        place.where,
        `${what} ${b[flag] ? `is now ${flag}` : `is no longer ${flag}`}`,
      );
    }
  }
  compareProperties(ctx, a, b, place);
  compareAdditional(ctx, a, b, place);
  if (a.items !== undefined || b.items !== undefined)
    compareSubschema(ctx, a.items, b.items, child(place, '[]'), 'items');
  if (a.prefixItems || b.prefixItems) {
    const n = Math.max(a.prefixItems?.length ?? 0, b.prefixItems?.length ?? 0);
    // A position without a tuple item must match `items`: removing the tuple item can make it stricter.
    const at = (s: Node, i: number) => s.prefixItems?.[i] ?? s.items;
    for (let i = 0; i < n; i++) {
      compareSubschema(ctx, at(a, i), at(b, i), child(place, `[${i}]`), `tuple item ${i}`);
    }
  }
  for (const kind of ['oneOf', 'anyOf']) compareOptions(ctx, a[kind], b[kind], place, kind);
  compareDiscriminator(ctx, a.discriminator, b.discriminator, place);

  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (HANDLED_KEYS.has(key) || isDocKey(key) || same(a[key], b[key])) continue;
    unclassified(ctx, place, `\`${key}\``);
  }
}

function unclassified(ctx: DiffContext, place: SchemaPlace, what: string): void {
  ctx.report(
    'unclassified',
    place.side,
    place.where,
    `${subject(place)} ${what} changed (not classified in detail; treated as breaking)`,
  );
}

/** A nested schema that may be absent on one side (items, a tuple item). */
function compareSubschema(ctx: DiffContext, a: Node, b: Node, place: SchemaPlace, label: string): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined || b === undefined) {
    const added = a === undefined;
    ctx.report(
      added ? 'subschema-added' : 'subschema-removed',
      place.side,
      place.where,
      `${subject(place)} ${label} schema ${added ? 'added' : 'removed'}`,
    );
    return;
  }
  compareSchema(ctx, a, b, place);
}

function compareTypes(ctx: DiffContext, a: Node, b: Node, place: SchemaPlace): void {
  const before = typesOf(a);
  const after = typesOf(b);
  const lost =
    before === null
      ? after === null
        ? []
        : ['any other type']
      : [...before].filter((t) => !accepts(after, t));
  const gained =
    after === null ? (before === null ? [] : ['any type']) : [...after].filter((t) => !accepts(before, t));
  if (lost.length === 0 && gained.length === 0) return;
  const from = typeText(before);
  const to = typeText(after);
  const what = subject(place);
  if (lost.length > 0 && gained.length > 0) {
    ctx.report('type-changed', place.side, place.where, `${what} type changed from \`${from}\` to \`${to}\``);
  } else if (lost.length > 0) {
    const onlyNull = lost.length === 1 && lost[0] === 'null';
    const note = onlyNull
      ? place.side === 'output'
        ? ' (never null any more)'
        : ' (null no longer accepted)'
      : '';
    ctx.report(
      'type-narrowed',
      place.side,
      place.where,
      `${what} type narrowed from \`${from}\` to \`${to}\`${note}`,
    );
  } else {
    const onlyNull = gained.length === 1 && gained[0] === 'null';
    const note = onlyNull ? (place.side === 'input' ? ' (now accepts null)' : ' (can now be null)') : '';
    ctx.report(
      'type-widened',
      place.side,
      place.where,
      `${what} type widened from \`${from}\` to \`${to}\`${note}`,
    );
  }
}

const enumOf = (s: Node): unknown[] | null =>
  s.const !== undefined ? [s.const] : Array.isArray(s.enum) ? s.enum : null;

function compareEnums(ctx: DiffContext, a: Node, b: Node, place: SchemaPlace): void {
  const before = enumOf(a);
  const after = enumOf(b);
  if (!before && !after) return;
  const what = subject(place);
  if (!before) {
    ctx.report(
      'enum-restricted',
      place.side,
      place.where,
      `${what} is now restricted to ${list(after ?? [])}`,
    );
    return;
  }
  if (!after) {
    ctx.report(
      'enum-unrestricted',
      place.side,
      place.where,
      `${what} is no longer restricted to ${list(before)}`,
    );
    return;
  }
  const keysAfter = new Set(after.map(canonical));
  const keysBefore = new Set(before.map(canonical));
  const removed = before.filter((v) => !keysAfter.has(canonical(v)));
  const added = after.filter((v) => !keysBefore.has(canonical(v)));
  if (removed.length > 0) {
    ctx.report(
      'enum-value-removed',
      place.side,
      place.where,
      `${what} enum value${removed.length > 1 ? 's' : ''} ${list(removed)} removed`,
    );
  }
  if (added.length > 0) {
    const note =
      place.side === 'input' ? '' : ' (code that switches exhaustively over it must handle the new value)';
    ctx.report(
      'enum-value-added',
      place.side,
      place.where,
      `${what} new enum value${added.length > 1 ? 's' : ''} ${list(added)}${note}`,
    );
  }
}

type Relation = 'stricter' | 'looser' | 'changed' | 'equivalent';

/**
 * A pattern accepts every string when it matches the empty string and asserts nothing about its position
 * (no anchors, word boundaries, lookarounds or backreferences): JSON Schema patterns search, so it then
 * matches at the start of any string. `''` and `.*` are such patterns.
 */
function acceptsEveryString(pattern: unknown): boolean {
  if (pattern === undefined) return true;
  if (typeof pattern !== 'string' || /[\^$]|\\[bBk1-9]|\(\?[=!<]/.test(pattern.replace(/\\[^bBk1-9]/g, '')))
    return false;
  try {
    return new RegExp(pattern, 'u').test('');
  } catch {
    return false;
  }
}

/**
 * How a changed exact constraint relates old to new. Only what can be decided is called stricter or looser:
 * a pattern that accepts every string is as good as none, and a multipleOf that divides the old one accepts
 * more; any other change (two different patterns, formats or encodings) may reject what the old accepted.
 */
function exactRelation(key: string, before: unknown, after: unknown): Relation {
  if (key === 'pattern') {
    const [allA, allB] = [acceptsEveryString(before), acceptsEveryString(after)];
    if (allA && allB) return 'equivalent';
    if (allB) return 'looser';
    if (allA) return 'stricter';
    return 'changed';
  }
  if (before === undefined) return 'stricter';
  if (after === undefined) return 'looser';
  if (key === 'multipleOf' && typeof before === 'number' && typeof after === 'number') {
    if (Number.isInteger(before / after)) return 'looser';
    if (Number.isInteger(after / before)) return 'stricter';
  }
  return 'changed';
}

const RELATION_RULE = {
  stricter: 'constraint-stricter',
  looser: 'constraint-looser',
  changed: 'constraint-changed',
  equivalent: 'doc-changed',
} as const;
const RELATION_NOTE: Record<Relation, string> = {
  stricter: 'stricter',
  looser: 'looser',
  changed: 'changed, treated as breaking',
  equivalent: 'both accept every string',
};

function constraintRelation(key: string, a: Node, b: Node): Relation {
  const [before, after] = [a[key], b[key]];
  if (LOWER_BOUNDS.includes(key))
    return after !== undefined && (before === undefined || after > before) ? 'stricter' : 'looser';
  if (UPPER_BOUNDS.includes(key))
    return after !== undefined && (before === undefined || after < before) ? 'stricter' : 'looser';
  if (key === 'uniqueItems') return after ? 'stricter' : 'looser';
  return exactRelation(key, before, after);
}

function compareConstraints(ctx: DiffContext, a: Node, b: Node, place: SchemaPlace): void {
  for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS, ...EXACT_CONSTRAINTS, 'uniqueItems']) {
    const changed = key === 'uniqueItems' ? Boolean(a[key]) !== Boolean(b[key]) : !same(a[key], b[key]);
    if (!changed) continue;
    const change =
      a[key] === undefined
        ? `${code(b[key])} added`
        : b[key] === undefined
          ? `${code(a[key])} removed`
          : `changed from ${code(a[key])} to ${code(b[key])}`;
    const relation = constraintRelation(key, a, b);
    const what = `${subject(place)} ${key} ${change} (${RELATION_NOTE[relation]})`;
    ctx.report(RELATION_RULE[relation], place.side, place.where, what);
  }
}

function compareDefault(ctx: DiffContext, a: Node, b: Node, place: SchemaPlace): void {
  if (same(a.default, b.default)) return;
  const change =
    a.default === undefined
      ? `${code(b.default)} added`
      : b.default === undefined
        ? `${code(a.default)} removed`
        : `changed from ${code(a.default)} to ${code(b.default)}`;
  const what = `${subject(place)} default ${change}`;
  ctx.report(
    a.default === undefined ? 'default-added' : 'default-changed',
    place.side,
    place.where,
    place.side === 'output' ? what : `${what} (callers that omit it are affected)`,
  );
}

function compareProperties(ctx: DiffContext, a: Node, b: Node, place: SchemaPlace): void {
  const propsA = a.properties ?? {};
  const propsB = b.properties ?? {};
  const reqA = new Set<string>(a.required ?? []);
  const reqB = new Set<string>(b.required ?? []);
  const removed = Object.keys(propsA).filter((n) => !(n in propsB));
  const added = Object.keys(propsB).filter((n) => !(n in propsA));
  const renames = matchRenames(
    removed,
    added,
    (n) => `${reqA.has(n)}|${shapeKey(propsA[n], ctx.before)}`,
    (n) => `${reqB.has(n)}|${shapeKey(propsB[n], ctx.after)}`,
  );
  for (const name of removed) {
    const renamedTo = renames.get(name);
    const what = subject(child(place, name));
    if (renamedTo !== undefined)
      ctx.report('property-renamed', place.side, place.where, `${what} renamed to \`${renamedTo}\``);
    else ctx.report('property-removed', place.side, place.where, `${what} removed`);
  }
  const renamedTargets = new Set(renames.values());
  for (const name of added) {
    if (renamedTargets.has(name)) continue;
    const what = subject(child(place, name));
    if (place.side === 'output') {
      ctx.report('property-added', place.side, place.where, `new ${what}`);
      continue;
    }
    const required = reqB.has(name);
    // A `readOnly` property is never sent, so requiring it does not burden callers.
    const sentByCaller = !ctx.after.resolve(propsB[name]).node?.readOnly;
    const rule = required && sentByCaller ? 'property-added-required' : 'property-added';
    ctx.report(rule, place.side, place.where, `new ${required ? 'required' : 'optional'} ${what}`);
  }
  for (const name of Object.keys(propsA)) {
    if (!(name in propsB)) continue;
    const sub = child(place, name);
    if (reqA.has(name) !== reqB.has(name)) {
      const nowRequired = reqB.has(name);
      const text = nowRequired
        ? 'became required'
        : place.side === 'output'
          ? 'is no longer required (responses may omit it)'
          : 'became optional';
      ctx.report(
        nowRequired ? 'property-became-required' : 'property-became-optional',
        place.side,
        place.where,
        `${subject(sub)} ${text}`,
      );
    }
    compareSchema(ctx, propsA[name], propsB[name], sub);
  }
  // `required` naming a property declared elsewhere (e.g. in another allOf branch) still counts.
  for (const name of new Set([...reqA, ...reqB])) {
    if (name in propsA || name in propsB || reqA.has(name) === reqB.has(name)) continue;
    const nowRequired = reqB.has(name);
    ctx.report(
      nowRequired ? 'property-became-required' : 'property-became-optional',
      place.side,
      place.where,
      `${subject(child(place, name))} ${nowRequired ? 'became required' : 'is no longer required'}`,
    );
  }
}

function compareAdditional(ctx: DiffContext, a: Node, b: Node, place: SchemaPlace): void {
  const before = a.additionalProperties;
  const after = b.additionalProperties;
  const open = (v: unknown) => v === undefined || v === true;
  // Absent and `true` both allow any undeclared property.
  if (same(before, after) || (open(before) && open(after))) return;
  if (typeof before === 'object' && typeof after === 'object') {
    compareSchema(ctx, before, after, child(place, '*'));
    return;
  }
  const what = subject(place);
  if (open(before) && !open(after)) {
    ctx.report(
      'additional-properties-closed',
      place.side,
      place.where,
      `${what} no longer allows undeclared properties`,
    );
  } else if (!open(before) && open(after)) {
    ctx.report(
      'additional-properties-opened',
      place.side,
      place.where,
      `${what} now allows undeclared properties`,
    );
  } else {
    unclassified(ctx, place, '`additionalProperties`');
  }
}

const refName = (part: Node) =>
  typeof part?.$ref === 'string' ? String(part.$ref.split('/').pop()) : undefined;
const partLabel = (part: Node, i: number) =>
  refName(part) !== undefined ? `\`${refName(part)}\`` : `#${i + 1}`;

/**
 * Pairs the members of two lists (oneOf/anyOf options, allOf parts): by `$ref` target when both are refs,
 * else by position. Returns the pairs and the indexes left over on each side.
 */
function matchParts(partsA: Node[], partsB: Node[]) {
  const usedB = new Set<number>();
  const pairs: [number, number][] = [];
  const removed: number[] = [];
  partsA.forEach((part, i) => {
    let j = -1;
    if (refName(part) !== undefined)
      j = partsB.findIndex((o, k) => !usedB.has(k) && refName(o) === refName(part));
    else if (i < partsB.length && !usedB.has(i) && refName(partsB[i]) === undefined) j = i;
    if (j === -1) removed.push(i);
    else {
      usedB.add(j);
      pairs.push([i, j]);
    }
  });
  const added = partsB.map((_, j) => j).filter((j) => !usedB.has(j));
  return { pairs, removed, added };
}

/** Reports the members of a list that matchParts left over, each named by its `$ref` target or position. */
function reportParts(
  ctx: DiffContext,
  place: SchemaPlace,
  rule: RuleId,
  parts: Node[],
  indexes: number[],
  text: (label: string) => string,
): void {
  for (const i of indexes)
    ctx.report(rule, place.side, place.where, `${subject(place)} ${text(partLabel(parts[i], i))}`);
}

/** oneOf/anyOf options: each matched pair compared, the others reported removed or added. */
function compareOptions(
  ctx: DiffContext,
  before: Node[] | undefined,
  after: Node[] | undefined,
  place: SchemaPlace,
  kind: string,
): void {
  if (!before && !after) return;
  const optsA = before ?? [];
  const optsB = after ?? [];
  const { pairs, removed, added } = matchParts(optsA, optsB);
  const what = subject(place);
  reportParts(ctx, place, 'option-removed', optsA, removed, (label) => `${kind} option ${label} removed`);
  for (const [i, j] of pairs) {
    const inside: SchemaPlace = {
      ...place,
      base: `${what} (${kind} option ${partLabel(optsA[i], i)})`,
      path: '',
    };
    compareSchema(ctx, optsA[i], optsB[j], inside);
  }
  // A schema that becomes a union is judged by its types and properties: its options are not all new.
  if (!before) return;
  const note = place.side === 'input' ? '' : ' (code that handles every option must handle it)';
  reportParts(ctx, place, 'option-added', optsB, added, (label) => `new ${kind} option ${label}${note}`);
}

/**
 * Does a schema already say all an allOf part says? True for a part of documentation keywords only, and for a
 * part whose keywords the schema has too (its properties declared, its required ones required): content
 * moved into or out of an allOf, which the merged comparison judges, not a constraint added or dropped.
 */
function alreadySays(schema: Node, part: Node, side: DocSide): boolean {
  const node = flattenAllOf(side.follow(part), side);
  if (!node || typeof node !== 'object') return false;
  return Object.entries<Node>(node).every(([key, value]) => {
    if (isDocKey(key)) return true;
    if (key === 'type') {
      const types = typesOf(schema);
      return types !== null && [...types].every((type) => accepts(typesOf(node), type));
    }
    if (key === 'properties') return Object.keys(value).every((name) => name in (schema.properties ?? {}));
    if (key === 'required') return value.every((name: string) => schema.required?.includes(name));
    return same(schema[key], value);
  });
}

/**
 * allOf parts added or removed. Their contents are compared merged (flattenAllOf), but a new part is a
 * constraint of its own: a request must now also match it. A part the schema on the other side already says
 * in full (see alreadySays) is skipped.
 */
function compareAllOfParts(ctx: DiffContext, a: Node, b: Node, place: SchemaPlace): void {
  const ownerA = allOfOwner(a, ctx.before);
  const ownerB = allOfOwner(b, ctx.after);
  const partsA: Node[] = ownerA?.allOf ?? [];
  const partsB: Node[] = ownerB?.allOf ?? [];
  if (partsA.length === 0 && partsB.length === 0) return;
  const { removed, added } = matchParts(partsA, partsB);
  const mergedA = flattenAllOf(ownerA, ctx.before);
  const mergedB = flattenAllOf(ownerB, ctx.after);
  const gone = removed.filter((i) => !alreadySays(mergedB, partsA[i], ctx.before));
  const fresh = added.filter((j) => !alreadySays(mergedA, partsB[j], ctx.after));
  reportParts(ctx, place, 'all-of-removed', partsA, gone, (label) => `allOf part ${label} removed`);
  const note = place.side === 'output' ? '' : ' (requests must also match it)';
  reportParts(ctx, place, 'all-of-added', partsB, fresh, (label) => `new allOf part ${label}${note}`);
}

function compareDiscriminator(ctx: DiffContext, before: Node, after: Node, place: SchemaPlace): void {
  if (same(before, after)) return;
  if (!before || !after || before.propertyName !== after.propertyName) {
    unclassified(ctx, place, 'discriminator');
    return;
  }
  const mapA = before.mapping ?? {};
  const mapB = after.mapping ?? {};
  const what = subject(place);
  for (const key of new Set([...Object.keys(mapA), ...Object.keys(mapB)])) {
    if (mapA[key] === mapB[key]) continue;
    if (mapB[key] === undefined)
      ctx.report(
        'discriminator-value-removed',
        place.side,
        place.where,
        `${what} discriminator value ${code(key)} removed`,
      );
    else if (mapA[key] === undefined)
      ctx.report(
        'discriminator-value-added',
        place.side,
        place.where,
        `${what} new discriminator value ${code(key)}`,
      );
    else
      ctx.report(
        'discriminator-value-remapped',
        place.side,
        place.where,
        `${what} discriminator value ${code(key)} now maps to ${code(mapB[key])}`,
      );
  }
}

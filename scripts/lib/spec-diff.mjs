// Classifies every difference between two bundled OpenAPI 3.x documents as major, minor or patch, from the
// point of view of the people who use what we publish: callers of the API through @lr-mfa/client and code
// compiled against the generated @lr-mfa/types.
//
// The question asked of each change is "can code or requests that worked before stop working?":
//   major  yes: something was removed or renamed, a request now needs more or accepts less, a response may
//          now hold values whose generated type no longer fits old code (e.g. `string` became `string | null`),
//          an enum lost a value (the generated literal union shrinks; comparisons against it stop compiling),
//          a parameter moved, an operationId changed (the generated method/type names change).
//   minor  no, but something was added or relaxed: new optional inputs, new response properties/statuses,
//          a request that accepts more, a response that promises more (a narrower output type, a property
//          that became required), a new enum value (noted: exhaustive `switch`es must handle it), deprecations.
//   patch  documentation only: description, summary, title, examples, x-* extensions, tags.
// Direction matters, so every schema is compared as an input (request body, parameters: the client writes
// it) or an output (responses: the client reads it); a component used by both is compared once per use, and a
// component no operation reaches is compared both ways, keeping the stricter class.
// `$ref`s are followed inside each document and the resolved structures compared; a (old, new, direction)
// pair is compared once, which both guards recursive schemas and reports a shared component's change once.
// Anything this module does not understand in detail is reported as major ("treated as breaking"), so an
// unknown change can never let a breaking release through as a patch.

export const LEVELS = /** @type {const} */ (['none', 'patch', 'minor', 'major']);
/** @typedef {'none' | 'patch' | 'minor' | 'major'} Level */
/** @typedef {{ level: Exclude<Level, 'none'>, where: string, what: string }} Change */

export const rank = (/** @type {Level} */ level) => LEVELS.indexOf(level);
/** @returns {Level} */
export const maxLevel = (/** @type {Level[]} */ ...levels) =>
  levels.reduce((a, b) => (rank(b) > rank(a) ? b : a), 'none');
/** The release a list of changes needs. */
export const requiredBump = (/** @type {Change[]} */ changes) => maxLevel(...changes.map((c) => c.level));
export const formatChange = (/** @type {Change} */ c) =>
  `${c.level}: ${c.where ? `${c.where}: ` : ''}${c.what}`;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
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
const isDocKey = (key) => DOC_KEYS.has(key) || key.startsWith('x-');
/** Numeric constraints where a larger value is stricter (min*) or looser (max*). */
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];
/** Constraints where any new or changed value is stricter and removing it is looser. */
const EXACT_CONSTRAINTS = ['pattern', 'format', 'multipleOf', 'contentEncoding', 'contentMediaType'];
/** Schema keywords compared in detail below; anything else that changes is "treated as breaking". */
const HANDLED_SCHEMA_KEYS = new Set([
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

/** JSON with sorted keys: equal values give equal strings. */
export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
const same = (a, b) => canonical(a) === canonical(b);
const code = (value) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
const list = (values) => values.map(code).join(', ');

/** Reads a local JSON pointer (`#/components/schemas/Profile`). */
function pointer(doc, ref) {
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    if (raw === '') continue;
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * Compares two documents. Both must be bundled: every `$ref` local (`#/...`).
 * @returns {Change[]} in document order (info, servers, security, operations, components)
 */
export function diffSpecs(oldDoc, newDoc) {
  /** @type {Change[]} */
  const changes = [];
  const emit = (level, where, what) => changes.push({ level, where, what });

  // Stable identities for the cycle/duplicate guard: resolved nodes are shared objects, so their identity is
  // the identity of the component they came from.
  const ids = new WeakMap();
  let nextId = 0;
  const idOf = (node) => {
    if (node === null || typeof node !== 'object') return `v${canonical(node)}`;
    if (!ids.has(node)) ids.set(node, ++nextId);
    return `#${ids.get(node)}`;
  };
  const compared = new Set();
  const reached = { old: new Set(), new: new Set() };

  /**
   * Follows `$ref` chains; siblings of a `$ref` (3.1 allows e.g. `description`) override the target's.
   * Returns the node, its identity for the pair guard, and the component schemas passed through.
   */
  function resolve(doc, node) {
    const seen = new Set();
    const schemas = [];
    let siblings = null;
    while (node && typeof node === 'object' && typeof node.$ref === 'string') {
      const { $ref, ...rest } = node;
      if (!$ref.startsWith('#')) throw new Error(`external $ref ${$ref}: compare bundled documents`);
      if (seen.has($ref)) throw new Error(`$ref cycle without content at ${$ref}`);
      seen.add($ref);
      if ($ref.startsWith('#/components/schemas/')) schemas.push($ref.slice('#/components/schemas/'.length));
      if (Object.keys(rest).length > 0) siblings = { ...rest, ...siblings };
      const target = pointer(doc, $ref);
      if (target === undefined) throw new Error(`unresolvable $ref ${$ref}`);
      node = target;
    }
    if (siblings && node && typeof node === 'object') {
      return { node: { ...node, ...siblings }, key: `${idOf(node)}+${canonical(siblings)}`, schemas };
    }
    return { node, key: idOf(node), schemas };
  }
  const resolveOld = (node) => resolve(oldDoc, node);
  const resolveNew = (node) => resolve(newDoc, node);

  /** Picks the level for a direction-dependent rule; `both` (unreached components) keeps the stricter. */
  const byDirection = (ctx, input, output) =>
    ctx.dir === 'input' ? input : ctx.dir === 'output' ? output : maxLevel(input, output);

  /** "request body property `a.b`" for a schema context and its property path. */
  const subject = (ctx) => (ctx.path ? `${ctx.base} property \`${ctx.path}\`` : ctx.base);
  /**
   * The context one level down: a property name, `[]` (array items), `[2]` (a tuple item) or `*` (values of
   * additionalProperties). At the root of a body, items/values read better as words than as a path.
   */
  function child(ctx, segment) {
    if (ctx.path === '') {
      if (segment === '[]') return { ...ctx, base: `${ctx.base} items` };
      if (segment === '*') return { ...ctx, base: `${ctx.base} values` };
      if (segment.startsWith('[')) return { ...ctx, base: `${ctx.base} item ${segment.slice(1, -1)}` };
      return { ...ctx, path: segment };
    }
    return { ...ctx, path: segment.startsWith('[') ? `${ctx.path}${segment}` : `${ctx.path}.${segment}` };
  }
  /** A oneOf/anyOf option: named in the base so paths inside it stay plain. */
  const optionContext = (ctx, label) => ({ ...ctx, base: `${subject(ctx)} (${label})`, path: '' });

  /** Documentation keys and x-* extensions of any object: patch-level changes. */
  function compareDocs(a, b, where, what) {
    const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
    for (const key of keys) {
      if (!isDocKey(key) || same(a?.[key], b?.[key])) continue;
      const label = key.startsWith('x-') ? `extension \`${key}\`` : key;
      const verb = a?.[key] === undefined ? 'added' : b?.[key] === undefined ? 'removed' : 'changed';
      emit('patch', where, `${what} ${label} ${verb}`);
    }
  }

  function compareDeprecated(a, b, where, what) {
    if (Boolean(a?.deprecated) === Boolean(b?.deprecated)) return;
    emit('minor', where, `${what} ${b?.deprecated ? 'is now deprecated' : 'is no longer deprecated'}`);
  }

  // ---- schemas ------------------------------------------------------------------------------------------------

  /** Set of JSON types a schema allows; null means "any". */
  function typesOf(schema) {
    if (schema === true || schema === undefined) return null;
    if (schema === false) return new Set();
    let types = null;
    if (schema.type !== undefined) types = new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
    if (types && schema.nullable === true) types.add('null');
    return types;
  }
  /** Does a type set accept a type (integer is a kind of number)? */
  const accepts = (types, type) =>
    types === null || types.has(type) || (type === 'integer' && types.has('number'));
  const typeText = (types) => (types === null ? 'any' : [...types].join(' | ') || 'nothing');

  /** Merges `allOf` branches into one schema (properties and required are unions, types an intersection). */
  function flattenAllOf(schema, resolveSide, reachedSide, depth = 0) {
    if (!schema || typeof schema !== 'object' || !Array.isArray(schema.allOf) || depth > 32) return schema;
    const { allOf, ...merged } = schema;
    for (const branch of allOf) {
      const resolved = resolveSide(branch);
      for (const name of resolved.schemas) reachedSide.add(name);
      const part = flattenAllOf(resolved.node, resolveSide, reachedSide, depth + 1);
      if (!part || typeof part !== 'object') continue;
      for (const [key, value] of Object.entries(part)) {
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

  /**
   * Compares two schemas in a context { where, base, path, dir }. Either side may be a `$ref`.
   */
  function compareSchema(rawA, rawB, ctx) {
    const ra = resolveOld(rawA);
    const rb = resolveNew(rawB);
    for (const name of ra.schemas) reached.old.add(name);
    for (const name of rb.schemas) reached.new.add(name);
    const pairKey = `${ctx.dir}|${ra.key}|${rb.key}`;
    if (compared.has(pairKey)) return;
    compared.add(pairKey);

    if (typeof ra.node === 'boolean' || typeof rb.node === 'boolean') {
      if (ra.node !== rb.node) genericChange(ctx, 'schema');
      return;
    }
    const a = flattenAllOf(ra.node ?? {}, resolveOld, reached.old);
    const b = flattenAllOf(rb.node ?? {}, resolveNew, reached.new);
    const where = ctx.where;
    const what = subject(ctx);

    compareDocs(a, b, where, what);
    compareDeprecated(a, b, where, what);
    compareTypes(a, b, ctx);
    compareEnums(a, b, ctx);
    compareConstraints(a, b, ctx);
    compareDefault(a, b, ctx);
    for (const flag of ['readOnly', 'writeOnly']) {
      if (Boolean(a[flag]) !== Boolean(b[flag])) {
        emit('minor', where, `${what} ${b[flag] ? `is now ${flag}` : `is no longer ${flag}`}`);
      }
    }
    compareProperties(a, b, ctx);
    compareAdditional(a, b, ctx);
    if (a.items !== undefined || b.items !== undefined)
      compareSubschema(a.items, b.items, child(ctx, '[]'), 'items');
    if (a.prefixItems || b.prefixItems) {
      const n = Math.max(a.prefixItems?.length ?? 0, b.prefixItems?.length ?? 0);
      for (let i = 0; i < n; i++) {
        compareSubschema(a.prefixItems?.[i], b.prefixItems?.[i], child(ctx, `[${i}]`), `tuple item ${i}`);
      }
    }
    for (const kind of ['oneOf', 'anyOf']) compareBranches(a[kind], b[kind], ctx, kind);
    compareDiscriminator(a.discriminator, b.discriminator, ctx);

    const others = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of others) {
      if (HANDLED_SCHEMA_KEYS.has(key) || isDocKey(key) || same(a[key], b[key])) continue;
      genericChange(ctx, `\`${key}\``);
    }
  }

  function genericChange(ctx, what) {
    emit(
      'major',
      ctx.where,
      `${subject(ctx)} ${what} changed (not classified in detail; treated as breaking)`,
    );
  }

  /** A nested schema that may be absent on one side (items, a tuple item). */
  function compareSubschema(a, b, ctx, label) {
    if (a === undefined && b === undefined) return;
    if (a === undefined || b === undefined) {
      // Constraining (adding) is narrowing, dropping the constraint is widening.
      const narrowing = a === undefined;
      emit(
        narrowing ? byDirection(ctx, 'major', 'minor') : byDirection(ctx, 'minor', 'major'),
        ctx.where,
        `${subject(ctx)} ${label} schema ${narrowing ? 'added' : 'removed'}`,
      );
      return;
    }
    compareSchema(a, b, ctx);
  }

  function compareTypes(a, b, ctx) {
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
    if (lost.length > 0 && gained.length > 0) {
      emit('major', ctx.where, `${subject(ctx)} type changed from \`${from}\` to \`${to}\``);
    } else if (lost.length > 0) {
      const note =
        lost.includes('null') && lost.length === 1
          ? ctx.dir === 'output'
            ? ' (never null any more)'
            : ' (null no longer accepted)'
          : '';
      const level = byDirection(ctx, 'major', 'minor');
      emit(level, ctx.where, `${subject(ctx)} type narrowed from \`${from}\` to \`${to}\`${note}`);
    } else {
      const note =
        gained.includes('null') && gained.length === 1
          ? ctx.dir === 'input'
            ? ' (now accepts null)'
            : ' (can now be null)'
          : '';
      const level = byDirection(ctx, 'minor', 'major');
      emit(level, ctx.where, `${subject(ctx)} type widened from \`${from}\` to \`${to}\`${note}`);
    }
  }

  const enumOf = (s) => (s.const !== undefined ? [s.const] : Array.isArray(s.enum) ? s.enum : null);

  function compareEnums(a, b, ctx) {
    const before = enumOf(a);
    const after = enumOf(b);
    if (!before && !after) return;
    const what = subject(ctx);
    if (!before) {
      emit(byDirection(ctx, 'major', 'minor'), ctx.where, `${what} is now restricted to ${list(after)}`);
      return;
    }
    if (!after) {
      emit(
        byDirection(ctx, 'minor', 'major'),
        ctx.where,
        `${what} is no longer restricted to ${list(before)}`,
      );
      return;
    }
    const keysAfter = new Set(after.map(canonical));
    const keysBefore = new Set(before.map(canonical));
    const removed = before.filter((v) => !keysAfter.has(canonical(v)));
    const added = after.filter((v) => !keysBefore.has(canonical(v)));
    if (removed.length > 0) {
      emit('major', ctx.where, `${what} enum value${removed.length > 1 ? 's' : ''} ${list(removed)} removed`);
    }
    if (added.length > 0) {
      const note =
        ctx.dir === 'input' ? '' : ' (code that switches exhaustively over it must handle the new value)';
      emit('minor', ctx.where, `${what} new enum value${added.length > 1 ? 's' : ''} ${list(added)}${note}`);
    }
  }

  function compareConstraints(a, b, ctx) {
    const report = (key, stricter) => {
      const what = `${subject(ctx)} ${key} ${
        a[key] === undefined
          ? `${code(b[key])} added`
          : b[key] === undefined
            ? `${code(a[key])} removed`
            : `changed from ${code(a[key])} to ${code(b[key])}`
      } (${stricter ? 'stricter' : 'looser'})`;
      // A stricter request can reject what used to pass; everything else keeps working.
      emit(stricter ? byDirection(ctx, 'major', 'minor') : 'minor', ctx.where, what);
    };
    for (const key of LOWER_BOUNDS) {
      if (same(a[key], b[key])) continue;
      report(key, b[key] !== undefined && (a[key] === undefined || b[key] > a[key]));
    }
    for (const key of UPPER_BOUNDS) {
      if (same(a[key], b[key])) continue;
      report(key, b[key] !== undefined && (a[key] === undefined || b[key] < a[key]));
    }
    for (const key of EXACT_CONSTRAINTS) {
      if (same(a[key], b[key])) continue;
      report(key, b[key] !== undefined);
    }
    if (Boolean(a.uniqueItems) !== Boolean(b.uniqueItems)) report('uniqueItems', Boolean(b.uniqueItems));
  }

  function compareDefault(a, b, ctx) {
    if (same(a.default, b.default)) return;
    const what = `${subject(ctx)} default ${
      a.default === undefined
        ? `${code(b.default)} added`
        : b.default === undefined
          ? `${code(a.default)} removed`
          : `changed from ${code(a.default)} to ${code(b.default)}`
    }`;
    // Callers that omit an input get the server's default: changing or dropping it changes their behaviour.
    const input = a.default === undefined ? 'minor' : 'major';
    emit(
      byDirection(ctx, input, 'patch'),
      ctx.where,
      ctx.dir === 'output' ? what : `${what} (callers that omit it are affected)`,
    );
  }

  /** Same shape once documentation is ignored: used to recognise renames. */
  function shapeKey(raw, resolveSide) {
    const strip = (node, depth) => {
      if (Array.isArray(node)) return node.map((n) => strip(n, depth));
      if (!node || typeof node !== 'object') return node;
      if (typeof node.$ref === 'string' && depth < 4) return strip(resolveSide(node).node, depth + 1);
      return Object.fromEntries(
        Object.entries(node)
          .filter(([k]) => !isDocKey(k))
          .map(([k, v]) => [k, strip(v, depth)]),
      );
    };
    return canonical(strip(raw, 0));
  }

  /** Pairs removed and added names whose shapes are equal: reported as renames, not removal + addition. */
  function matchRenames(removed, added, shapeA, shapeB) {
    const renames = new Map();
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

  function compareProperties(a, b, ctx) {
    const propsA = a.properties ?? {};
    const propsB = b.properties ?? {};
    const reqA = new Set(a.required ?? []);
    const reqB = new Set(b.required ?? []);
    const removed = Object.keys(propsA).filter((n) => !(n in propsB));
    const added = Object.keys(propsB).filter((n) => !(n in propsA));
    const renames = matchRenames(
      removed,
      added,
      (n) => `${reqA.has(n)}|${shapeKey(propsA[n], resolveOld)}`,
      (n) => `${reqB.has(n)}|${shapeKey(propsB[n], resolveNew)}`,
    );
    for (const name of removed) {
      const renamedTo = renames.get(name);
      emit(
        'major',
        ctx.where,
        renamedTo !== undefined
          ? `${subject(child(ctx, name))} renamed to \`${renamedTo}\``
          : `${subject(child(ctx, name))} removed`,
      );
    }
    const renamedTargets = new Set(renames.values());
    for (const name of added) {
      if (renamedTargets.has(name)) continue;
      const what = subject(child(ctx, name));
      if (ctx.dir === 'output') emit('minor', ctx.where, `new ${what}`);
      else {
        const required = reqB.has(name);
        // A property that is `readOnly` is never sent, so requiring it does not burden callers.
        const sentByCaller = !resolveNew(propsB[name]).node?.readOnly;
        const level = required && sentByCaller ? byDirection(ctx, 'major', 'minor') : 'minor';
        emit(level, ctx.where, `new ${required ? 'required' : 'optional'} ${what}`);
      }
    }
    for (const name of Object.keys(propsA)) {
      if (!(name in propsB)) continue;
      const sub = child(ctx, name);
      if (reqA.has(name) !== reqB.has(name)) {
        const nowRequired = reqB.has(name);
        // Input: requiring more breaks callers. Output: a property that may now be missing breaks readers.
        const level = nowRequired ? byDirection(ctx, 'major', 'minor') : byDirection(ctx, 'minor', 'major');
        const text = nowRequired
          ? 'became required'
          : ctx.dir === 'output'
            ? 'is no longer required (responses may omit it)'
            : 'became optional';
        emit(level, ctx.where, `${subject(sub)} ${text}`);
      }
      compareSchema(propsA[name], propsB[name], sub);
    }
    // `required` naming a property that is not declared here (e.g. declared in another allOf branch) still counts.
    for (const name of new Set([...reqA, ...reqB])) {
      if (name in propsA || name in propsB || reqA.has(name) === reqB.has(name)) continue;
      const nowRequired = reqB.has(name);
      const level = nowRequired ? byDirection(ctx, 'major', 'minor') : byDirection(ctx, 'minor', 'major');
      emit(
        level,
        ctx.where,
        `${subject(child(ctx, name))} ${nowRequired ? 'became required' : 'is no longer required'}`,
      );
    }
  }

  function compareAdditional(a, b, ctx) {
    const before = a.additionalProperties;
    const after = b.additionalProperties;
    if (same(before, after)) return;
    const open = (v) => v === undefined || v === true;
    if (typeof before === 'object' && typeof after === 'object') {
      compareSchema(before, after, child(ctx, '*'));
      return;
    }
    const what = subject(ctx);
    if (open(before) && !open(after)) {
      // Closing an object: requests with extra properties are rejected; responses just promise fewer.
      emit(byDirection(ctx, 'major', 'minor'), ctx.where, `${what} no longer allows undeclared properties`);
    } else if (!open(before) && open(after)) {
      emit(byDirection(ctx, 'minor', 'major'), ctx.where, `${what} now allows undeclared properties`);
    } else {
      genericChange(ctx, '`additionalProperties`');
    }
  }

  /** oneOf/anyOf options: matched by `$ref` target when both are refs, else by position. */
  function compareBranches(before, after, ctx, kind) {
    if (!before && !after) return;
    const optsA = before ?? [];
    const optsB = after ?? [];
    const label = (opt, i) =>
      typeof opt?.$ref === 'string' ? `\`${opt.$ref.split('/').pop()}\`` : `#${i + 1}`;
    const usedB = new Set();
    const pairs = [];
    optsA.forEach((opt, i) => {
      let j = -1;
      if (typeof opt?.$ref === 'string') {
        const name = opt.$ref.split('/').pop();
        j = optsB.findIndex(
          (o, k) => !usedB.has(k) && typeof o?.$ref === 'string' && o.$ref.split('/').pop() === name,
        );
      }
      if (
        j === -1 &&
        typeof opt?.$ref !== 'string' &&
        i < optsB.length &&
        !usedB.has(i) &&
        typeof optsB[i]?.$ref !== 'string'
      )
        j = i;
      if (j !== -1) usedB.add(j);
      pairs.push([i, j]);
    });
    for (const [i, j] of pairs) {
      if (j === -1) emit('major', ctx.where, `${subject(ctx)} ${kind} option ${label(optsA[i], i)} removed`);
      else compareSchema(optsA[i], optsB[j], optionContext(ctx, `${kind} option ${label(optsA[i], i)}`));
    }
    optsB.forEach((opt, j) => {
      if (usedB.has(j)) return;
      const note = ctx.dir === 'input' ? '' : ' (code that handles every option must handle it)';
      emit('minor', ctx.where, `${subject(ctx)} new ${kind} option ${label(opt, j)}${note}`);
    });
  }

  function compareDiscriminator(before, after, ctx) {
    if (same(before, after)) return;
    if (!before || !after || before.propertyName !== after.propertyName) {
      genericChange(ctx, 'discriminator');
      return;
    }
    const mapA = before.mapping ?? {};
    const mapB = after.mapping ?? {};
    for (const key of new Set([...Object.keys(mapA), ...Object.keys(mapB)])) {
      if (mapA[key] === mapB[key]) continue;
      if (mapB[key] === undefined)
        emit('major', ctx.where, `${subject(ctx)} discriminator value ${code(key)} removed`);
      else if (mapA[key] === undefined)
        emit('minor', ctx.where, `${subject(ctx)} new discriminator value ${code(key)}`);
      else
        emit(
          'major',
          ctx.where,
          `${subject(ctx)} discriminator value ${code(key)} now maps to ${code(mapB[key])}`,
        );
    }
  }

  // ---- parameters, bodies, responses ---------------------------------------------------------------------------

  const paramKey = (p) => `${p.in}:${p.in === 'header' ? String(p.name).toLowerCase() : p.name}`;
  const paramLabel = (p) => `${p.in} parameter \`${p.name}\``;
  /** A parameter's schema: `schema`, or the schema of its single `content` entry. */
  const paramSchema = (p) => p.schema ?? Object.values(p.content ?? {})[0]?.schema;

  function collectParams(pathItem, op, resolveSide) {
    const map = new Map();
    for (const raw of [...(pathItem.parameters ?? []), ...(op.parameters ?? [])]) {
      const param = resolveSide(raw).node;
      map.set(paramKey(param), param);
    }
    return map;
  }

  function compareParams(mapA, mapB, where) {
    const removed = [...mapA.keys()].filter((k) => !mapB.has(k));
    const added = [...mapB.keys()].filter((k) => !mapA.has(k));
    const moved = new Map();
    for (const key of removed) {
      const p = mapA.get(key);
      const target = added.find((k) => !moved.has(k) && mapB.get(k).name === p.name);
      if (target) moved.set(target, key);
    }
    const movedFrom = new Set(moved.values());
    const renames = matchRenames(
      removed.filter((k) => !movedFrom.has(k)),
      added.filter((k) => !moved.has(k)),
      (k) =>
        `${k.split(':')[0]}|${Boolean(mapA.get(k).required)}|${shapeKey(paramSchema(mapA.get(k)), resolveOld)}`,
      (k) =>
        `${k.split(':')[0]}|${Boolean(mapB.get(k).required)}|${shapeKey(paramSchema(mapB.get(k)), resolveNew)}`,
    );
    for (const key of removed) {
      const p = mapA.get(key);
      if (movedFrom.has(key)) continue;
      const to = renames.get(key);
      emit(
        'major',
        where,
        to ? `${paramLabel(p)} renamed to \`${mapB.get(to).name}\`` : `${paramLabel(p)} removed`,
      );
    }
    const renamedTo = new Set(renames.values());
    for (const key of added) {
      const p = mapB.get(key);
      if (moved.has(key)) {
        const old = mapA.get(moved.get(key));
        emit('major', where, `${paramLabel(old)} moved from ${old.in} to ${p.in}`);
        compareParam(old, p, where);
        continue;
      }
      if (renamedTo.has(key)) continue;
      emit(
        p.required ? 'major' : 'minor',
        where,
        `new ${p.required ? 'required' : 'optional'} ${paramLabel(p)}`,
      );
    }
    for (const [key, p] of mapA) if (mapB.has(key)) compareParam(p, mapB.get(key), where);
  }

  function compareParam(a, b, where) {
    const label = paramLabel(b);
    compareDocs(a, b, where, label);
    compareDeprecated(a, b, where, label);
    if (Boolean(a.required) !== Boolean(b.required)) {
      emit(
        b.required ? 'major' : 'minor',
        where,
        `${label} ${b.required ? 'became required' : 'became optional'}`,
      );
    }
    for (const key of ['style', 'explode', 'allowReserved', 'allowEmptyValue']) {
      if (!same(a[key], b[key])) {
        emit(
          'major',
          where,
          `${label} \`${key}\` changed from ${code(a[key] ?? 'default')} to ${code(b[key] ?? 'default')} (it is sent differently)`,
        );
      }
    }
    if (!same(Object.keys(a.content ?? {}), Object.keys(b.content ?? {}))) {
      emit('major', where, `${label} media type changed`);
    }
    compareSchema(paramSchema(a) ?? {}, paramSchema(b) ?? {}, { where, base: label, path: '', dir: 'input' });
  }

  const mediaSuffix = (type) => (type === 'application/json' ? '' : ` (${type})`);

  /** The `content` maps of a request body or response. */
  function compareContent(contentA, contentB, where, base, dir) {
    const a = contentA ?? {};
    const b = contentB ?? {};
    for (const type of Object.keys(a)) {
      if (!(type in b)) emit('major', where, `${base} media type \`${type}\` removed`);
    }
    for (const type of Object.keys(b)) {
      if (!(type in a)) emit('minor', where, `${base} new media type \`${type}\``);
    }
    for (const [type, mediaA] of Object.entries(a)) {
      const mediaB = b[type];
      if (!mediaB) continue;
      const label = `${base}${mediaSuffix(type)}`;
      compareDocs(mediaA, mediaB, where, label);
      if (!same(mediaA.encoding, mediaB.encoding))
        emit('major', where, `${label} encoding changed (treated as breaking)`);
      if (mediaA.schema !== undefined || mediaB.schema !== undefined) {
        compareSchema(mediaA.schema ?? {}, mediaB.schema ?? {}, { where, base: label, path: '', dir });
      }
    }
  }

  function compareRequestBody(rawA, rawB, where) {
    if (!rawA && !rawB) return;
    const a = rawA && resolveOld(rawA).node;
    const b = rawB && resolveNew(rawB).node;
    if (!a) {
      emit(b.required ? 'major' : 'minor', where, `new ${b.required ? 'required' : 'optional'} request body`);
      return;
    }
    if (!b) {
      emit('major', where, 'request body removed');
      return;
    }
    compareDocs(a, b, where, 'request body');
    if (Boolean(a.required) !== Boolean(b.required)) {
      emit(
        b.required ? 'major' : 'minor',
        where,
        `request body ${b.required ? 'became required' : 'became optional'}`,
      );
    }
    compareContent(a.content, b.content, where, 'request body', 'input');
  }

  function compareResponses(respA = {}, respB = {}, where) {
    for (const status of Object.keys(respA)) {
      if (!(status in respB)) emit('major', where, `response ${status} removed`);
    }
    for (const status of Object.keys(respB)) {
      if (!(status in respA)) emit('minor', where, `new response ${status}`);
    }
    for (const status of Object.keys(respA)) {
      if (!(status in respB)) continue;
      const a = resolveOld(respA[status]).node;
      const b = resolveNew(respB[status]).node;
      const base = `response ${status}`;
      compareDocs(a, b, where, base);
      compareHeaders(a.headers, b.headers, where, base);
      compareContent(a.content, b.content, where, base, 'output');
    }
  }

  function compareHeaders(headersA = {}, headersB = {}, where, base) {
    const lower = (h) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), [k, v]]));
    const a = lower(headersA);
    const b = lower(headersB);
    for (const [key, [name]] of Object.entries(a))
      if (!(key in b)) emit('major', where, `${base} header \`${name}\` removed`);
    for (const [key, [name]] of Object.entries(b))
      if (!(key in a)) emit('minor', where, `${base} new header \`${name}\``);
    for (const [key, [name, rawA]] of Object.entries(a)) {
      if (!(key in b)) continue;
      const ha = resolveOld(rawA).node;
      const hb = resolveNew(b[key][1]).node;
      const label = `${base} header \`${name}\``;
      compareDocs(ha, hb, where, label);
      if (Boolean(ha.required) !== Boolean(hb.required)) {
        emit(
          hb.required ? 'minor' : 'major',
          where,
          `${label} ${hb.required ? 'is now always sent' : 'may now be missing'}`,
        );
      }
      compareSchema(paramSchema(ha) ?? {}, paramSchema(hb) ?? {}, {
        where,
        base: label,
        path: '',
        dir: 'output',
      });
    }
  }

  // ---- security ------------------------------------------------------------------------------------------------

  const requirementKey = (req) =>
    canonical(Object.fromEntries(Object.entries(req).map(([name, scopes]) => [name, [...scopes].sort()])));

  function compareSecurity(secA = [], secB = [], where) {
    const a = new Set(secA.map(requirementKey));
    const b = new Set(secB.map(requirementKey));
    const describe = (key) => {
      const names = Object.keys(JSON.parse(key));
      return names.length === 0 ? 'anonymous access' : names.map((n) => `\`${n}\``).join(' + ');
    };
    if (a.size === 0 && b.size > 0) {
      emit('major', where, `now requires authentication (${[...b].map(describe).join(' or ')})`);
      return;
    }
    for (const key of a) if (!b.has(key)) emit('major', where, `security option ${describe(key)} removed`);
    for (const key of b)
      if (!a.has(key) && a.size > 0) emit('minor', where, `new security option ${describe(key)}`);
  }

  function compareSecuritySchemes(schemesA = {}, schemesB = {}) {
    const where = 'security';
    for (const name of Object.keys(schemesA)) {
      if (!(name in schemesB)) emit('major', where, `security scheme \`${name}\` removed`);
    }
    for (const name of Object.keys(schemesB)) {
      if (!(name in schemesA)) emit('minor', where, `new security scheme \`${name}\``);
    }
    for (const [name, rawA] of Object.entries(schemesA)) {
      if (!(name in schemesB)) continue;
      const a = resolveOld(rawA).node;
      const b = resolveNew(schemesB[name]).node;
      const label = `security scheme \`${name}\``;
      compareDocs(a, b, where, label);
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (isDocKey(key) || same(a[key], b[key])) continue;
        emit(
          'major',
          where,
          `${label} \`${key}\` changed from ${code(a[key] ?? 'unset')} to ${code(b[key] ?? 'unset')}`,
        );
      }
    }
  }

  // ---- operations ----------------------------------------------------------------------------------------------

  /** Path templates match whatever their parameters are called: `/users/{id}` ≡ `/users/{userId}`. */
  const templateKey = (path) => path.replace(/\{[^}]*\}/g, '{}');

  function operationsOf(doc, resolveSide) {
    const ops = new Map();
    for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
      const item = resolveSide(rawItem).node;
      for (const method of METHODS) {
        if (item[method]) ops.set(`${method} ${templateKey(path)}`, { path, method, item, op: item[method] });
      }
    }
    return ops;
  }
  const opLabel = (o) => `${o.method.toUpperCase()} ${o.path}`;

  function compareOperations() {
    const opsA = operationsOf(oldDoc, resolveOld);
    const opsB = operationsOf(newDoc, resolveNew);
    const byIdB = new Map(
      [...opsB.values()].filter((o) => o.op.operationId).map((o) => [o.op.operationId, o]),
    );
    const movedTargets = new Set();
    for (const [key, a] of opsA) {
      if (opsB.has(key)) continue;
      const moved = a.op.operationId && byIdB.get(a.op.operationId);
      if (moved && !opsA.has(`${moved.method} ${templateKey(moved.path)}`)) {
        movedTargets.add(`${moved.method} ${templateKey(moved.path)}`);
        emit('major', opLabel(a), `operation moved to ${opLabel(moved)}`);
        compareOperation(a, moved, opLabel(moved));
      } else {
        emit('major', opLabel(a), 'operation removed');
      }
    }
    for (const [key, b] of opsB) {
      if (!opsA.has(key) && !movedTargets.has(key)) emit('minor', opLabel(b), 'new operation');
    }
    for (const [key, a] of opsA) {
      const b = opsB.get(key);
      if (!b) continue;
      if (a.path !== b.path)
        emit('patch', opLabel(b), `path template renamed from \`${a.path}\` (parameter names only)`);
      compareOperation(a, b, opLabel(b));
    }
  }

  function compareOperation(a, b, where) {
    if (a.op.operationId !== b.op.operationId) {
      emit(
        'major',
        where,
        `operationId changed from ${code(a.op.operationId ?? 'none')} to ${code(b.op.operationId ?? 'none')}`,
      );
    }
    compareDocs(a.op, b.op, where, 'operation');
    compareDocs(a.item, b.item, where, 'path');
    compareDeprecated(a.op, b.op, where, 'operation');
    compareParams(collectParams(a.item, a.op, resolveOld), collectParams(b.item, b.op, resolveNew), where);
    compareRequestBody(a.op.requestBody, b.op.requestBody, where);
    compareResponses(a.op.responses, b.op.responses, where);
    compareSecurity(a.op.security ?? oldDoc.security, b.op.security ?? newDoc.security, where);
    compareServers(a.op.servers ?? a.item.servers, b.op.servers ?? b.item.servers, where, true);
    for (const key of ['callbacks']) {
      if (!same(a.op[key], b.op[key]))
        emit('major', where, `${key} changed (not classified in detail; treated as breaking)`);
    }
  }

  function compareServers(serversA, serversB, where, operationLevel = false) {
    if (operationLevel && serversA === undefined && serversB === undefined) return;
    const urlsA = new Map((serversA ?? []).map((s) => [s.url, s]));
    const urlsB = new Map((serversB ?? []).map((s) => [s.url, s]));
    for (const url of urlsA.keys()) if (!urlsB.has(url)) emit('major', where, `server \`${url}\` removed`);
    for (const url of urlsB.keys()) if (!urlsA.has(url)) emit('minor', where, `new server \`${url}\``);
    for (const [url, a] of urlsA) {
      const b = urlsB.get(url);
      if (!b) continue;
      compareDocs(a, b, where, `server \`${url}\``);
      if (!same(a.variables, b.variables))
        emit('major', where, `server \`${url}\` variables changed (treated as breaking)`);
    }
  }

  // ---- components no operation reaches ---------------------------------------------------------------------------

  /** Component kinds openapi-typescript turns into exported types: their names are public API. */
  const TYPED_COMPONENTS = {
    schemas: 'schema',
    parameters: 'parameter',
    requestBodies: 'request body',
    responses: 'response',
    headers: 'header',
  };

  function compareComponentNames() {
    for (const [kind, noun] of Object.entries(TYPED_COMPONENTS)) {
      const a = oldDoc.components?.[kind] ?? {};
      const b = newDoc.components?.[kind] ?? {};
      const removed = Object.keys(a).filter((n) => !(n in b));
      const added = Object.keys(b).filter((n) => !(n in a));
      const renames = matchRenames(
        removed,
        added,
        (n) => shapeKey(a[n], resolveOld),
        (n) => shapeKey(b[n], resolveNew),
      );
      for (const name of removed) {
        const to = renames.get(name);
        emit(
          'major',
          'components',
          to
            ? `${noun} \`${name}\` renamed to \`${to}\` (its generated type is renamed)`
            : `${noun} \`${name}\` removed (its generated type goes away)`,
        );
      }
      const renamed = new Set(renames.values());
      for (const name of added)
        if (!renamed.has(name)) emit('minor', 'components', `new ${noun} \`${name}\``);
    }
    const examplesA = oldDoc.components?.examples ?? {};
    const examplesB = newDoc.components?.examples ?? {};
    for (const name of new Set([...Object.keys(examplesA), ...Object.keys(examplesB)])) {
      if (same(examplesA[name], examplesB[name])) continue;
      const verb = !(name in examplesA) ? 'added' : !(name in examplesB) ? 'removed' : 'changed';
      emit('patch', 'components', `example \`${name}\` ${verb}`);
    }
  }

  function compareUnreachedSchemas() {
    const a = oldDoc.components?.schemas ?? {};
    const b = newDoc.components?.schemas ?? {};
    for (const name of Object.keys(a)) {
      if (!(name in b) || reached.old.has(name) || reached.new.has(name)) continue;
      const ref = `#/components/schemas/${name}`;
      compareSchema(
        { $ref: ref },
        { $ref: ref },
        { where: 'components', base: `schema \`${name}\``, path: '', dir: 'both' },
      );
    }
  }

  // ---- the document ------------------------------------------------------------------------------------------------

  compareDocs(oldDoc.info, newDoc.info, 'info', 'API');
  for (const key of ['version', 'license', 'contact', 'termsOfService']) {
    if (!same(oldDoc.info?.[key], newDoc.info?.[key])) emit('patch', 'info', `API ${key} changed`);
  }
  compareDocs(oldDoc, newDoc, 'document', 'top-level');
  if (oldDoc.openapi !== newDoc.openapi)
    emit(
      'patch',
      'document',
      `OpenAPI version changed from ${code(oldDoc.openapi)} to ${code(newDoc.openapi)}`,
    );
  compareServers(oldDoc.servers, newDoc.servers, 'servers');
  compareSecuritySchemes(oldDoc.components?.securitySchemes, newDoc.components?.securitySchemes);
  compareOperations();
  if (!same(oldDoc.webhooks, newDoc.webhooks))
    emit('major', 'webhooks', 'webhooks changed (not classified in detail; treated as breaking)');
  compareComponentNames();
  compareUnreachedSchemas();
  return changes;
}

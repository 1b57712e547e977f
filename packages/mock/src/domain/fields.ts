// The vendor's `fields` projection: `Email,UserName`, `*`, `Addresses(City,Country)`, `Country/Name`, and
// nestings of those. Names match case-insensitively (the vendor's own example asks for `Email,username`).

/** A selection tree: `true` keeps the whole value, a map keeps only the listed members. */
export type Selection = true | Map<string, Selection>;

export class FieldsSyntaxError extends Error {}

/** Parses a `fields` value; `undefined` (or blank) means "no projection". Throws FieldsSyntaxError. */
export function parseFields(value: string | undefined): Selection | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let pos = 0;

  const list = (closing: boolean): Selection => {
    let selection: Selection = new Map();
    for (;;) {
      const start = pos;
      while (pos < value.length && !',()'.includes(value.charAt(pos))) pos++;
      const path = value
        .slice(start, pos)
        .split('/')
        .map((s) => s.trim());
      let children: Selection = true;
      if (value.charAt(pos) === '(') {
        pos++;
        children = list(true);
        if (value.charAt(pos) !== ')') throw new FieldsSyntaxError('unbalanced parenthesis');
        pos++;
      }
      const isEmpty = path.length === 1 && path[0] === '';
      if (isEmpty && children !== true) throw new FieldsSyntaxError('sub-fields without a field name');
      if (!isEmpty) {
        if (path.some((s) => s === '')) throw new FieldsSyntaxError('empty segment in a field path');
        selection = merge(selection, nest(path, children));
      }
      const next = value.charAt(pos);
      if (next === ',') {
        pos++;
        continue;
      }
      if (next === ')') {
        if (!closing) throw new FieldsSyntaxError('unbalanced parenthesis');
        return selection;
      }
      if (pos >= value.length) {
        if (closing) throw new FieldsSyntaxError('unbalanced parenthesis');
        return selection;
      }
      throw new FieldsSyntaxError('unexpected character');
    }
  };

  const selection = list(false);
  return selection instanceof Map && selection.size === 0 ? undefined : selection;
}

function nest(path: string[], leaf: Selection): Selection {
  return path.reduceRight<Selection>((inner, name) => {
    if (name === '*') return true; // `*` keeps everything at its level, whatever follows it
    return new Map([[name.toLowerCase(), inner]]);
  }, leaf);
}

function merge(a: Selection, b: Selection): Selection {
  if (a === true || b === true) return true;
  const out = new Map(a);
  for (const [key, value] of b) {
    const existing = out.get(key);
    out.set(key, existing === undefined ? value : merge(existing, value));
  }
  return out;
}

/** Applies a selection to a JSON value; arrays are projected element by element. */
export function project(value: unknown, selection: Selection): unknown {
  if (selection === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => project(item, selection));
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    const sub = selection.get(key.toLowerCase());
    if (sub !== undefined) out[key] = project(member, sub);
  }
  return out;
}

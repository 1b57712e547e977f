// The shape of the proxy's generated data (generated/proxy-data.ts, written by codegen/mock-shapes.ts)
// and the walk that finds a place of a response body in it.

/** One place of a response body; a `string` refers to a component schema by name. */
export interface Shape {
  /** `spec/components/schemas/ProfileBase.yaml:20`: where the spec states this place. */
  at: string;
  /** JSON types allowed here (`integer` included); absent: any. */
  types?: string[];
  /** Declared properties. */
  props?: Record<string, Shape | string>;
  /** The schema of undeclared properties (a map such as `CustomFields`). */
  values?: Shape | string;
  /** Undeclared properties are allowed without a schema (a free-form object). */
  open?: true;
  items?: Shape | string;
  /** `allOf`/`anyOf`/`oneOf` branches: the place is whatever any of them allows. */
  alt?: (Shape | string)[];
}

/** What the proxy knows of one operation beyond the mock's data: where the spec states it, its secrets. */
export interface ProxyOperationData {
  at: string;
  /** Wire names never to write: secret inputs, secret response fields, the API key. */
  secrets: string[];
  /** Where each input (by wire name) is stated. */
  inputs: Record<string, string>;
  /** Each documented status: its body's shape, or null when it has no JSON body. */
  responses: Record<string, Shape | string | null>;
}

/** A reference resolved against the components; every `alt` branch flattened in (a bounded depth). */
export function expand(
  ref: Shape | string | undefined,
  components: Readonly<Record<string, Shape | string>>,
  depth = 0,
): Shape[] {
  if (ref === undefined || depth > 16) return [];
  const shape = typeof ref === 'string' ? components[ref] : ref;
  if (shape === undefined || typeof shape === 'string') return [];
  return [shape, ...(shape.alt ?? []).flatMap((branch) => expand(branch, components, depth + 1))];
}

/** The JSON types any of `shapes` allows; undefined when one of them states none and has no branches. */
export function allowedTypes(shapes: readonly Shape[]): Set<string> | undefined {
  const typed = shapes.filter((s) => s.types);
  if (typed.length === 0) return undefined;
  return new Set(typed.flatMap((s) => s.types ?? []));
}

export type Step =
  | { via: 'prop'; shape: Shape | string }
  | { via: 'item'; shape: Shape | string | undefined }
  | { via: 'value'; shape: Shape | string | undefined }
  | { via: 'undeclared' }
  | { via: 'unknown' };

/**
 * Where `key` of a value at `shapes` leads: a declared property, an array item, a map value (whose key is data,
 * written `*`), an undeclared property of a closed object, or somewhere the spec does not describe.
 */
export function step(shapes: readonly Shape[], key: string, isArray: boolean): Step {
  if (isArray) {
    const items = shapes.find((s) => s.items)?.items;
    return { via: 'item', shape: items };
  }
  for (const s of shapes) {
    const prop = s.props && Object.hasOwn(s.props, key) ? s.props[key] : undefined;
    if (prop !== undefined) return { via: 'prop', shape: prop };
  }
  const map = shapes.find((s) => s.values || s.open);
  if (map) return { via: 'value', shape: map.values };
  return shapes.some((s) => s.props) ? { via: 'undeclared' } : { via: 'unknown' };
}

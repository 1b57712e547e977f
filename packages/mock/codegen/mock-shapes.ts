// The response shapes the mock's traffic-check proxy walks a live response against: for each operation and
// documented status, the JSON types the spec allows at each place of the body, the properties it declares, and
// the spec file and line that says so. The compiled validators (validators.ts) find what breaks a schema; this
// index adds what a schema allows but the spec never documents (a field it does not declare) and where in
// `spec/` each finding is written, so a report item points at the line to change.

import { isObject, type Node, valueAt } from '@lr-mfa/codegen/codegen';
import type { GeneratorContext } from '@lr-mfa/codegen/plugin';
import { escapePointerFragment } from '@redocly/openapi-core';
import type { ProxyOperationData, Shape } from '../src/proxy/spec-shapes.js';

const COMPONENT = '#/components/schemas/';

function typesOf(schema: Node): string[] | undefined {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.map(String);
  if (schema.const !== undefined || Array.isArray(schema.enum)) {
    const values = schema.const !== undefined ? [schema.const] : (schema.enum as unknown[]);
    return [...new Set(values.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)))];
  }
  return undefined;
}

class ShapeIndex {
  readonly components: Record<string, Shape | string> = {};

  constructor(
    private readonly document: Node,
    /** `file:line` of a bundle pointer. */
    private readonly where: (pointer: string) => string,
  ) {}

  /** The shape of the schema at `pointer` (a component reference stays a name, walked once). */
  walk(schema: unknown, pointer: string): Shape | string {
    if (!isObject(schema)) return { at: this.at(pointer) };
    if (typeof schema.$ref === 'string' && schema.$ref.startsWith(COMPONENT)) {
      const name = schema.$ref.slice(COMPONENT.length);
      if (!(name in this.components)) {
        this.components[name] = name; // placeholder: a recursive reference stops here
        const schemas = (this.document.components as Node).schemas as Node;
        this.components[name] = this.walk(schemas[name], `${COMPONENT.slice(1)}${name}`);
      }
      return name;
    }
    const shape: Shape = { at: this.at(pointer) };
    const types = typesOf(schema);
    if (types) shape.types = types;
    if (isObject(schema.properties)) {
      shape.props = Object.fromEntries(
        Object.entries(schema.properties).map(([name, sub]) => [
          name,
          this.place(sub, `${pointer}/properties/${escapePointerFragment(name)}`),
        ]),
      );
    }
    if (isObject(schema.additionalProperties))
      shape.values = this.place(schema.additionalProperties, `${pointer}/additionalProperties`);
    else if (schema.additionalProperties === true || (!shape.props && types?.includes('object')))
      shape.open = true;
    if (isObject(schema.items)) shape.items = this.place(schema.items, `${pointer}/items`);
    const alt = (['allOf', 'anyOf', 'oneOf'] as const).flatMap((key) =>
      Array.isArray(schema[key])
        ? (schema[key] as unknown[]).map((sub, i) => this.walk(sub, `${pointer}/${key}/${i}`))
        : [],
    );
    if (alt.length > 0) shape.alt = alt;
    return shape;
  }

  /** A property, item or map value: a reference keeps the line that makes it (`Profile: $ref: …`). */
  private place(schema: unknown, pointer: string): Shape {
    const shape = this.walk(schema, pointer);
    return typeof shape === 'string' ? { at: this.at(pointer), alt: [shape] } : shape;
  }

  private at(pointer: string): string {
    return this.where(pointer);
  }
}

/** The traffic-check proxy's data: every operation's response shapes, secrets and spec locations. */
export function proxyData(ctx: GeneratorContext): {
  pathsAt: string;
  operations: Record<string, ProxyOperationData>;
  components: Record<string, Shape | string>;
} {
  // `file:line:col` → `file:line`: the line is what a reader opens.
  const line = (pointer: string) => ctx.where(pointer).replace(/:\d+$/, '');
  const index = new ShapeIndex(ctx.document, line);
  const operations: Record<string, ProxyOperationData> = {};
  for (const op of ctx.model.operations) {
    const responses: ProxyOperationData['responses'] = {};
    for (const response of op.responses) {
      if (!response.json || !response.contentType) {
        responses[response.status] = null;
        continue;
      }
      const pointer = `${response.pointer}/content/${escapePointerFragment(response.contentType)}/schema`;
      responses[response.status] = index.walk(valueAt(ctx.document, pointer), pointer);
    }
    operations[op.id] = {
      at: line(op.pointer),
      secrets: op.secrets,
      inputs: Object.fromEntries(op.inputs.map((input) => [input.wire, line(input.pointer)])),
      responses,
    };
  }
  return { pathsAt: line('/paths'), operations, components: index.components };
}

// Helpers the code generators (packages/*/codegen) and the pipeline share, each once, so what they read and
// print cannot drift apart.
import { isPlainObject, unescapePointerFragment } from '@redocly/openapi-core';

/** A JSON object of the bundled document. */
export type Node = Record<string, unknown>;

/**
 * A JSDoc block of `text`, or of its paragraphs (blank ones dropped) a blank line apart, `*\/` escaped; nothing
 * when there is no text. Each line is prefixed with `indent`.
 */
export function doc(text: string | undefined | (string | undefined)[], indent = ''): string {
  const paragraphs = (Array.isArray(text) ? text : [text]).map((p) => p?.trim()).filter(Boolean);
  if (paragraphs.length === 0) return '';
  const lines = paragraphs.join('\n\n').replaceAll('*/', '*\\/').split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

export const isIdentifier = (name: string) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);

/** A JSON object: not null, not an array. */
export const isObject = (value: unknown): value is Node => isPlainObject(value);

/** True for a JSON media type: `application/json`, `application/problem+json`, with or without parameters. */
export const isJsonMediaType = (type: string): boolean => /^application\/(.+\+)?json(;|$)/i.test(type);

/** The keys of a JSON pointer (`/paths/~1a~1b/put` → `['paths', '/a/b', 'put']`), unescaped as redocly does. */
export const pointerKeys = (pointer: string): string[] =>
  pointer.split('/').slice(1).map(unescapePointerFragment);

/** The value at a JSON pointer of `document` (`#/a/b` or `/a/b`), or undefined when a step is missing. */
export function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const key of pointerKeys(pointer.replace(/^#/, ''))) {
    node = isObject(node) || Array.isArray(node) ? (node as Node)[key] : undefined;
  }
  return node;
}

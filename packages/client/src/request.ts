// A call's request, built from its operation's input rows: each option checked against its row (kind,
// required, allowed values, sendable), then placed in the path, query, headers or body it names.
import type { CallRequest, PreparedOperation } from './call.js';
import {
  type InputKind,
  type InputLocation,
  type InputRow,
  isRequired,
  itemsOf,
  kindOf,
  locationOf,
  optionOf,
  valuesOf,
  wireOf,
} from './facts.js';
import {
  type CallOptions,
  checkKnown,
  checkTiming,
  encodable,
  fail,
  headerRecord,
  isObject,
  type Loose,
} from './options.js';

const isString = (value: unknown) => typeof value === 'string';

/** Each input kind: what its values are called in errors, and the test of one (every kind has one). */
const KINDS: Record<InputKind, readonly [name: string, test: (value: unknown) => boolean]> = {
  s: ['a string', isString],
  // Arrow functions, not `Number.isInteger` itself: reading a global's member at load time is a side effect
  // to bundlers, which would then keep this table in bundles that never call the client.
  i: ['an integer', (value) => Number.isInteger(value)],
  n: ['a number', (value) => Number.isFinite(value)],
  b: ['a boolean', (value) => typeof value === 'boolean'],
  a: ['an array', (value) => Array.isArray(value)],
  o: ['an object', isObject],
  m: ['a map of strings', (value) => isObject(value) && Object.values(value).every(isString)],
  x: ['JSON', (value) => value !== undefined],
};

const ofKind = (kind: InputKind, value: unknown): boolean => KINDS[kind][1](value);

/** What values of `kind` are called in errors. */
const kindName = (kind: InputKind) => KINDS[kind][0];

/** Checks one input's value against its row. */
function checkInput(row: InputRow, option: string, location: InputLocation, value: unknown): void {
  const kind = kindOf(row);
  const items = itemsOf(row);
  const values = valuesOf(row);
  if (!ofKind(kind, value)) fail(option, `must be ${kindName(kind)}`);
  if (items && !(value as unknown[]).every((v) => ofKind(items, v)))
    fail(option, `must be an array of ${kindName(items).replace(/^an? /, '')}s`);
  if (values && ![value].flat().every((v) => values.includes(v as never)))
    fail(option, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
  if (typeof value === 'string') {
    if (isRequired(row) && !value.trim()) fail(option, 'must not be empty');
    if (location === 'p' && (value === '.' || value === '..')) fail(option, 'must not be "." or ".."');
  }
  // Outside the JSON body, strings (an array's too) are URL- or header-encoded.
  if (location !== 'b' && location !== 'B')
    for (const v of [value].flat()) if (typeof v === 'string') encodable(option, v);
}

/** The strings of a secret input's value (a map's or an array's values included). */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

/** Checks a call's options and builds its request; throws an InvalidOptionError before anything is sent. */
export function buildRequest(prepared: PreparedOperation, given: unknown): CallRequest {
  const { op } = prepared;
  const query: Loose = { ...prepared.keyQuery };
  const params = { path: {} as Loose, query, header: {} as Loose };
  const secrets = [prepared.apiKey];
  let body: unknown;
  const call = (given === undefined ? {} : given) as Loose & CallOptions;
  if (!isObject(call)) fail('options', 'must be an object');
  checkKnown(call, prepared.known, prepared.aliases);
  if (call.signal !== undefined && typeof call.signal?.addEventListener !== 'function') {
    fail('signal', 'must be an AbortSignal');
  }
  checkTiming(call.timeoutMs, call.retry);
  for (const row of op.inputs) {
    const option = optionOf(row);
    const value = call[option];
    if (value === undefined) {
      if (isRequired(row)) fail(option, 'is required');
      continue;
    }
    const where = locationOf(row);
    checkInput(row, option, where, value);
    const wire = wireOf(row);
    if (op.secrets.includes(wire)) secrets.push(...strings(value));
    if (where === 'B') body = value;
    else if (where === 'b') {
      body ??= {};
      (body as Loose)[wire] = value;
    } else (where === 'p' ? params.path : where === 'q' ? query : params.header)[wire] = value;
  }
  const headers = call.headers === undefined ? undefined : headerRecord(call.headers);
  return { init: { params, body, headers }, secrets, options: call };
}

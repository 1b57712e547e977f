// What the proxy checks in one exchange: the request against its operation's inputs (the mock's own input
// checks) and the response against the spec's response for its status: documented status, content type, body
// schema (the client's compiled validators, `@lr-mfa/client/validate`) and fields the spec does not declare
// (the generated shapes). Each disagreement is a Finding: where (a normalized JSON Pointer and the spec line),
// what the spec expects and the JSON type seen, never the value itself.
import { validateResponse } from '@lr-mfa/client/validate';
import { headerReader, JSON_CONTENT, queryReader } from '../core/http.js';
import { type OperationRequest, validateInputs } from '../core/operations.js';
import type { SpecOperation } from '../core/spec-types.js';
import { proxyIndex } from './data.js';
import { allowedTypes, expand, type Shape, step } from './spec-shapes.js';

export type FindingKind =
  | 'undocumented-operation'
  | 'undocumented-status'
  | 'content-type'
  | 'invalid-json'
  | 'body-too-large'
  | 'request-input'
  | 'type'
  | 'missing-required'
  | 'undocumented-field'
  | 'schema';

export interface Finding {
  /** operationId, or `METHOD /path` for a request to no operation. */
  operation: string;
  /** The response status, or `request` for a request finding. */
  status: string;
  /** JSON Pointer into the body (array indices and map keys written `*`); `` for the whole exchange. */
  pointer: string;
  kind: FindingKind;
  /** What the spec says, in its own terms (`boolean`, `application/json`, `200, 400, 403`). */
  expected: string;
  /** The JSON type seen (`string (boolean-like)`, `missing`), or the status / content type received. */
  seen: string;
  /** The spec file and line that states it. */
  at: string;
  /** The value, when `--show-values` allows it for this place (short, non-secret strings only). */
  value?: unknown;
}

/** A place of the spec that allows several JSON types, and which one a response used. */
export interface Observation {
  operation: string;
  status: string;
  pointer: string;
  allowed: string;
  seen: string;
  at: string;
}

const escapeSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The JSON type of a value as JSON Schema names it, with what a string looks like (never the string). */
export function jsonType(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value !== 'string') return typeof value;
  if (/^(true|false)$/i.test(value)) return 'string (boolean-like)';
  if (/^-?\d+$/.test(value)) return 'string (integer-like)';
  if (/^-?\d*\.\d+$/.test(value)) return 'string (number-like)';
  return 'string';
}

/** Every finding of the request: inputs that break their schema, a body that is not JSON. */
export function checkRequest(
  operation: SpecOperation,
  url: URL,
  headers: Record<string, string | string[] | undefined>,
  pathParams: Record<string, string>,
  body: string,
): Finding[] {
  const request: OperationRequest = {
    queryAll: queryReader(url.searchParams),
    header: headerReader(headers),
    pathParams,
    body,
  };
  const checked = validateInputs(operation, request);
  if (!('error' in checked)) return [];
  const answer = JSON.parse(checked.error.body) as {
    Description?: string;
    Errors?: { FieldName: string; ErrorMessage: string }[];
  };
  const data = proxyIndex().operations[operation.id];
  const errors = answer.Errors ?? [{ FieldName: 'body', ErrorMessage: answer.Description ?? '' }];
  return errors.map(({ FieldName, ErrorMessage }) => {
    const input = operation.inputs.find((i) => i.wire === FieldName);
    const where = input?.in ?? 'body';
    return {
      operation: operation.id,
      status: 'request',
      pointer: where === 'body' && FieldName === 'body' ? '/body' : `/${where}/${escapeSegment(FieldName)}`,
      kind: 'request-input',
      expected: ErrorMessage,
      seen: /required|missing/i.test(ErrorMessage) ? 'missing' : 'invalid',
      at: data?.inputs[FieldName] ?? data?.at ?? '',
    };
  });
}

/** The spec's entry for a status: exact, else `NXX`, else `default` (the client's rule). */
export function documentedStatus(operationId: string, status: number): string | undefined {
  const responses = proxyIndex().operations[operationId]?.responses ?? {};
  const text = String(status);
  return [text, `${text[0]}XX`, 'default'].find((k) => Object.hasOwn(responses, k));
}

export interface ResponseCheck {
  findings: Finding[];
  observations: Observation[];
  /** The parsed body, when it was JSON. */
  json?: unknown;
}

/** Every finding of a complete response; `body` undefined when it was too large to keep. */
export function checkResponse(
  operationId: string,
  status: number,
  contentType: string | undefined,
  body: string | undefined,
  maxBytes: number,
): ResponseCheck {
  const data = proxyIndex().operations[operationId];
  const at = data?.at ?? '';
  const base = { operation: operationId, status: String(status), pointer: '', at };
  const key = documentedStatus(operationId, status);
  if (!data || key === undefined) {
    const documented = Object.keys(data?.responses ?? {}).join(', ');
    return {
      findings: [{ ...base, kind: 'undocumented-status', expected: documented, seen: String(status) }],
      observations: [],
    };
  }
  const shape = data.responses[key] ?? null;
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase() || 'none';
  if (shape === null) return { findings: [], observations: [] };
  if (!JSON_CONTENT.test(contentType ?? '')) {
    return {
      findings: [{ ...base, kind: 'content-type', expected: 'application/json', seen: media }],
      observations: [],
    };
  }
  if (body === undefined) {
    return {
      findings: [
        { ...base, kind: 'body-too-large', expected: `≤ ${maxBytes} bytes to check`, seen: 'larger' },
      ],
      observations: [],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {
      findings: [{ ...base, kind: 'invalid-json', expected: 'a JSON body', seen: 'not JSON' }],
      observations: [],
    };
  }
  const findings = mergeBranches(
    validateResponse(operationId, status, json).map((issue) => schemaFinding(base, shape, json, issue)),
  );
  const observations: Observation[] = [];
  walkBody(
    shape,
    json,
    '',
    (finding) => findings.push({ ...base, ...finding }),
    (o) => observations.push({ operation: operationId, status: String(status), ...o }),
  );
  return { findings, observations, json };
}

type Base = Pick<Finding, 'operation' | 'status'>;

/** One finding per place and kind: the branches of an `anyOf` each say which type they wanted. */
function mergeBranches(findings: Finding[]): Finding[] {
  const byPlace = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.pointer}\u0000${finding.kind}`;
    const first = byPlace.get(key);
    if (!first) byPlace.set(key, finding);
    else if (!first.expected.split(' | ').includes(finding.expected))
      first.expected = `${first.expected} | ${finding.expected}`;
  }
  return [...byPlace.values()];
}

/** Follows a body pointer through the shapes: the normalized pointer, the spec line and the value there. */
function locate(shape: Shape | string, body: unknown, path: string) {
  let shapes = expand(shape, proxyIndex().components);
  let value: unknown = body;
  let pointer = '';
  let at = shapes[0]?.at ?? '';
  for (const raw of path.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const isArray = Array.isArray(value);
    const next = step(shapes, key, isArray);
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    // Array indices and map keys (data, not names) are written `*`, so they never multiply report items.
    const generic = next.via !== 'prop' && (isArray || next.via === 'value' || /^\d+$/.test(key));
    pointer += `/${generic ? '*' : escapeSegment(key)}`;
    const known = next.via === 'prop' || next.via === 'item' || next.via === 'value';
    shapes = known ? expand(next.shape, proxyIndex().components) : [];
    at = shapes[0]?.at ?? at;
  }
  return { pointer, at, value };
}

const TYPE_MESSAGE =
  /^must be ((?:string|number|integer|boolean|object|array|null)(?:,(?:string|number|integer|boolean|object|array|null))*)$/;

function schemaFinding(
  base: Base & { pointer: string; at: string },
  shape: Shape | string,
  body: unknown,
  issue: { path: string; message: string },
): Finding {
  const { pointer, at, value } = locate(shape, body, issue.path);
  const type = TYPE_MESSAGE.exec(issue.message);
  const common = { ...base, pointer, at: at || base.at, seen: jsonType(value), value };
  if (issue.message === 'is required') return { ...common, kind: 'missing-required', expected: 'required' };
  if (type?.[1]) return { ...common, kind: 'type', expected: type[1].split(',').join(' | ') };
  return { ...common, kind: 'schema', expected: issue.message };
}

/**
 * Walks a JSON body along its shapes: a property the spec does not declare (where the object is not a map or
 * free-form) is a finding; a place that allows several types records which one was seen.
 */
function walkBody(
  shape: Shape | string | undefined,
  value: unknown,
  pointer: string,
  onFinding: (finding: Omit<Finding, 'operation' | 'status'>) => void,
  onObservation: (observation: Omit<Observation, 'operation' | 'status'>) => void,
  depth = 0,
): void {
  const shapes = expand(shape, proxyIndex().components);
  const types = allowedTypes(shapes);
  if (types && [...types].filter((t) => t !== 'null').length > 1 && value !== undefined) {
    const at = shapes[0]?.at ?? '';
    onObservation({ pointer, allowed: [...types].join(' | '), seen: jsonType(value), at });
  }
  if (typeof value !== 'object' || value === null || depth > 32) return;
  const isArray = Array.isArray(value);
  for (const [key, member] of Object.entries(value)) {
    const next = step(shapes, key, isArray);
    if (next.via === 'undeclared') {
      const at = shapes.find((s) => s.props)?.at ?? '';
      const where = `${pointer}/${escapeSegment(key)}`;
      onFinding({
        pointer: where,
        kind: 'undocumented-field',
        expected: 'not in the spec',
        seen: jsonType(member),
        at,
        value: member,
      });
    } else if (next.via !== 'unknown') {
      const where = next.via === 'prop' ? `${pointer}/${escapeSegment(key)}` : `${pointer}/*`;
      walkBody(next.shape, member, where, onFinding, onObservation, depth + 1);
    }
  }
}

// @lr-mfa/client/validate: opt-in runtime validation of response bodies, per operation and status. The
// validators are compiled from the bundled spec at build time (ajv standalone code in ./generated/validators,
// built and git-ignored), so nothing parses a schema at runtime; this entry is separate because they are large.
// Use: createClient({ apiKey, validateResponse }).
import type { ValidationIssue } from './errors.js';
import { type CompiledValidator, validators } from './generated/validators/index.js';

export type { ValidationIssue };

/**
 * The compiled validators of each operation, by status as the spec lists them (`200`, `4XX`, `default`); a
 * status whose response has no JSON schema (a 204, a text body) has `null`: there is nothing to check.
 */
const OPERATIONS: Readonly<Record<string, Readonly<Record<string, CompiledValidator | null>>>> = validators;

const pointer = (segment: unknown) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;

function issues(validator: CompiledValidator, body: unknown): ValidationIssue[] {
  if (validator(body)) return [];
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const { instancePath, keyword, params, message = 'is invalid' } of validator.errors ?? []) {
    // A nullable value is `anyOf: [schema, null]`: its failing branch says what is wrong; the null branch's
    // "must be null" and the anyOf summary only repeat it.
    if (keyword === 'anyOf' || (keyword === 'type' && params.type === 'null')) continue;
    // Point at the property itself when the error is about its absence or presence.
    const path =
      keyword === 'required'
        ? instancePath + pointer(params.missingProperty)
        : keyword === 'additionalProperties' || keyword === 'unevaluatedProperties'
          ? instancePath + pointer(params.additionalProperty ?? params.unevaluatedProperty)
          : instancePath;
    const text = keyword === 'required' ? 'is required' : message;
    if (!seen.has(path + text)) {
      seen.add(path + text);
      out.push({ path, message: text });
    }
  }
  return out;
}

/**
 * The validator of the most specific entry the spec has for `status`: `404`, then `4XX`, then `default`;
 * for a status the spec does not list, its first entry of the same class (success or error), since an
 * error page's status (a 503 from a gateway) is often one the spec could not foresee.
 */
function validatorFor(byStatus: Readonly<Record<string, CompiledValidator | null>>, status: number) {
  const text = String(status);
  const success = (key: string) => key.startsWith('2');
  const key =
    [text, `${text[0]}XX`, 'default'].find((k) => Object.hasOwn(byStatus, k)) ??
    Object.keys(byStatus).find((k) => success(k) === success(text));
  return key === undefined ? undefined : byStatus[key];
}

/**
 * Checks a parsed body against the schema the spec gives the operation's response with that status and
 * returns every difference, each with its JSON Pointer; an empty list means valid. An operation without
 * compiled validators is one issue, so that validation is never silently skipped. Pass it as the client's
 * `validateResponse` option.
 */
export function validateResponse(operationId: string, status: number, body: unknown): ValidationIssue[] {
  const byStatus = Object.hasOwn(OPERATIONS, operationId) ? OPERATIONS[operationId] : undefined;
  if (!byStatus) return [{ path: '', message: `no validator for operation "${operationId}"` }];
  const validator = validatorFor(byStatus, status);
  // null: the spec gives this response no JSON schema (no body, or text), so there is nothing to check.
  if (validator === null) return [];
  if (!validator) return [{ path: '', message: `status ${status} is not in the spec for ${operationId}` }];
  return issues(validator, body);
}

/** Whether `body` matches the spec's schema for the operation's response with that status. */
export const matchesSpec = (operationId: string, status: number, body: unknown): boolean =>
  validateResponse(operationId, status, body).length === 0;

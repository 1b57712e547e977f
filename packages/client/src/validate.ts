// @lr-mfa/client/validate: opt-in runtime validation of response bodies. The validators were compiled from
// the bundled spec at build time (ajv standalone code in ./generated/validators, built and git-ignored), so
// nothing parses a schema at runtime; this entry is separate because they are large. Use: createClient({ apiKey, validateResponse }).
import type { ApiError, VerifySmsOtpResponse } from '@lr-mfa/types';
import type { ValidationIssue } from './errors.js';
import {
  type CompiledValidator,
  validateApiError,
  validateVerifySmsOtpResponse,
  validatorFor,
} from './generated/validators/index.js';

export type { ValidationIssue };

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
 * Checks a parsed body against the spec's schema for its status (the 200 body for 2xx, `ApiError`
 * otherwise) and returns every difference, each with its JSON Pointer; an empty list means valid.
 * Pass it as the client's `validateResponse` option.
 */
export function validateResponse(body: unknown, status: number): ValidationIssue[] {
  const validator =
    validatorFor('verifySmsOtp', status) ??
    (status >= 200 && status < 300 ? validateVerifySmsOtpResponse : validateApiError);
  return issues(validator, body);
}

/** Whether `body` is a valid 200 body of Verify SMS OTP. */
export const isVerifySmsOtpResponse = (body: unknown): body is VerifySmsOtpResponse =>
  validateMfaLoginResponse(body);

/** Whether `body` is a valid LoginRadius error body. */
export const isApiError = (body: unknown): body is ApiError => validateApiError(body);

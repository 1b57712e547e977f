// The vendor error codes this endpoint's mock answers with. Status, Message and Description all come from
// the spec's named examples (generated/spec-data.ts), so the mock says exactly what the spec documents; the
// pipeline fails at import time, not at request time, if the spec stops documenting one of them.
import type { ApiError, ForbiddenApiError } from '@lr-mfa/types';
import { specErrorExamples } from '../generated/spec-data.js';
import { jsonResponse, type MockResponse } from './http.js';
import type { SpecErrorExample } from './spec-types.js';

/** Every code the mock can answer with, for the contract test and the docs. */
export const ERROR_CODES = [
  429, 901, 908, 922, 965, 1067, 1068, 1069, 1103, 1104, 1132, 1134, 1148, 1198, 1218, 1281, 7909,
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const missing = ERROR_CODES.filter((code) => !specErrorExamples[code]);
if (missing.length > 0) {
  throw new Error(
    `@lr-mfa/mock: the spec has no error example for ${missing.join(', ')}; regenerate the mock data`,
  );
}

/** Status, Message and Description of a code, as the spec's example documents them. */
export function vendorError(code: ErrorCode): SpecErrorExample {
  return specErrorExamples[code] as SpecErrorExample;
}

export interface ErrorExtras {
  /** Replaces the generic description, e.g. to name the offending parameter. */
  Description?: string;
  Errors?: NonNullable<ApiError['Errors']>;
  /** Only 403 bodies carry `Data` (the suspend lockout's unlock time), so it is typed by the 403 schema. */
  Data?: NonNullable<ForbiddenApiError['Data']>;
  headers?: Record<string, string>;
}

/** A vendor-shaped error response, in the key order the vendor sends. */
export function errorResponse(code: ErrorCode, extras: ErrorExtras = {}): MockResponse {
  const { status, Message, Description } = vendorError(code);
  const body: ApiError = {
    Description: extras.Description ?? Description,
    ErrorCode: code,
    Message,
    IsProviderError: false,
    ProviderErrorResponse: null,
    ...(extras.Errors ? { Errors: extras.Errors } : {}),
    ...(extras.Data ? { Data: extras.Data } : {}),
  };
  return jsonResponse(status, body, extras.headers);
}

/**
 * A refusal of the route itself (unknown path, wrong method, malformed target): the vendor's error shape with
 * the HTTP status as its code, as the vendor does for 429, so no client mistakes it for a success.
 */
export function routeError(
  status: number,
  Message: string,
  Description: string,
  headers: Record<string, string> = {},
): MockResponse {
  const body: ApiError = {
    Description,
    ErrorCode: status,
    Message,
    IsProviderError: false,
    ProviderErrorResponse: null,
  };
  return jsonResponse(status, body, headers);
}

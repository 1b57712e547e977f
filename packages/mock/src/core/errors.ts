// The vendor error codes this endpoint's mock answers with. The codes, their statuses, Message and
// Description all come from the spec's named error examples (generated/spec-data.ts), so the mock says exactly
// what the spec documents, and a code the spec stops documenting fails to compile where the mock answers it.
import type { ApiError, ForbiddenApiError } from '@lr-mfa/types';
import { specErrorCodes, specErrorExamples } from '../generated/spec-data.js';
import { jsonResponse, type MockResponse } from './http.js';

/** An error code the spec documents. */
export type ErrorCode = (typeof specErrorCodes)[number];

/** Every error code the spec documents, ascending: the codes the mock may answer with. */
export const ERROR_CODES: typeof specErrorCodes = specErrorCodes;

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
  const { status, Message, Description } = specErrorExamples[code];
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

// The vendor error codes this endpoint returns, with their HTTP status. Wording comes from the spec's
// examples when the spec has one for the code (generated/spec-data.ts), otherwise from the vendor's tables
// (see the repository's API notes); a test checks the statuses agree with the spec's examples.
import type { ApiError } from '@lr-mfa/types';
import { specErrorExamples } from '../generated/spec-data.js';
import { jsonResponse, type MockResponse } from './http.js';

interface VendorError {
  status: number;
  Message: string;
  Description: string;
}

const VENDOR_ERRORS = {
  429: {
    status: 429,
    Message: 'Too many request in particular time frame',
    Description: 'Too many request in particular time frame, please try again after some time.',
  },
  901: {
    status: 403,
    Message: 'The API key is unauthorized',
    Description: 'The provided API key is not authorized, please use a valid API key.',
  },
  908: {
    status: 400,
    Message: 'A parameter is not formatted correctly',
    Description: 'A parameter is not formatted correctly.',
  },
  922: {
    status: 400,
    Message: 'API key is missing',
    Description: 'The API key is missing, please provide it in the apikey query parameter.',
  },
  965: {
    status: 400,
    Message: 'The post body is invalid',
    Description: 'The request body is not a valid JSON object.',
  },
  1067: {
    status: 403,
    Message: 'Invalid OTP Code',
    Description: 'The OTP code is invalid, please request for a new OTP.',
  },
  1068: {
    status: 403,
    Message: 'The OTP has already been used',
    Description: 'The OTP has already been used, please request for a new OTP.',
  },
  1069: {
    status: 403,
    Message: 'Verification OTP has expired',
    Description: 'The OTP has expired, please request for a new OTP.',
  },
  1103: {
    status: 403,
    Message: 'Two factor authentication token is invalid',
    Description: 'The second factor authentication token is invalid, please log in again.',
  },
  1104: {
    status: 403,
    Message: 'Two factor authentication token has expired',
    Description: 'The second factor authentication token has expired, please log in again.',
  },
  1132: {
    status: 403,
    Message: 'Your account has been locked',
    Description: 'Your account has been locked, please send a valid reCAPTCHA response to unlock it.',
  },
  1134: {
    status: 400,
    Message: 'The request body is not valid',
    Description: 'One or more fields of the request body are not valid, see Errors.',
  },
  1148: {
    status: 403,
    Message: 'Your account has been locked',
    Description: 'Your account has been locked, please answer your security question to unlock it.',
  },
  1198: {
    status: 403,
    Message: 'Your account has been locked',
    Description: 'Your account has been locked, please try again after sometime.',
  },
  1218: {
    status: 403,
    Message: 'CAPTCHA is invalid',
    Description: 'The CAPTCHA response is invalid, please try again.',
  },
  1281: {
    status: 403,
    Message: 'Voice OTP has not been configured',
    Description: 'Voice OTP is not configured for this app, please verify the OTP sent by SMS.',
  },
  7909: {
    status: 500,
    Message: 'Operation failed due to an internal error.',
    Description:
      'An unknown internal error occurred, please try again in a few minutes or contact your system administrator.',
  },
} satisfies Record<number, VendorError>;

export type ErrorCode = keyof typeof VENDOR_ERRORS;

/** Every code the mock can answer with, for the contract test and the docs. */
export const ERROR_CODES = Object.keys(VENDOR_ERRORS).map(Number) as ErrorCode[];

/** Status, Message and Description for a code: the spec's example text wins over the fallback table. */
export function vendorError(code: ErrorCode): VendorError {
  const fallback = VENDOR_ERRORS[code];
  const example = specErrorExamples[code];
  return example
    ? { status: fallback.status, Message: example.Message, Description: example.Description }
    : fallback;
}

export interface ErrorExtras {
  /** Replaces the generic description, e.g. to name the offending parameter. */
  Description?: string;
  Errors?: NonNullable<ApiError['Errors']>;
  Data?: NonNullable<ApiError['Data']>;
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

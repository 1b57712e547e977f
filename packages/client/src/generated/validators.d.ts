// DO NOT EDIT. Generated from spec/openapi.yaml by the lr-mfa pipeline; edit spec/ and run `pnpm build`.

/** An ajv error object, as produced by the compiled validators. */
export interface CompiledValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
/** A compiled validator: returns whether `data` matches; on false, `errors` lists why. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledValidatorError[] | null;
}
/** Validates a body against the `ApiError` schema. */
export declare const validateApiError: CompiledValidator;
/** Validates a body against the `VerifySmsOtpResponse` schema. */
export declare const validateVerifySmsOtpResponse: CompiledValidator;
/** The operation these validators are for. */
export declare const operationId: "verifySmsOtp";
/** Validator of the body for each documented status of verifySmsOtp. */
export declare const byStatus: Readonly<Record<"200" | "400" | "403" | "404" | "429" | "500", CompiledValidator>>;

import type { VerifySmsOtpHeaders, VerifySmsOtpQuery, VerifySmsOtpRequestBody } from '@lr-mfa/types';
import { inputs } from './generated/operation.js';

type Row = (typeof inputs)[number];
type WireOf<R> = R extends readonly [infer O extends string, infer W extends string, string]
  ? W extends ''
    ? Lowercase<O>
    : W
  : never;
type Wire = WireOf<Row>;
type Spec = keyof VerifySmsOtpQuery | keyof VerifySmsOtpHeaders | keyof VerifySmsOtpRequestBody;
type Assert<T extends true> = T;
// The table (generated for the client) and @lr-mfa/types (generated for everyone) come from the same
// spec; if either is stale this fails to compile, naming the inputs the other one lacks.
export type InputsMatchSpec = Assert<
  [Exclude<Spec, Wire>, Exclude<Wire, Spec>] extends [never, never]
    ? true
    : { missingFromTable: Exclude<Spec, Wire>; notInSpec: Exclude<Wire, Spec> }
>;

type Location = 'q' | 'h' | 'b';
type ValueType = 's' | 'b' | 'm';

/**
 * [option, wire name, location, type, required] of every input, decoded once from the generated table
 * (see `InputRow`): the empty wire names filled in, the code split into its parts.
 */
export const INPUTS = /* @__PURE__ */ inputs.map(
  ([option, wire, code]) =>
    [
      option,
      wire || option.toLowerCase(),
      code[0] as Location,
      code[1] as ValueType,
      code[2] === '!',
    ] as const,
);

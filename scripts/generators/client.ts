// Interim generator of @lr-mfa/client's operation table (src/generated/operation.ts), ported from the former
// generate-validators script with its behaviour unchanged: the client is still written for verifySmsOtp.
// The client stream replaces this module with the per-operation client generator; until then a spec without
// verifySmsOtp (the multi-operation test fixture) gets no client table, which the progress line states.
import { doc } from '../lib/codegen.js';
import type { Input } from '../lib/model.js';
import type { GeneratedFile, Generator } from '../lib/plugin.js';

const OUT = 'packages/client/src/generated';
const OPERATION_ID = 'verifySmsOtp';
/** Names of per-call options of verifySmsOtp that are not API inputs; an input may not take one. */
const CALL_OPTIONS = ['signal', 'timeoutMs', 'retry', 'headers'];

type ValueType = 'string' | 'boolean' | 'map';

function valueType(input: Input, fail: (pointer: string, message: string) => never): ValueType {
  if (input.kind === 'string' || input.kind === 'boolean') return input.kind;
  const values = input.schema.additionalProperties as { type?: unknown } | undefined;
  if (input.kind === 'object' && values?.type === 'string' && !input.schema.properties) return 'map';
  return fail(
    input.pointer,
    `input "${input.wire}": the client handles string, boolean and string-map inputs only`,
  );
}

export const client: Generator = {
  name: 'client',
  owns: [OUT],
  generate({ model, header, fail }): GeneratedFile[] {
    const op = model.operations.find((o) => o.id === OPERATION_ID);
    if (!op) {
      console.log(
        `  client: the spec has no ${OPERATION_ID}; the single-operation client table is not generated`,
      );
      return [];
    }
    const typeOf = {
      path: 'VerifySmsOtpPath',
      query: 'VerifySmsOtpQuery',
      header: 'VerifySmsOtpHeaders',
      body: 'VerifySmsOtpRequestBody',
    };
    const inputs = op.inputs.map((input) => {
      if (input.in === 'path')
        fail(input.pointer, `path parameter "${input.wire}": the client handles none yet`);
      if (CALL_OPTIONS.includes(input.option))
        fail(input.pointer, `input ${input.wire} would shadow the call option ${input.option}`);
      return { input, type: valueType(input, fail) };
    });
    const used = [...new Set(inputs.map(({ input }) => typeOf[input.in]))].sort();
    const fields = inputs
      .map(({ input }) => {
        const note =
          input.in === 'body'
            ? `JSON body field \`${input.wire}\``
            : `${input.in} parameter \`${input.wire}\``;
        const text = `${input.description ?? ''}\n\nSent as the ${note}.`;
        return `${doc(text, '  ')}  ${input.option}${input.required ? '' : '?'}: ${typeOf[input.in]}['${input.wire}'];`;
      })
      .join('\n');
    // Compact rows, because the table ships in the browser bundle: the wire name is left empty when it is
    // the lower-cased option (most are), location, type and "required" share one short code.
    const rows = inputs
      .map(({ input, type }) => [
        input.option,
        input.wire === input.option.toLowerCase() ? '' : input.wire,
        `${input.in[0]}${type[0]}${input.required ? '!' : ''}`,
      ])
      .map((row) => `  ${JSON.stringify(row).replaceAll(',', ', ')},`)
      .join('\n');
    const content = `${header}
import type { ${used.join(', ')} } from '@lr-mfa/types';

/** HTTP method of \`${OPERATION_ID}\`. */
export const method = ${JSON.stringify(op.method.toUpperCase())};
/** Path of \`${OPERATION_ID}\`, relative to the base URL. */
export const path = ${JSON.stringify(op.path)};

/**
 * Where an input goes on the wire and what the client checks it against before sending:
 * [option, wire name (empty: the lower-cased option), code]. The code is the location (q query, h header,
 * b body), the type (s string, b boolean, m map of strings) and \`!\` when required.
 */
export type InputRow = readonly [option: string, wire: string, code: \`\${'q' | 'h' | 'b'}\${'s' | 'b' | 'm'}\${'' | '!'}\`];

/** Every input of \`${OPERATION_ID}\`, in spec order. */
export const inputs = [
${rows}
] as const satisfies readonly InputRow[];

/** The API inputs of \`${OPERATION_ID}\` as camelCase options (query parameters, headers, body fields). */
export interface VerifySmsOtpInputs {
${fields}
}
`;
    return [{ path: `${OUT}/operation.ts`, content }];
  },
};

// Interim generator of @lr-mfa/mock's spec data (src/generated/spec-data.ts), ported from the former
// generate-mock-data script with its behaviour unchanged: what the mock serves for Verify SMS OTP (the 200
// example's profile as the seeded user, the error examples' codes and texts by status, the server URL).
// The mock stream replaces this module; until then a spec without that operation (the multi-operation test
// fixture) gets no mock data, which the progress line states.
import type { GeneratedFile, Generator } from '../lib/plugin.js';

const OUT = 'packages/mock/src/generated';
const ENDPOINT = '/identity/v2/auth/login/2fa/sms';

interface SpecErrorExample {
  status: number;
  Message: string;
  Description: string;
}

export const mock: Generator = {
  name: 'mock',
  owns: [OUT],
  generate({ model, header, fail }): GeneratedFile[] {
    const op = model.operations.find((o) => o.path === ENDPOINT && o.method === 'put');
    if (!op) {
      console.log(`  mock: the spec has no PUT ${ENDPOINT}; its mock data is not generated`);
      return [];
    }
    const ok = op.responses.find((r) => r.status === '200');
    const found = ok?.examples.find(
      (e) =>
        typeof e.value === 'object' &&
        e.value !== null &&
        typeof (e.value as { Profile?: unknown }).Profile === 'object',
    );
    if (!ok || !found)
      return fail(
        ok?.pointer ?? op.pointer,
        'the 200 response of the operation has no example with a Profile',
      );
    const profile = (found.value as { Profile: Record<string, unknown> }).Profile;
    if (typeof profile.Uid !== 'string' || typeof profile.PhoneId !== 'string') {
      fail(
        ok.pointer,
        `the 200 example "${found.name}" needs a Profile with a Uid and a PhoneId (the mock sends OTPs to it)`,
      );
    }
    const errors: Record<number, SpecErrorExample> = {};
    for (const response of op.responses) {
      if (!/^[45]\d\d$/.test(response.status)) continue;
      for (const { name, value } of response.examples) {
        const example = value as { ErrorCode?: unknown; Message: string; Description: string } | null;
        if (!example || !Number.isInteger(example.ErrorCode)) continue;
        const code = example.ErrorCode as number;
        const entry = {
          status: Number(response.status),
          Message: example.Message,
          Description: example.Description,
        };
        const previous = errors[code];
        if (previous && previous.status !== entry.status) {
          fail(
            response.pointer,
            `error ${code} has examples under both ${previous.status} and ${response.status} (${name})`,
          );
        }
        errors[code] ??= entry;
      }
    }
    if (!model.serverUrl) fail('/servers', 'the spec declares no server URL');
    const json = (v: unknown) => JSON.stringify(v, null, 2);
    const content = `${header}import type { Profile } from '@lr-mfa/types';

export interface SpecErrorExample {
  status: number;
  Message: string;
  Description: string;
}

/** The spec's first server: the default origin of the MSW handlers. */
export const specServerUrl = ${json(model.serverUrl.replace(/\/+$/, ''))};

// Assigned through a variable: the type still checks every field the schema declares, without rejecting
// fields the vendor sends beyond it (excess-property checks only apply to literals).
const example = ${json(profile)};

/** The Profile of the spec's 200 example \`${found.name}\`: the mock's default user. */
export const exampleProfile: Profile = example;

/** The spec's error examples for the operation, by ErrorCode, with the status they are documented under. */
export const specErrorExamples: Readonly<Record<number, SpecErrorExample>> = ${json(errors)};
`;
    return [{ path: `${OUT}/spec-data.ts`, content }];
  },
};

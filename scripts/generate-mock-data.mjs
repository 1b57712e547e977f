#!/usr/bin/env node
// Pipeline step for @lr-mfa/mock: extracts from the bundled spec what the mock serves, so the mock never
// drifts from the spec: the profile of the 200 example (the seeded user), the error examples' codes and
// texts by status, and the production server URL (the MSW handlers' default origin).
//
//   node scripts/generate-mock-data.mjs [--spec build/spec/openapi.json] [--out packages/mock/src/generated]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATED_HEADER, root, runStep, StepError, writeFileAtomic } from './lib/step.mjs';

const ENDPOINT = '/identity/v2/auth/login/2fa/sms';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: join(root, 'build/spec/openapi.json') },
    out: { type: 'string', default: join(root, 'packages/mock/src/generated') },
  },
});

/** Follows local `$ref`s (the bundle has no others) until a concrete node. */
function deref(spec, node) {
  let current = node;
  for (let hops = 0; current?.$ref; hops++) {
    if (hops > 32) throw new StepError(`$ref cycle at ${node.$ref}`);
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((acc, key) => acc?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
    if (current === undefined) throw new StepError(`unresolvable $ref ${node.$ref}`);
  }
  return current;
}

/** [name, value] of every JSON example of a response, resolving example $refs. */
function examplesOf(spec, response) {
  const media = deref(spec, response)?.content?.['application/json'];
  if (!media) return [];
  const found = Object.entries(media.examples ?? {}).map(([name, ex]) => [name, deref(spec, ex).value]);
  if (media.example !== undefined) found.push(['example', media.example]);
  return found;
}

export function extract(spec) {
  const operation = spec.paths?.[ENDPOINT]?.put;
  if (!operation) throw new StepError(`the spec has no PUT ${ENDPOINT}`);

  const success = examplesOf(spec, operation.responses?.['200'] ?? {});
  const profileExample = success.find(
    ([, value]) => value && typeof value.Profile === 'object' && value.Profile,
  );
  if (!profileExample) throw new StepError('the 200 response of the operation has no example with a Profile');
  const profile = profileExample[1].Profile;
  if (typeof profile.Uid !== 'string' || typeof profile.PhoneId !== 'string') {
    throw new StepError(
      `the 200 example "${profileExample[0]}" needs a Profile with a Uid and a PhoneId (the mock sends OTPs to it)`,
    );
  }

  const errors = {};
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (!/^[45]\d\d$/.test(status)) continue;
    for (const [name, value] of examplesOf(spec, response)) {
      if (!Number.isInteger(value?.ErrorCode)) continue;
      const entry = { status: Number(status), Message: value.Message, Description: value.Description };
      const previous = errors[value.ErrorCode];
      if (previous && previous.status !== entry.status) {
        throw new StepError(
          `error ${value.ErrorCode} has examples under both ${previous.status} and ${status} (${name})`,
        );
      }
      errors[value.ErrorCode] ??= entry;
    }
  }

  const server = spec.servers?.[0]?.url;
  if (typeof server !== 'string') throw new StepError('the spec declares no server URL');
  return { profile, profileExampleName: profileExample[0], errors, server: server.replace(/\/+$/, '') };
}

export function render({ profile, profileExampleName, errors, server }) {
  const json = (v) => JSON.stringify(v, null, 2);
  return `${GENERATED_HEADER('spec/openapi.yaml')}import type { Profile } from '@lr-mfa/types';

export interface SpecErrorExample {
  status: number;
  Message: string;
  Description: string;
}

/** The spec's first server: the default origin of the MSW handlers. */
export const specServerUrl = ${json(server)};

// Assigned through a variable: the type still checks every field the schema declares, without rejecting
// fields the vendor sends beyond it (excess-property checks only apply to literals).
const example = ${json(profile)};

/** The Profile of the spec's 200 example \`${profileExampleName}\`: the mock's default user. */
export const exampleProfile: Profile = example;

/** The spec's error examples for the operation, by ErrorCode, with the status they are documented under. */
export const specErrorExamples: Readonly<Record<number, SpecErrorExample>> = ${json(errors)};
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStep('generate mock data', async () => {
    let spec;
    try {
      spec = JSON.parse(await readFile(values.spec, 'utf8'));
    } catch (error) {
      throw new StepError(
        `cannot read the bundled spec ${values.spec}: ${error.message}\n  run \`pnpm spec:bundle\` first.`,
      );
    }
    return [await writeFileAtomic(join(values.out, 'spec-data.ts'), render(extract(spec)))];
  });
}

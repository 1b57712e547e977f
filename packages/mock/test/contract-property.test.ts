// Property-based contract (fast-check): requests generated from the bundled spec, for every operation, through
// the engine. Every response the mock gives must be documented for its operation and validate against that
// status's schema; a request the spec allows must never be refused as malformed (908 / 965 / 1134) nor answer
// a 5xx. Valid and invalid second-factor tokens and OTPs are mixed in so that the stateful paths (success,
// wrong OTP, lockouts, expired, reused) are exercised too.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMock, type Mock } from '../src/index.js';
import {
  bundleSpec,
  type Json,
  operationsOf,
  type ResponseContract,
  responseContracts,
  type SpecInput,
  type SpecOperationInputs,
} from './spec.js';

const MALFORMED = new Set([908, 965, 1134]);
let operations: SpecOperationInputs[];
let contracts: Map<string, Map<number, ResponseContract>>;

beforeAll(async () => {
  const document: Json = await bundleSpec();
  operations = operationsOf(document);
  contracts = responseContracts(document);
});

/** A value the schema accepts (the keywords this spec's inputs use). */
function arbitraryFor(schema: Json): fc.Arbitrary<unknown> {
  const s = schema as {
    type?: string | string[];
    enum?: unknown[];
    pattern?: string;
    minLength?: number;
    maxLength?: number;
    additionalProperties?: Json;
    items?: Json;
  };
  if (s.enum) return fc.constantFrom(...s.enum);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer();
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'array':
      return fc.array(arbitraryFor(s.items ?? {}), { maxLength: 3 });
    case 'object':
      return fc.dictionary(
        fc.string({ minLength: 1, maxLength: 12 }),
        arbitraryFor(s.additionalProperties ?? {}),
        {
          maxKeys: 3,
        },
      );
    default: {
      if (s.pattern) {
        const re = new RegExp(s.pattern, 'u');
        return fc
          .stringMatching(re)
          .filter((v) => (s.maxLength === undefined || [...v].length <= s.maxLength) && v !== '');
      }
      return fc.string({
        minLength: Math.max(1, s.minLength ?? 0),
        maxLength: Math.min(s.maxLength ?? 24, 24),
      });
    }
  }
}

/** The query, header or path text of a value (form style). */
const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

interface Plan {
  apiKey: string;
  /** Index into the logins started before the run, or a made-up token. */
  token: { login: number } | { made: string };
  /** Send the login's current OTP, or another value. */
  rightOtp: boolean;
  inputs: Record<string, unknown>;
}

function planOf(operation: SpecOperationInputs, apiKeys: string[]): fc.Arbitrary<Plan> {
  const inputs: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const input of operation.inputs) {
    inputs[input.wire] = arbitraryFor(input.schema);
    if (input.required) requiredKeys.push(input.wire);
  }
  return fc.record({
    apiKey: fc.constantFrom(...apiKeys),
    token: fc.oneof(fc.record({ login: fc.nat(7) }), fc.record({ made: fc.uuid() })),
    rightOtp: fc.boolean(),
    inputs: fc.record(inputs, { requiredKeys }),
  });
}

function requestOf(operation: SpecOperationInputs, plan: Plan, mock: Mock, tokens: string[]) {
  const token =
    'login' in plan.token ? (tokens[plan.token.login % tokens.length] as string) : plan.token.made;
  const query = new URLSearchParams({ apikey: plan.apiKey });
  const headers: Record<string, string> = {};
  const body: Record<string, unknown> = {};
  let path = operation.path;
  const byWire = new Map<string, SpecInput>(operation.inputs.map((i) => [i.wire, i]));
  for (const [wire, value] of Object.entries(plan.inputs)) {
    const input = byWire.get(wire) as SpecInput;
    let v = value;
    if (wire === 'secondfactorauthenticationtoken') v = token;
    if (wire === 'otp') {
      let current: string | undefined;
      try {
        current = mock.readOtp(token).otp;
      } catch {
        current = undefined;
      }
      if (plan.rightOtp && current) v = current;
    }
    if (input.in === 'query') query.set(wire, text(v));
    else if (input.in === 'header') headers[wire] = text(v);
    else if (input.in === 'path') path = path.replace(`{${wire}}`, encodeURIComponent(text(v)));
    else body[wire] = v;
  }
  if (operation.body) headers['content-type'] = operation.body.contentType;
  return {
    method: operation.method.toUpperCase(),
    url: `${path}?${query}`,
    headers,
    ...(operation.body ? { body: JSON.stringify(body) } : {}),
  };
}

describe('property: the mock and the spec agree', () => {
  it('every operation: responses validate against the spec; spec-valid requests are never refused as malformed', async () => {
    for (const operation of operations) {
      const mock = createMock({ now: () => Date.parse('2026-06-01T00:00:00Z') });
      const apiKeys = mock.tenants().map((t) => t.apiKey);
      const tokens = apiKeys.flatMap((apiKey) =>
        [0, 1].map(
          () => mock.createSecondFactorToken({ apiKey, freshUser: true }).secondFactorAuthenticationToken,
        ),
      );
      const documented = contracts.get(operation.id);
      const seen = new Set<number>();
      expect(documented, `${operation.id} is in the spec`).toBeDefined();
      await fc.assert(
        fc.asyncProperty(planOf(operation, apiKeys), async (plan) => {
          const request = requestOf(operation, plan, mock, tokens);
          const outcome = await mock.handle(request);
          expect(outcome.type).toBe('response');
          if (outcome.type !== 'response') return;
          seen.add(outcome.status);
          const contract = documented?.get(outcome.status);
          expect(contract, `${operation.id} documents ${outcome.status}`).toBeDefined();
          const body = JSON.parse(outcome.body);
          const valid = contract?.body(body);
          expect(contract?.body.errors ?? [], `${operation.id} ${outcome.status} body`).toEqual([]);
          expect(valid).toBe(true);
          expect(outcome.status).toBeLessThan(500);
          expect(MALFORMED.has(body.ErrorCode), `${request.url} refused: ${body.Description}`).toBe(false);
        }),
        { numRuns: 300 },
      );
      // Not vacuous: the runs reached the success path and the stateful refusals.
      expect([...seen].sort(), operation.id).toEqual(expect.arrayContaining([200, 403]));
    }
  });
});

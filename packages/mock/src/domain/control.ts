// The control API under /__mock: JSON over HTTP for the same controls `MockControls` offers to code, so tests in
// any language (or curl) can drive a running mock. Answers are camelCase JSON; failures are
// `{ "error": "..." }` with a 4xx status.
import type { ControlPlane, ControlRequest } from '../core/handler.js';
import { jsonResponse, type MockResponse } from '../core/http.js';
import { guardControl } from './control-guard.js';
import type { CreateSecondFactorTokenInput, MockControls } from './controls.js';
import { isRecord, MockControlError } from './input.js';
import type { TenantOptions } from './tenants.js';

export const CONTROL_PREFIX = '/__mock';

/** Every control route, for the index and the CLI banner. */
export const CONTROL_ROUTES = [
  'GET    /__mock                                    this index',
  'POST   /__mock/second-factor-tokens               {user? | freshUser?, apiKey?, isvoiceotp?, smsTemplate?} → a pending login',
  'GET    /__mock/second-factor-tokens/:token/otp    the last OTP sent for it',
  'POST   /__mock/second-factor-tokens/:token/resend send a new OTP',
  'GET    /__mock/outbox[?token=]                    every OTP sent (SMS and voice)',
  'GET    /__mock/clock                              the mock time',
  'POST   /__mock/clock                              {advanceSeconds? | advanceMs? | set?}',
  'GET    /__mock/tenants    POST /__mock/tenants    list / add or replace (by apiKey)',
  'GET    /__mock/users      POST /__mock/users      list / add {profile?, securityAnswers?}',
  'GET    /__mock/faults     POST /__mock/faults     list / arm {fault, times?}    DELETE: disarm all',
  'GET    /__mock/webhooks                           webhook events fired',
  'POST   /__mock/reset                              back to the startup state',
] as const;

type Body = Record<string, unknown>;

/** The control API as the dispatcher serves it under CONTROL_PREFIX, behind its guard (control-guard.ts). */
export function controlPlane(mock: MockControls, token: string | undefined): ControlPlane {
  return {
    prefix: CONTROL_PREFIX,
    handle: (request) =>
      guardControl(token, request.method, request.header, request.hosts) ?? handleControl(mock, request),
  };
}

/** Answers a control request; refused controls become `{ error }` answers with their 4xx status. */
function handleControl(mock: MockControls, request: ControlRequest): MockResponse {
  try {
    return route(mock, { ...request, path: request.path || '/' });
  } catch (error) {
    if (error instanceof MockControlError) return jsonResponse(error.status, { error: error.message });
    if (error instanceof URIError)
      return jsonResponse(400, { error: 'malformed percent-encoding in the path' });
    throw error;
  }
}

/** A control request as each resource reads it. */
interface ControlCall {
  method: string;
  query: URLSearchParams;
  /** The decoded path segments after the resource name: an id, then an action. */
  id: string | undefined;
  action: string | undefined;
  depth: number;
  /** The JSON object body, parsed when a resource asks for it. */
  body: () => Body;
  /** Refuses the request (405) unless its method is one of `allowed`. */
  only: (...allowed: string[]) => void;
}

/** A resource under /__mock: its answer, or undefined for a path it does not have (404). */
type Resource = (mock: MockControls, call: ControlCall) => MockResponse | undefined;

function route(mock: MockControls, { method, path, query, bodyText }: ControlRequest): MockResponse {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [resource = '', id, action] = segments;
  const call: ControlCall = {
    method,
    query,
    id,
    action,
    depth: segments.length,
    body: () => parseBody(bodyText),
    only: (...allowed) => {
      if (!allowed.includes(method))
        throw new MockControlError(405, `${method} is not supported on /__mock${path}`);
    },
  };
  const answer = Object.hasOwn(RESOURCES, resource) ? RESOURCES[resource]?.(mock, call) : undefined;
  if (answer) return answer;
  throw new MockControlError(404, `no control route /__mock${path}`);
}

const index: Resource = (mock, { only }) => {
  only('GET');
  return ok({
    operations: mock.operations(),
    routes: CONTROL_ROUTES,
    tenants: mock.tenants().map(({ apiKey, name, lockout }) => ({ apiKey, name, lockout: lockout.type })),
    users: mock.users(),
    faultHeader:
      'x-mock-fault: delay=<ms> | html-502 | reset | internal-error | rate-limit[=<s>] (comma-separated)',
  });
};

const clock: Resource = (mock, { method, only, body }) => {
  only('GET', 'POST');
  if (method === 'GET') return ok({ now: mock.now().toISOString() });
  const { advanceMs, advanceSeconds, set } = body();
  const given = [advanceMs, advanceSeconds, set].filter((v) => v !== undefined);
  if (given.length !== 1)
    throw new MockControlError(400, 'send exactly one of advanceMs, advanceSeconds, set');
  if (set !== undefined) {
    if (typeof set !== 'string') throw new MockControlError(400, 'set must be an ISO-8601 date-time string');
    return ok({ now: mock.setClock(set).toISOString() });
  }
  const ms = advanceMs ?? (typeof advanceSeconds === 'number' ? advanceSeconds * 1000 : advanceSeconds);
  if (typeof ms !== 'number') throw new MockControlError(400, 'advanceMs / advanceSeconds must be numbers');
  return ok({ now: mock.advanceClock(ms).toISOString() });
};

const secondFactorTokens: Resource = (mock, { id, action, depth, only, body }) => {
  if (id === undefined) {
    only('POST');
    return ok(mock.createSecondFactorToken(loginInput(body())), 201);
  }
  if (action === 'otp' && depth === 3) {
    only('GET');
    return ok(mock.readOtp(id));
  }
  if (action === 'resend' && depth === 3) {
    only('POST');
    return ok(mock.resendOtp(id), 201);
  }
  return undefined;
};

/** The body of `POST /__mock/second-factor-tokens`, checked field by field. */
function loginInput({
  user,
  apiKey,
  isvoiceotp,
  smsTemplate,
  freshUser,
}: Body): CreateSecondFactorTokenInput {
  for (const [name, value] of Object.entries({ user, apiKey, smsTemplate })) {
    if (value !== undefined && typeof value !== 'string')
      throw new MockControlError(400, `${name} must be a string`);
  }
  for (const [name, value] of Object.entries({ isvoiceotp, freshUser })) {
    if (value !== undefined && typeof value !== 'boolean')
      throw new MockControlError(400, `${name} must be a boolean`);
  }
  return {
    ...(freshUser !== undefined ? { freshUser: freshUser as boolean } : {}),
    ...(user !== undefined ? { user: user as string } : {}),
    ...(apiKey !== undefined ? { apiKey: apiKey as string } : {}),
    ...(isvoiceotp !== undefined ? { isvoiceotp: isvoiceotp as boolean } : {}),
    ...(smsTemplate !== undefined ? { smsTemplate: smsTemplate as string } : {}),
  };
}

const faults: Resource = (mock, { method, only, body }) => {
  only('GET', 'POST', 'DELETE');
  if (method === 'DELETE') {
    mock.clearFaults();
    return ok(mock.faults());
  }
  if (method === 'POST') {
    const { fault, times } = body();
    if (typeof fault !== 'string') throw new MockControlError(400, 'fault must be a string, e.g. "html-502"');
    if (times !== undefined && typeof times !== 'number')
      throw new MockControlError(400, 'times must be a number');
    mock.armFault(fault, times === undefined ? {} : { times });
    return ok(mock.faults(), 201);
  }
  return ok(mock.faults());
};

const RESOURCES: Readonly<Record<string, Resource>> = {
  '': index,
  reset: (mock, { only }) => {
    only('POST');
    mock.reset();
    return ok({ reset: true, now: mock.now().toISOString() });
  },
  clock,
  // resolveTenant validates the shape at runtime.
  tenants: (mock, { method, only, body }) => {
    only('GET', 'POST');
    return method === 'GET'
      ? ok(mock.tenants())
      : ok(mock.upsertTenant(body() as unknown as TenantOptions), 201);
  },
  users: (mock, { method, only, body }) => {
    only('GET', 'POST');
    return method === 'GET' ? ok(mock.users()) : ok(mock.addUser(body()), 201);
  },
  'second-factor-tokens': secondFactorTokens,
  outbox: (mock, { query, only }) => {
    only('GET');
    const token = query.get('token');
    return ok(mock.outbox().filter((m) => token === null || m.secondFactorAuthenticationToken === token));
  },
  faults,
  webhooks: (mock, { only }) => {
    only('GET');
    return ok(mock.webhooks());
  },
};

function ok(value: unknown, status = 200): MockResponse {
  return jsonResponse(status, value);
}

function parseBody(text: string): Body {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new MockControlError(400, 'the control API takes a JSON object body');
  }
  if (!isRecord(parsed)) throw new MockControlError(400, 'the control API takes a JSON object body');
  return parsed;
}

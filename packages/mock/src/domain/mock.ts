// The engine: one object that answers any request (every operation of the spec and the control API) and
// exposes the same controls to code. Adapters (node:http server, MSW handlers) only translate requests and
// outcomes.

import { errorResponse, routeError } from '../core/errors.js';
import { BAD_GATEWAY_HTML, type Fault, FaultSyntaxError, parseFault } from '../core/faults.js';
import {
  headerReader,
  JSON_CONTENT,
  jsonResponse,
  type MockOutcome,
  type MockRequest,
  type MockResponse,
  preflightResponse,
  queryReader,
  sleep,
  textResponse,
  withApiCors,
} from '../core/http.js';
import {
  answerFromExamples,
  apiKeyOf,
  type OperationRequest,
  type RouteResult,
  Router,
  VENDOR_SDK_ALIASES,
  validateInputs,
} from '../core/operations.js';
import { randomDigits, randomUuid } from '../core/random.js';
import {
  indexRecorded,
  type RecordedExample,
  type RecordedExamples,
  recordedAnswer,
} from '../core/recorded.js';
import type { SpecOperation } from '../core/spec-types.js';
import { handleControl } from './control.js';
import { STATEFUL_HANDLERS } from './handlers.js';
import {
  DEFAULT_SECURITY_ANSWERS,
  MockControlError,
  type MockOptions,
  resolveTenant,
  resolveUser,
  type Tenant,
  type TenantOptions,
  type UserOptions,
} from './options.js';
import { type Channel, MockState, type OtpMessage, type WebhookEvent } from './state.js';
import { rateLimit } from './verify.js';

export const CONTROL_PREFIX = '/__mock';

/** The request header carrying the control token, when the mock has one. */
export const CONTROL_TOKEN_HEADER = 'x-mock-control-token';

export interface CreateSecondFactorTokenInput {
  /** Uid, UserName, PhoneId or email of the user; default the first user. */
  user?: string;
  /** The tenant the login belongs to; default the first tenant. */
  apiKey?: string;
  /** Send the OTP by voice call instead of SMS, as the first login step's `isvoiceotp=true` does. */
  isvoiceotp?: boolean;
  /** Recorded on the outbox message, as the first login step's `smstemplate2fa`. */
  smsTemplate?: string;
  /**
   * Start the login for a new user made for it (the spec's example profile with a fresh Uid, UserName, email and
   * phone), so tests running in parallel never share failed attempts or lockouts. Excludes `user`.
   */
  freshUser?: boolean;
}

/** A pending login, as the first login step (password) would have started it. */
export interface SecondFactorToken {
  secondFactorAuthenticationToken: string;
  apiKey: string;
  uid: string;
  channel: Channel;
  to: string;
  expiresAt: string;
}

export interface UserSummary {
  uid: string;
  userName: string | null;
  emails: string[];
  phone: string | null;
  securityAnswers: Record<string, string>;
}

export interface MockEngineOptions extends MockOptions {
  /**
   * A secret every control API request must carry in the `x-mock-control-token` header (or as
   * `Authorization: Bearer <token>`). Default: none. The server's `control()` helper sends it.
   */
  controlToken?: string;
  /** Answers recorded by the traffic-check proxy, served when `Prefer: example=<name>` names one. */
  examples?: readonly RecordedExample[];
}

export class Mock {
  private readonly state: MockState;
  private readonly router: Router;
  private readonly recorded: RecordedExamples;
  readonly controlToken: string | undefined;

  constructor(options: MockEngineOptions = {}) {
    const { controlToken, examples, ...rest } = options;
    if (controlToken !== undefined && (typeof controlToken !== 'string' || controlToken === '')) {
      throw new MockControlError(400, 'controlToken must be a non-empty string');
    }
    this.controlToken = controlToken;
    this.state = new MockState(rest);
    this.router = new Router(options.aliases ?? VENDOR_SDK_ALIASES);
    this.recorded = indexRecorded(examples);
  }

  /** Answers one request: an operation of the spec, the control API under `/__mock`, or a vendor-shaped 404. */
  async handle(request: MockRequest): Promise<MockOutcome> {
    let url: URL;
    try {
      url = new URL(request.url, 'http://mock.invalid');
    } catch {
      return withApiCors(routeError(400, 'Bad Request', 'The request target is not a valid URL path.'));
    }
    const method = request.method.toUpperCase();
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const header = headerReader(request.headers);
    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
      const refused = this.guardControl(method, header, request.controlHosts);
      if (refused) return refused;
      return handleControl(this, {
        method,
        path: path.slice(CONTROL_PREFIX.length),
        query: url.searchParams,
        bodyText: request.body ?? '',
      });
    }
    let route: RouteResult;
    try {
      route = this.router.match(method === 'OPTIONS' ? 'GET' : method, path);
    } catch (error) {
      if (!(error instanceof URIError)) throw error;
      return withApiCors(routeError(400, 'Bad Request', 'The path has malformed percent-encoding.'));
    }
    if (method === 'OPTIONS') {
      const methods =
        route.type === 'match' ? [route.operation.method] : route.type === 'method' ? route.allowed : [];
      return preflightResponse(methods, header('access-control-request-headers'));
    }
    if (route.type === 'none') {
      return withApiCors(routeError(404, 'Not Found', `No operation of the API is at ${method} ${path}.`));
    }
    if (route.type === 'method') {
      return withApiCors(
        routeError(
          405,
          'Method Not Allowed',
          `${path} does not take ${method}; it takes ${route.allowed.join(', ')}.`,
          {
            allow: [...route.allowed, 'OPTIONS'].join(', '),
          },
        ),
      );
    }
    return withApiCors(await this.serveOperation(route.operation, route.pathParams, url, header, request));
  }

  private async serveOperation(
    operation: SpecOperation,
    pathParams: Record<string, string>,
    url: URL,
    header: (name: string) => string | undefined,
    request: MockRequest,
  ): Promise<MockOutcome> {
    let fault: Fault | undefined;
    try {
      fault = this.takeFault(header('x-mock-fault'));
    } catch (error) {
      if (error instanceof FaultSyntaxError)
        return routeError(400, 'Bad Request', `x-mock-fault: ${error.message}`);
      throw error;
    }
    if (fault && fault.delayMs > 0 && !(await sleep(fault.delayMs, request.signal))) return { type: 'reset' };
    switch (fault?.action) {
      case 'reset':
        return { type: 'reset' };
      case 'html-502':
        return textResponse(502, BAD_GATEWAY_HTML, 'text/html; charset=utf-8');
      case 'internal-error':
        return errorResponse(7909);
      case 'rate-limit':
        return errorResponse(429, { headers: { 'retry-after': String(fault.retryAfterSeconds ?? 60) } });
    }

    const input: OperationRequest = {
      queryAll: queryReader(url.searchParams),
      header,
      pathParams,
      body: request.body ?? '',
    };
    const apiKey = apiKeyOf(input);
    if (apiKey === undefined || apiKey === '') return errorResponse(922);
    const tenant = this.state.tenants.get(apiKey);
    if (!tenant) return errorResponse(901);
    const limited = rateLimit(this.state, tenant);
    if (limited) return limited;
    const checked = validateInputs(operation, input);
    if ('error' in checked) return checked.error;
    const recorded = recordedAnswer(this.recorded, operation.id, header('prefer'));
    if (recorded) return recorded;
    const handler = STATEFUL_HANDLERS[operation.id];
    if (handler) return handler({ state: this.state, tenant, values: checked.values });
    return answerFromExamples(operation, header('prefer'));
  }

  /**
   * The control API answers only same-origin, JSON-typed requests to the bound host, with the token when one is
   * set: a web page (any origin, `text/plain` forms, a DNS-rebound name) cannot read OTPs or change the mock.
   */
  private guardControl(
    method: string,
    header: (name: string) => string | undefined,
    hosts: readonly string[] | undefined,
  ): MockResponse | undefined {
    const host = header('host')?.toLowerCase();
    if (hosts && (host === undefined || !hosts.includes(host))) {
      return jsonResponse(403, {
        error: 'the control API answers only requests addressed to the host it is bound to',
      });
    }
    const origin = header('origin');
    if (origin !== undefined && (host === undefined || origin.toLowerCase() !== `http://${host}`)) {
      return jsonResponse(403, { error: 'the control API refuses cross-origin browser requests' });
    }
    if (method === 'OPTIONS') {
      return jsonResponse(403, { error: 'the control API refuses cross-origin browser requests' });
    }
    if (this.controlToken !== undefined) {
      const bearer = /^Bearer\s+(.+)$/i.exec(header('authorization') ?? '')?.[1];
      const given = header(CONTROL_TOKEN_HEADER) ?? bearer;
      if (given === undefined || !sameSecret(given, this.controlToken)) {
        return jsonResponse(401, {
          error: `the control API needs its token in the ${CONTROL_TOKEN_HEADER} header`,
        });
      }
    }
    if (method !== 'GET' && method !== 'HEAD' && !JSON_CONTENT.test(header('content-type')?.trim() ?? '')) {
      return jsonResponse(415, {
        error: 'control requests other than GET must be sent with Content-Type: application/json',
      });
    }
    return undefined;
  }

  /** The header's fault for this request, else the next armed one (which it then consumes). */
  private takeFault(headerValue: string | undefined): Fault | undefined {
    if (headerValue !== undefined && headerValue.trim() !== '') return parseFault(headerValue);
    const armed = this.state.faults[0];
    if (!armed) return undefined;
    if (--armed.remaining <= 0) this.state.faults.shift();
    return armed.parsed;
  }

  // ---- controls (the control API calls exactly these) ----

  /** The routes served: every operation of the spec, then the aliases. */
  operations(): { operationId: string; method: string; path: string }[] {
    return this.router.list();
  }

  /** The mock clock: wall time plus every `advanceClock`. */
  now(): Date {
    return new Date(this.state.now());
  }

  advanceClock(ms: number): Date {
    return new Date(this.state.advanceClock(ms));
  }

  setClock(at: Date | string | number): Date {
    return new Date(this.state.setClock(new Date(at).getTime()));
  }

  /** Back to the startup configuration; every login, lockout, message, fault and clock offset is dropped. */
  reset(): void {
    this.state.reset();
  }

  tenants(): Tenant[] {
    return [...this.state.tenants.values()].map((t) => structuredClone(t));
  }

  /** Adds a tenant or replaces the one with the same API key (until the next reset). */
  upsertTenant(options: TenantOptions): Tenant {
    const tenant = resolveTenant(options);
    this.state.addTenant(tenant);
    return structuredClone(tenant);
  }

  users(): UserSummary[] {
    return this.state.users().map(summary);
  }

  /** Adds a user built from the spec's example profile with `profile` merged over it (until the next reset). */
  addUser(options: UserOptions = {}): UserSummary {
    const user = resolveUser(options, this.state.userCount());
    this.state.addUser(user);
    return summary(user);
  }

  /** Starts a login for a user, as the first login step does, and "sends" its OTP (see `readOtp`). */
  createSecondFactorToken(input: CreateSecondFactorTokenInput = {}): SecondFactorToken {
    if (input.freshUser && input.user !== undefined) {
      throw new MockControlError(400, 'give either user or freshUser, not both');
    }
    const user = input.freshUser ? this.addUser(freshUserOptions()).uid : input.user;
    const login = this.state.startLogin({
      ...(input.apiKey !== undefined ? { apiKey: input.apiKey } : {}),
      ...(user !== undefined ? { user } : {}),
      channel: input.isvoiceotp ? 'voice' : 'sms',
      ...(input.smsTemplate !== undefined ? { template: input.smsTemplate } : {}),
    });
    return {
      secondFactorAuthenticationToken: login.token,
      apiKey: login.apiKey,
      uid: login.uid,
      channel: login.channel,
      to: login.to,
      expiresAt: new Date(login.expiresAt).toISOString(),
    };
  }

  /** The last OTP sent for a second-factor token. */
  readOtp(secondFactorAuthenticationToken: string): OtpMessage {
    const message = this.state.login(secondFactorAuthenticationToken).lastMessage;
    if (!message) throw new MockControlError(404, 'no OTP was sent for that second-factor token');
    return { ...message };
  }

  /** Sends a new OTP for a pending login (as the vendor's resend call does); the previous one stops working. */
  resendOtp(secondFactorAuthenticationToken: string): OtpMessage {
    const login = this.state.login(secondFactorAuthenticationToken);
    if (login.usedOtp !== undefined) throw new MockControlError(409, 'that login is already complete');
    if (this.state.now() >= login.expiresAt)
      throw new MockControlError(409, 'that second-factor token has expired');
    return { ...this.state.sendOtp(login) };
  }

  /** The OTPs sent, oldest first (the newest `limits.outbox` of them). */
  outbox(): OtpMessage[] {
    return [...this.state.outbox.values()].map((m) => ({ ...m }));
  }

  /** Arms a fault (same syntax as the `x-mock-fault` header) for the next `times` endpoint requests. */
  armFault(fault: string, options: { times?: number } = {}): void {
    const times = options.times ?? 1;
    if (!Number.isSafeInteger(times) || times < 1)
      throw new MockControlError(400, 'times must be a positive integer');
    let parsed: Fault;
    try {
      parsed = parseFault(fault);
    } catch (error) {
      if (error instanceof FaultSyntaxError) throw new MockControlError(400, error.message);
      throw error;
    }
    this.state.faults.push({ fault, parsed, remaining: times });
  }

  faults(): { fault: string; remaining: number }[] {
    return this.state.faults.map(({ fault, remaining }) => ({ fault, remaining }));
  }

  clearFaults(): void {
    this.state.faults = [];
  }

  /** Webhook events the endpoint fired (none when `X-PreventWebhook` / `prevent_webhook` said so). */
  webhooks(): WebhookEvent[] {
    return [...this.state.webhooks.values()].map((e) => ({ ...e }));
  }
}

function summary(user: {
  uid: string;
  profile: object;
  securityAnswers: Record<string, string>;
}): UserSummary {
  const p = user.profile as Record<string, unknown>;
  const emails = Array.isArray(p.Email) ? (p.Email as { Value?: unknown }[]) : [];
  return {
    uid: user.uid,
    userName: typeof p.UserName === 'string' ? p.UserName : null,
    emails: emails.flatMap((e) => (typeof e?.Value === 'string' ? [e.Value] : [])),
    phone: typeof p.PhoneId === 'string' ? p.PhoneId : null,
    securityAnswers: { ...user.securityAnswers },
  };
}

/** A user unlike every other: the example profile with a new Uid, UserName, email and phone number. */
function freshUserOptions(): UserOptions {
  const id = randomUuid();
  const digits = randomDigits(7);
  return {
    profile: {
      Uid: id,
      UserName: `user-${id}`,
      Email: [{ Type: 'Primary', Value: `user-${id}@example.com` }],
      PhoneId: `+1-555-${digits.slice(0, 3)}-${digits.slice(3)}`,
    },
    securityAnswers: { ...DEFAULT_SECURITY_ANSWERS },
  };
}

/** Compares two secrets in time independent of where they differ. */
function sameSecret(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** Creates a mock engine; hand it to `startMockServer({ mock })` or `createHandlers(mock)`. */
export function createMock(options: MockEngineOptions = {}): Mock {
  return new Mock(options);
}

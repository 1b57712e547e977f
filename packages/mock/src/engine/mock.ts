// The engine: one object that answers any request (the endpoint and the control API) and exposes the same
// controls to code. Adapters (node:http server, MSW handlers) only translate requests and outcomes.
import { handleControl } from './control.js';
import { errorResponse } from './errors.js';
import { BAD_GATEWAY_HTML, type Fault, FaultSyntaxError, parseFault } from './faults.js';
import {
  headerReader,
  jsonResponse,
  type MockOutcome,
  type MockRequest,
  preflightResponse,
  queryReader,
  sleep,
  textResponse,
} from './http.js';
import {
  MockControlError,
  type MockOptions,
  resolveTenant,
  resolveUser,
  type Tenant,
  type TenantOptions,
  type UserOptions,
} from './options.js';
import { type Channel, MockState, type OtpMessage, type WebhookEvent } from './state.js';
import { verifySmsOtp } from './verify.js';

export const ENDPOINT_PATH = '/identity/v2/auth/login/2fa/sms';
export const CONTROL_PREFIX = '/__mock';

export interface CreateSecondFactorTokenInput {
  /** Uid, UserName, PhoneId or email of the user; default the first user. */
  user?: string;
  /** The tenant the login belongs to; default the first tenant. */
  apiKey?: string;
  /** Send the OTP by voice call instead of SMS, as the first login step's `isvoiceotp=true` does. */
  isvoiceotp?: boolean;
  /** Recorded on the outbox message, as the first login step's `smstemplate2fa`. */
  smsTemplate?: string;
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

export class Mock {
  private readonly state: MockState;

  constructor(options: MockOptions = {}) {
    this.state = new MockState(options);
  }

  /** Answers one request: the endpoint, the control API under `/__mock`, or a 404. */
  async handle(request: MockRequest): Promise<MockOutcome> {
    const url = new URL(request.url, 'http://mock.invalid');
    const method = request.method.toUpperCase();
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const header = headerReader(request.headers);
    if (method === 'OPTIONS') return preflightResponse();
    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
      return handleControl(this, {
        method,
        path: path.slice(CONTROL_PREFIX.length),
        query: url.searchParams,
        bodyText: request.body ?? '',
      });
    }
    // The vendor's IIS front end matches paths case-insensitively.
    if (path.toLowerCase() !== ENDPOINT_PATH) {
      return jsonResponse(404, {
        error: `no route ${method} ${path}: the mock serves PUT ${ENDPOINT_PATH} and its control API under ${CONTROL_PREFIX}/`,
      });
    }
    if (method !== 'PUT') {
      return jsonResponse(405, { error: `${ENDPOINT_PATH} only accepts PUT` }, { allow: 'PUT, OPTIONS' });
    }

    let fault: Fault | undefined;
    try {
      fault = this.takeFault(header('x-mock-fault'));
    } catch (error) {
      if (error instanceof FaultSyntaxError)
        return jsonResponse(400, { error: `x-mock-fault: ${error.message}` });
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
    return verifySmsOtp(this.state, {
      query: queryReader(url.searchParams),
      header,
      body: request.body ?? '',
    });
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
    return this.state.users.map(summary);
  }

  /** Adds a user built from the spec's example profile with `profile` merged over it (until the next reset). */
  addUser(options: UserOptions = {}): UserSummary {
    const user = resolveUser(options, this.state.users.length);
    this.state.addUser(user);
    return summary(user);
  }

  /** Starts a login for a user, as the first login step does, and "sends" its OTP (see `readOtp`). */
  createSecondFactorToken(input: CreateSecondFactorTokenInput = {}): SecondFactorToken {
    const login = this.state.startLogin({
      ...(input.apiKey !== undefined ? { apiKey: input.apiKey } : {}),
      ...(input.user !== undefined ? { user: input.user } : {}),
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
    this.state.login(secondFactorAuthenticationToken);
    const message = [...this.state.outbox]
      .reverse()
      .find((m) => m.secondFactorAuthenticationToken === secondFactorAuthenticationToken);
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

  /** Every OTP sent, oldest first. */
  outbox(): OtpMessage[] {
    return this.state.outbox.map((m) => ({ ...m }));
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
    return this.state.webhooks.map((e) => ({ ...e }));
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

/** Creates a mock engine; hand it to `startMockServer({ mock })` or `createHandlers(mock)`. */
export function createMock(options: MockOptions = {}): Mock {
  return new Mock(options);
}

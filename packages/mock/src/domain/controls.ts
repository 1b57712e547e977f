// The mock's controls, as code calls them (`mock.readOtp(…)`) and the control API under /__mock serves them:
// the clock, tenants, users, logins and their OTPs, armed faults and webhooks, all on the mock's state.
import { type Fault, FaultSyntaxError, parseFault } from '../core/faults.js';
import type { Router } from '../core/operations.js';
import { MockControlError } from './input.js';
import type { Channel, MockState, OtpMessage, WebhookEvent } from './state.js';
import { resolveTenant, type Tenant, type TenantOptions } from './tenants.js';
import { freshUserOptions, resolveUser, summary, type UserOptions, type UserSummary } from './users.js';

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

export class MockControls {
  constructor(
    protected readonly state: MockState,
    private readonly router: Router,
  ) {}

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
    this.state.faults.arm(fault, parsed, times);
  }

  faults(): { fault: string; remaining: number }[] {
    return this.state.faults.list();
  }

  clearFaults(): void {
    this.state.faults.clear();
  }

  /** Webhook events the endpoint fired (none when `X-PreventWebhook` / `prevent_webhook` said so). */
  webhooks(): WebhookEvent[] {
    return [...this.state.webhooks.values()].map((e) => ({ ...e }));
  }
}

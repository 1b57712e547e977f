// The mock's in-memory world: tenants, users, their accounts per tenant (failed attempts, lockouts), pending
// logins with the OTPs "sent" for them, and the mock clock. Shared by the endpoint and the control API.
import type { Profile } from '@lr-mfa/types';
import type { Fault } from './faults.js';
import {
  DEFAULT_TENANTS,
  DEFAULT_USERS,
  MockControlError,
  type MockOptions,
  resolveTenant,
  resolveUser,
  type Tenant,
  type User,
} from './options.js';
import { randomDigits, randomUuid } from './random.js';

export type Lock = { type: 'suspend'; until: number } | { type: 'captcha' } | { type: 'securityQuestion' };

/** A user as seen by one tenant: each tenant (app) has its own attempts, lockout and login counter. */
export interface Account {
  profile: Profile;
  failedAttempts: number;
  lock?: Lock;
}

export type Channel = 'sms' | 'voice';

export interface PendingLogin {
  token: string;
  apiKey: string;
  uid: string;
  channel: Channel;
  to: string;
  template?: string;
  expiresAt: number;
  /** The OTP currently valid; cleared when it is used. */
  otp?: { code: string; expiresAt: number };
  /** The OTP that completed this login: sending it again is error 1068. */
  usedOtp?: string;
}

/** An OTP "sent" to a user, as the control API shows it. */
export interface OtpMessage {
  secondFactorAuthenticationToken: string;
  channel: Channel;
  /** The user's phone number (`Profile.PhoneId`). */
  to: string;
  otp: string;
  text: string;
  template?: string;
  sentAt: string;
  expiresAt: string;
}

export interface WebhookEvent {
  event: 'Login';
  uid: string;
  apiKey: string;
  at: string;
}

export interface ArmedFault {
  fault: string;
  parsed: Fault;
  remaining: number;
}

export class MockState {
  tenants = new Map<string, Tenant>();
  users: User[] = [];
  accounts = new Map<string, Account>();
  logins = new Map<string, PendingLogin>();
  outbox: OtpMessage[] = [];
  webhooks: WebhookEvent[] = [];
  faults: ArmedFault[] = [];
  rateWindows = new Map<string, { start: number; count: number }>();
  private clockOffset = 0;
  private readonly wallClock: () => number;
  private readonly generateOtp: () => string;

  constructor(private readonly options: MockOptions = {}) {
    this.wallClock = options.now ?? Date.now;
    this.generateOtp = options.generateOtp ?? (() => randomDigits(6));
    this.reset();
  }

  /** Back to the configuration the mock was created with: clears every login, lockout, fault and the clock. */
  reset(): void {
    const tenants = (this.options.tenants ?? DEFAULT_TENANTS).map(resolveTenant);
    const users = (this.options.users ?? DEFAULT_USERS).map(resolveUser);
    if (tenants.length === 0) throw new MockControlError(400, 'the mock needs at least one tenant');
    if (users.length === 0) throw new MockControlError(400, 'the mock needs at least one user');
    this.tenants = new Map();
    for (const tenant of tenants) this.addTenant(tenant);
    this.users = [];
    for (const user of users) this.addUser(user);
    this.accounts.clear();
    this.logins.clear();
    this.outbox = [];
    this.webhooks = [];
    this.faults = [];
    this.rateWindows.clear();
    this.clockOffset = 0;
  }

  now(): number {
    return this.wallClock() + this.clockOffset;
  }

  advanceClock(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new MockControlError(400, 'the clock only moves forward');
    this.clockOffset += ms;
    return this.now();
  }

  setClock(at: number): number {
    if (!Number.isFinite(at)) throw new MockControlError(400, 'not a valid date');
    this.clockOffset = at - this.wallClock();
    return this.now();
  }

  addTenant(tenant: Tenant): void {
    this.tenants.set(tenant.apiKey, tenant);
    // A changed policy starts from a clean slate for that tenant's rate window.
    this.rateWindows.delete(tenant.apiKey);
  }

  addUser(user: User): void {
    if (this.users.some((u) => u.uid === user.uid)) {
      throw new MockControlError(409, `a user with Uid ${user.uid} already exists`);
    }
    this.users.push(user);
  }

  tenant(apiKey: string | undefined): Tenant {
    const tenant = apiKey === undefined ? this.tenants.values().next().value : this.tenants.get(apiKey);
    if (!tenant) throw new MockControlError(404, 'no tenant with that API key');
    return tenant;
  }

  /** Finds a user by Uid, UserName, PhoneId or any email address; the first user when none is named. */
  user(ref: string | undefined): User {
    if (ref === undefined) return this.users[0] as User;
    const wanted = ref.toLowerCase();
    const found = this.users.find((u) => {
      const p = u.profile as Record<string, unknown>;
      const emails = Array.isArray(p.Email) ? (p.Email as { Value?: unknown }[]) : [];
      return (
        u.uid === ref ||
        (typeof p.UserName === 'string' && p.UserName.toLowerCase() === wanted) ||
        p.PhoneId === ref ||
        emails.some((e) => typeof e?.Value === 'string' && e.Value.toLowerCase() === wanted)
      );
    });
    if (!found) throw new MockControlError(404, `no user matches "${ref}" (Uid, UserName, PhoneId or email)`);
    return found;
  }

  account(apiKey: string, uid: string): Account {
    const key = `${apiKey}\u0000${uid}`;
    let account = this.accounts.get(key);
    if (!account) {
      const user = this.users.find((u) => u.uid === uid);
      if (!user) throw new MockControlError(404, `no user with Uid ${uid}`);
      account = { profile: structuredClone(user.profile), failedAttempts: 0 };
      this.accounts.set(key, account);
    }
    return account;
  }

  /** Starts a pending login, as the first login step does, and sends its first OTP. */
  startLogin(input: { apiKey?: string; user?: string; channel: Channel; template?: string }): PendingLogin {
    const tenant = this.tenant(input.apiKey);
    const user = this.user(input.user);
    if (input.channel === 'voice' && !tenant.voiceOtp) {
      throw new MockControlError(409, `voice OTP is not configured for tenant "${tenant.name}"`);
    }
    const phone = (user.profile as Record<string, unknown>).PhoneId;
    if (typeof phone !== 'string' || phone === '') {
      throw new MockControlError(409, `user ${user.uid} has no PhoneId to send an OTP to`);
    }
    const login: PendingLogin = {
      token: randomUuid(),
      apiKey: tenant.apiKey,
      uid: user.uid,
      channel: input.channel,
      to: phone,
      expiresAt: this.now() + tenant.secondFactorTokenTtlSeconds * 1000,
      ...(input.template ? { template: input.template } : {}),
    };
    this.logins.set(login.token, login);
    this.sendOtp(login);
    return login;
  }

  /** Sends a fresh OTP for a pending login; earlier OTPs stop being valid. */
  sendOtp(login: PendingLogin): OtpMessage {
    const tenant = this.tenant(login.apiKey);
    const code = this.generateOtp();
    const sentAt = this.now();
    const expiresAt = sentAt + tenant.otpTtlSeconds * 1000;
    login.otp = { code, expiresAt };
    const message: OtpMessage = {
      secondFactorAuthenticationToken: login.token,
      channel: login.channel,
      to: login.to,
      otp: code,
      text:
        login.channel === 'voice'
          ? `Your verification code is ${code.split('').join(' ')}.`
          : `Your verification code is ${code}. It expires in ${Math.round(tenant.otpTtlSeconds / 60)} minutes.`,
      ...(login.template ? { template: login.template } : {}),
      sentAt: new Date(sentAt).toISOString(),
      expiresAt: new Date(expiresAt).toISOString(),
    };
    this.outbox.push(message);
    return message;
  }

  login(token: string): PendingLogin {
    const login = this.logins.get(token);
    if (!login) throw new MockControlError(404, 'no pending login with that second-factor token');
    return login;
  }
}

// The mock's in-memory world: tenants, users, their accounts per tenant (failed attempts, lockouts), pending
// logins with the OTPs "sent" for them, and the mock clock. Shared by the endpoint and the control API.
import type { Profile } from '@lr-mfa/types';
import { FaultQueue } from '../core/faults.js';
import { randomDigits, randomUuid } from '../core/random.js';
import { FixedWindowLimiter } from '../core/rate-limit.js';
import { MockControlError } from './input.js';
import { type MockLimits, resolveLimits } from './limits.js';
import type { MockOptions } from './options.js';
import { DEFAULT_TENANTS, resolveTenant, type Tenant } from './tenants.js';
import { DEFAULT_USERS, resolveUser, type User } from './users.js';

export type Lock = { type: 'suspend'; until: number } | { type: 'captcha' } | { type: 'securityQuestion' };

/** A user as seen by one tenant: each tenant (app) has its own attempts, lockout and login counter. */
export interface Account {
  profile: Profile;
  failedAttempts: number;
  lock?: Lock;
  /** The profile as JSON with markers where the login counters go: serialized once, not per login. */
  profileTemplate?: string;
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
  /** The OTP that completed this login: sending it again is error 1068, any other OTP 1103 (a spent token). */
  usedOtp?: string;
  /** The last message sent for this login (`readOtp`). */
  lastMessage?: OtpMessage;
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

/**
 * The range of the mock clock: four-digit years. Any lifetime a tenant may set (at most 100 years, see
 * tenants.ts) added to a time in this range is still a date, so every time the mock reports can be formatted.
 */
const CLOCK_MIN = Date.parse('0001-01-01T00:00:00.000Z');
const CLOCK_MAX = Date.parse('9999-12-31T23:59:59.999Z');

/** How long an expired login is kept, so its token answers 1104 (expired) rather than 1103 (unknown). */
const EXPIRED_LOGIN_RETENTION_MS = 15 * 60_000;

/** A first-in first-out store with a cap: adding beyond it drops the oldest entry. Lookups are O(1). */
class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly cap: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Inserts (or moves to the newest position) and evicts the oldest entries over the cap. */
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.cap) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.map.delete(oldest.value);
    }
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  /** Drops entries from the oldest while `expired` says so (entries are roughly in expiry order). */
  pruneOldest(expired: (value: V) => boolean): void {
    for (const [key, value] of this.map) {
      if (!expired(value)) return;
      this.map.delete(key);
    }
  }

  values(): IterableIterator<V> {
    return this.map.values();
  }

  clear(): void {
    this.map.clear();
  }
}

export class MockState {
  tenants: Map<string, Tenant> = new Map();
  /** The configured users (never evicted), by Uid. */
  configuredUsers: Map<string, User> = new Map();
  /** Users added at run time, by Uid, oldest first. */
  addedUsers: BoundedMap<string, User>;
  accounts: BoundedMap<string, Account>;
  /** Logins waiting for their OTP, oldest first. */
  pending: BoundedMap<string, PendingLogin>;
  /** Completed logins, kept for 1068 on a replayed OTP. */
  completed: BoundedMap<string, PendingLogin>;
  outbox: BoundedMap<number, OtpMessage>;
  webhooks: BoundedMap<number, WebhookEvent>;
  /** Faults armed through the controls; the dispatcher consumes them. */
  readonly faults: FaultQueue = new FaultQueue();
  /** Each tenant's quota window, by API key. */
  readonly rateLimiter: FixedWindowLimiter = new FixedWindowLimiter();
  private clockOffset = 0;
  private sequence = 0;
  private readonly wallClock: () => number;
  private readonly generateOtp: () => string;
  readonly limits: Required<MockLimits>;

  constructor(private readonly options: MockOptions = {}) {
    // Read Date.now on every call, not once: fake timers (vitest, jest, sinon) replace it after the mock exists.
    this.wallClock = options.now ?? (() => Date.now());
    this.generateOtp = options.generateOtp ?? (() => randomDigits(6));
    this.limits = resolveLimits(options.limits);
    this.addedUsers = new BoundedMap(this.limits.addedUsers);
    // An account exists per tenant and user; its cap follows the users it can belong to.
    this.accounts = new BoundedMap(this.limits.addedUsers + 1_000);
    this.pending = new BoundedMap(this.limits.pendingLogins);
    this.completed = new BoundedMap(this.limits.completedLogins);
    this.outbox = new BoundedMap(this.limits.outbox);
    this.webhooks = new BoundedMap(this.limits.webhooks);
    this.reset();
  }

  /** Back to the configuration the mock was created with: clears every login, lockout, fault and the clock. */
  reset(): void {
    const tenants = (this.options.tenants ?? DEFAULT_TENANTS).map(resolveTenant);
    const users = (this.options.users ?? DEFAULT_USERS).map((u, i) => resolveUser(u, i));
    if (tenants.length === 0) throw new MockControlError(400, 'the mock needs at least one tenant');
    if (users.length === 0) throw new MockControlError(400, 'the mock needs at least one user');
    this.tenants = new Map();
    for (const tenant of tenants) this.addTenant(tenant);
    this.configuredUsers = new Map();
    this.addedUsers.clear();
    for (const user of users) {
      if (this.configuredUsers.has(user.uid))
        throw new MockControlError(409, `a user with Uid ${user.uid} already exists`);
      this.configuredUsers.set(user.uid, user);
    }
    this.accounts.clear();
    this.pending.clear();
    this.completed.clear();
    this.outbox.clear();
    this.webhooks.clear();
    this.faults.clear();
    this.rateLimiter.clear();
    this.clockOffset = 0;
  }

  now(): number {
    return this.wallClock() + this.clockOffset;
  }

  advanceClock(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new MockControlError(400, 'the clock only moves forward');
    return this.setClock(this.now() + ms);
  }

  setClock(at: number): number {
    if (!Number.isFinite(at)) throw new MockControlError(400, 'not a valid date');
    if (at < CLOCK_MIN || at > CLOCK_MAX)
      throw new MockControlError(400, 'the mock clock stays between 0001-01-01 and 9999-12-31');
    this.clockOffset = at - this.wallClock();
    return this.now();
  }

  addTenant(tenant: Tenant): void {
    this.tenants.set(tenant.apiKey, tenant);
    // A changed policy starts from a clean slate for that tenant's rate window.
    this.rateLimiter.forget(tenant.apiKey);
  }

  addUser(user: User): void {
    if (this.userByUid(user.uid)) {
      throw new MockControlError(409, `a user with Uid ${user.uid} already exists`);
    }
    this.addedUsers.set(user.uid, user);
  }

  /** Every user: the configured ones, then those added at run time. */
  users(): User[] {
    return [...this.configuredUsers.values(), ...this.addedUsers.values()];
  }

  userCount(): number {
    return this.configuredUsers.size + this.addedUsers.size;
  }

  userByUid(uid: string): User | undefined {
    return this.configuredUsers.get(uid) ?? this.addedUsers.get(uid);
  }

  tenant(apiKey: string | undefined): Tenant {
    const tenant = apiKey === undefined ? this.tenants.values().next().value : this.tenants.get(apiKey);
    if (!tenant) throw new MockControlError(404, 'no tenant with that API key');
    return tenant;
  }

  /** Finds a user by Uid, UserName, PhoneId or any email address; the first user when none is named. */
  user(ref: string | undefined): User {
    if (ref === undefined) return this.configuredUsers.values().next().value as User;
    const byUid = this.userByUid(ref);
    if (byUid) return byUid;
    const wanted = ref.toLowerCase();
    const found = this.users().find((u) => {
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
      const user = this.userByUid(uid);
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
    this.prune();
    this.pending.set(login.token, login);
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
    login.lastMessage = message;
    this.outbox.set(++this.sequence, message);
    return message;
  }

  /** A pending or completed login by its token (O(1)). */
  findLogin(token: string): PendingLogin | undefined {
    return this.pending.get(token) ?? this.completed.get(token);
  }

  /**
   * The login a second-factor token names for the tenant `apiKey`, after pruning expired state. Undefined for a
   * token of another tenant, or one whose user was evicted (limits.addedUsers): the API answers those as it
   * answers a made-up token.
   */
  tenantLogin(token: string, apiKey: string): PendingLogin | undefined {
    this.prune();
    const login = this.findLogin(token);
    return login && login.apiKey === apiKey && this.userByUid(login.uid) ? login : undefined;
  }

  login(token: string): PendingLogin {
    const login = this.findLogin(token);
    if (!login) throw new MockControlError(404, 'no pending login with that second-factor token');
    return login;
  }

  /** Moves a login whose OTP was accepted out of the pending logins. */
  complete(login: PendingLogin): void {
    this.pending.delete(login.token);
    this.completed.set(login.token, login);
  }

  recordWebhook(event: WebhookEvent): void {
    this.webhooks.set(++this.sequence, event);
  }

  /** Drops logins, and the outbox messages of OTPs, that expired longer ago than the retention. */
  prune(): void {
    const horizon = this.now() - EXPIRED_LOGIN_RETENTION_MS;
    this.pending.pruneOldest((login) => login.expiresAt <= horizon);
    this.completed.pruneOldest((login) => login.expiresAt <= horizon);
    this.outbox.pruneOldest((message) => Date.parse(message.expiresAt) <= horizon);
  }
}

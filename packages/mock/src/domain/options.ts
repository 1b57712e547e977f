// Configuration of the mock: tenants (API keys and their security policies) and users. Options arrive from
// code, from the CLI's JSON config and from the control API, so they are validated at runtime too.
import type { Profile } from '@lr-mfa/types';
import type { RouteAlias } from '../core/operations.js';
import { randomUuid } from '../core/random.js';
import { exampleProfile } from '../generated/spec-data.js';
import type { MockLimits } from './state.js';

/** What happens after `maxAttempts` wrong OTPs in a row for one account. */
export type LockoutPolicy =
  | { type: 'none' }
  /** 1198 with `Data.LoginLockedTimeout` until `suspendSeconds` have passed. */
  | { type: 'suspend'; maxAttempts?: number; suspendSeconds?: number }
  /**
   * 1132 until a request carries a captcha response (`g-recaptcha-response`, `h-captcha-response` or the QQ
   * ticket pair). Any non-empty response passes except those in `rejectedResponses` (1218).
   */
  | { type: 'captcha'; maxAttempts?: number; rejectedResponses?: string[] }
  /** 1148 until a request carries a correct `securityanswer` for the user. */
  | { type: 'securityQuestion'; maxAttempts?: number };

/** A tenant's API key and policies. Every lifetime (`…Seconds`) is at most 100 years. */
export interface TenantOptions {
  apiKey: string;
  /** Shown by the CLI and the control API. */
  name?: string;
  /** Default: suspend for 15 minutes after 3 wrong OTPs. */
  lockout?: LockoutPolicy;
  /** Fixed window per API key; `null` (the default) disables it. Time runs on the mock clock. */
  rateLimit?: { requests: number; windowSeconds: number } | null;
  /** Whether voice OTP is configured (error 1281 on `isvoiceotp=true` otherwise). Default true. */
  voiceOtp?: boolean;
  /** Lifetime of a second-factor token (error 1104 after it). Default 900. */
  secondFactorTokenTtlSeconds?: number;
  /** Lifetime of each OTP sent (error 1069 after it). Default 300. */
  otpTtlSeconds?: number;
  /** Lifetime of the access token issued on success, reflected in `expires_in`. Default 3600. */
  accessTokenTtlSeconds?: number;
}

/** A tenant with every default filled in, as the mock uses it. */
export interface Tenant {
  apiKey: string;
  name: string;
  lockout:
    | Required<Extract<LockoutPolicy, { type: 'suspend' }>>
    | Required<Extract<LockoutPolicy, { type: 'captcha' }>>
    | Required<Extract<LockoutPolicy, { type: 'securityQuestion' }>>
    | { type: 'none' };
  rateLimit: { requests: number; windowSeconds: number } | null;
  voiceOtp: boolean;
  secondFactorTokenTtlSeconds: number;
  otpTtlSeconds: number;
  accessTokenTtlSeconds: number;
}

export interface UserOptions {
  /** Merged over the spec's example profile (top-level fields replace the example's). */
  profile?: Partial<Profile>;
  /** Security-question id → answer, for the security-question lockout. */
  securityAnswers?: Record<string, string>;
}

export interface User {
  uid: string;
  profile: Profile;
  securityAnswers: Record<string, string>;
}

export interface MockOptions {
  /** Replaces the default tenants (see DEFAULT_TENANTS). */
  tenants?: TenantOptions[];
  /** Replaces the default user (the spec's example profile). */
  users?: UserOptions[];
  /** Makes OTPs predictable, e.g. `() => '123456'`. Default: 6 random digits. */
  generateOtp?: () => string;
  /**
   * The wall clock the mock clock is offset from, in epoch milliseconds. Default: `Date.now()` read on every
   * call, so fake timers (`vi.useFakeTimers()`, jest, sinon) move the mock clock with the test's clock.
   */
  now?: () => number;
  /** Caps on what the mock remembers (logins, outbox, webhook events, added users); see MockLimits. */
  limits?: MockLimits;
  /**
   * Other paths under which operations are served. Default: the vendor SDKs' older paths
   * (VENDOR_SDK_ALIASES); `[]` serves the spec's paths only.
   */
  aliases?: RouteAlias[];
}

export const DEFAULT_TENANTS: readonly TenantOptions[] = [
  { apiKey: 'mock-api-key', name: 'suspend lockout', lockout: { type: 'suspend' } },
  { apiKey: 'mock-api-key-captcha', name: 'reCAPTCHA lockout', lockout: { type: 'captcha' } },
  {
    apiKey: 'mock-api-key-security-question',
    name: 'security-question lockout',
    lockout: { type: 'securityQuestion' },
  },
];

export const DEFAULT_SECURITY_ANSWERS: Readonly<Record<string, string>> = { 'city-of-birth': 'Springfield' };

export const DEFAULT_USERS: readonly UserOptions[] = [{ securityAnswers: { ...DEFAULT_SECURITY_ANSWERS } }];

/** A configuration mistake, reported by the control API as a 4xx with this message. */
export class MockControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'MockControlError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function positiveInt(value: unknown, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new MockControlError(400, `${name} must be a positive integer`);
  }
  return value;
}

/** The longest lifetime a tenant may set, in seconds (100 years): any longer would end past every date. */
const MAX_LIFETIME_SECONDS = 100 * 365 * 24 * 3600;

/** A lifetime in seconds: a positive integer of at most MAX_LIFETIME_SECONDS. */
function lifetime(value: unknown, name: string, fallback?: number): number {
  const seconds = positiveInt(value, name, fallback);
  if (seconds > MAX_LIFETIME_SECONDS)
    throw new MockControlError(400, `${name} must be at most ${MAX_LIFETIME_SECONDS} seconds (100 years)`);
  return seconds;
}

export function resolveTenant(input: unknown): Tenant {
  if (!isRecord(input)) throw new MockControlError(400, 'a tenant must be an object');
  const { apiKey, name, lockout = { type: 'suspend' }, rateLimit = null, voiceOtp = true } = input;
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new MockControlError(400, 'tenant.apiKey must be a non-empty string');
  }
  if (name !== undefined && typeof name !== 'string')
    throw new MockControlError(400, 'tenant.name must be a string');
  if (typeof voiceOtp !== 'boolean') throw new MockControlError(400, 'tenant.voiceOtp must be a boolean');
  if (rateLimit !== null && !isRecord(rateLimit)) {
    throw new MockControlError(400, 'tenant.rateLimit must be { requests, windowSeconds } or null');
  }
  return {
    apiKey,
    name: name ?? apiKey,
    lockout: resolveLockout(lockout),
    rateLimit: rateLimit && {
      requests: positiveInt(rateLimit.requests, 'tenant.rateLimit.requests'),
      windowSeconds: lifetime(rateLimit.windowSeconds, 'tenant.rateLimit.windowSeconds'),
    },
    voiceOtp,
    secondFactorTokenTtlSeconds: lifetime(
      input.secondFactorTokenTtlSeconds,
      'tenant.secondFactorTokenTtlSeconds',
      900,
    ),
    otpTtlSeconds: lifetime(input.otpTtlSeconds, 'tenant.otpTtlSeconds', 300),
    accessTokenTtlSeconds: lifetime(input.accessTokenTtlSeconds, 'tenant.accessTokenTtlSeconds', 3600),
  };
}

function resolveLockout(input: unknown): Tenant['lockout'] {
  if (!isRecord(input)) throw new MockControlError(400, 'tenant.lockout must be an object');
  const maxAttempts = () => positiveInt(input.maxAttempts, 'tenant.lockout.maxAttempts', 3);
  switch (input.type) {
    case 'none':
      return { type: 'none' };
    case 'suspend':
      return {
        type: 'suspend',
        maxAttempts: maxAttempts(),
        suspendSeconds: lifetime(input.suspendSeconds, 'tenant.lockout.suspendSeconds', 900),
      };
    case 'captcha': {
      const rejected = input.rejectedResponses ?? ['invalid-captcha'];
      if (!Array.isArray(rejected) || !rejected.every((r) => typeof r === 'string')) {
        throw new MockControlError(400, 'tenant.lockout.rejectedResponses must be an array of strings');
      }
      return { type: 'captcha', maxAttempts: maxAttempts(), rejectedResponses: rejected };
    }
    case 'securityQuestion':
      return { type: 'securityQuestion', maxAttempts: maxAttempts() };
    default:
      throw new MockControlError(
        400,
        'tenant.lockout.type must be none, suspend, captcha or securityQuestion',
      );
  }
}

/** How deep a profile may nest: the spec's profile is a few levels deep; copying a far deeper one overflows. */
const MAX_PROFILE_DEPTH = 32;

/** Whether objects and arrays nest more than `levels` deep in `value` (looks no deeper than that). */
function nestsDeeper(value: unknown, levels: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (levels === 0) return true;
  return Object.values(value).some((member) => nestsDeeper(member, levels - 1));
}

/** Builds a user from the spec's example profile; users after the first get a fresh Uid unless given one. */
export function resolveUser(input: unknown, index: number): User {
  if (!isRecord(input)) throw new MockControlError(400, 'a user must be an object');
  const { profile = {}, securityAnswers = {} } = input;
  if (!isRecord(profile)) throw new MockControlError(400, 'user.profile must be an object');
  if (nestsDeeper(profile, MAX_PROFILE_DEPTH))
    throw new MockControlError(400, `user.profile nests deeper than ${MAX_PROFILE_DEPTH} levels`);
  if (!isRecord(securityAnswers) || !Object.values(securityAnswers).every((a) => typeof a === 'string')) {
    throw new MockControlError(400, 'user.securityAnswers must map question ids to answer strings');
  }
  const base = structuredClone(exampleProfile);
  const merged = { ...base, ...structuredClone(profile) } as Profile;
  if (profile.Uid === undefined) merged.Uid = index === 0 ? base.Uid : randomUuid();
  if (typeof merged.Uid !== 'string' || merged.Uid === '')
    throw new MockControlError(400, 'user.profile.Uid must be a string');
  return { uid: merged.Uid, profile: merged, securityAnswers: securityAnswers as Record<string, string> };
}

// Tenants: an API key each, with its lockout policy, quota, voice OTP and lifetimes. `resolveTenant` fills in
// every default and checks what arrives as JSON.
import { isRecord, MockControlError, positiveInt } from './input.js';

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

export const DEFAULT_TENANTS: readonly TenantOptions[] = [
  { apiKey: 'mock-api-key', name: 'suspend lockout', lockout: { type: 'suspend' } },
  { apiKey: 'mock-api-key-captcha', name: 'reCAPTCHA lockout', lockout: { type: 'captcha' } },
  {
    apiKey: 'mock-api-key-security-question',
    name: 'security-question lockout',
    lockout: { type: 'securityQuestion' },
  },
];

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

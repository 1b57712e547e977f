// Caps on what the mock remembers, so a long run (a soak test, a shared dev server) stays within its memory.
import { MockControlError, positiveInt } from './input.js';

/** Upper bounds of the mock's memory; the oldest entry goes first when one is reached. */
export interface MockLimits {
  /** Pending logins (second-factor tokens not yet used). Default 10 000. */
  pendingLogins?: number;
  /** Completed logins remembered so that their OTP answers 1068 if sent again. Default 1 000. */
  completedLogins?: number;
  /** Messages kept in the outbox. Default 1 000. */
  outbox?: number;
  /** Webhook events kept. Default 1 000. */
  webhooks?: number;
  /** Users added at run time (`addUser`, fresh users per login); the configured ones are never evicted. Default 10 000. */
  addedUsers?: number;
}

export const DEFAULT_LIMITS: Readonly<Required<MockLimits>> = {
  pendingLogins: 10_000,
  completedLogins: 1_000,
  outbox: 1_000,
  webhooks: 1_000,
  addedUsers: 10_000,
};

export function resolveLimits(input: MockLimits | undefined): Required<MockLimits> {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(input ?? {})) {
    if (!(key in DEFAULT_LIMITS)) throw new MockControlError(400, `unknown limit "${key}"`);
    limits[key as keyof MockLimits] = positiveInt(value, `limits.${key}`);
  }
  return limits;
}

// Users: the spec's example profile with options merged over it, and their security answers.
import type { Profile } from '@lr-mfa/types';
import { randomDigits, randomUuid } from '../core/random.js';
import { exampleProfile } from '../generated/spec-data.js';
import { isRecord, MockControlError } from './input.js';

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

export const DEFAULT_SECURITY_ANSWERS: Readonly<Record<string, string>> = { 'city-of-birth': 'Springfield' };

export const DEFAULT_USERS: readonly UserOptions[] = [{ securityAnswers: { ...DEFAULT_SECURITY_ANSWERS } }];

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

export interface UserSummary {
  uid: string;
  userName: string | null;
  emails: string[];
  phone: string | null;
  securityAnswers: Record<string, string>;
}

/** What the controls show of a user. */
export function summary(user: {
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
export function freshUserOptions(): UserOptions {
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

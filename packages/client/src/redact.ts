import type { VerifySmsOtpQuery } from '@lr-mfa/types';
import { INPUTS } from './inputs.js';

/** What replaces a secret in anything the client shows: errors, log events, URLs. */
export const MASK = '***';

/**
 * Inputs whose values are secret: the second-factor token and every body field (the OTP and the lockout
 * answers; a body field the spec adds later is secret by default).
 */
export const SECRET_INPUTS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set([
    'secondfactorauthenticationtoken' satisfies keyof VerifySmsOtpQuery,
    ...INPUTS.filter((input) => input[2] === 'b').map((input) => input[1]),
  ]))();

/** Names whose values are secret wherever they appear, with the API key and the returned tokens. (They
 * are letters, digits, `-` and `_`: nothing to escape in a regular expression.) Module-level values are
 * computed in pure-annotated calls, so an app importing only an error helper bundles none of this. */
const SECRET_NAMES = /* @__PURE__ */ (() =>
  ['apikey', 'access_token', 'refresh_token', ...SECRET_INPUTS].join('|'))();

/** `"otp": "123456"` (also unterminated, as in a truncated body) and `"securityanswer": {…}`. */
const JSON_MEMBER = /* @__PURE__ */ (() =>
  new RegExp(`("(?:${SECRET_NAMES})"\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"?|\\{[^}]*\\}?)`, 'gi'))();
/** `apikey=…` in a URL, a form body or an echoed request line. */
const PARAM = /* @__PURE__ */ (() => new RegExp(`(\\b(?:${SECRET_NAMES})=)[^&#\\s"'<>]*`, 'gi'))();

/** Masks the values of secret query parameters in a URL (`apikey=***`). */
export const redactUrl = (url: string): string => url.replace(PARAM, `$1${MASK}`);

/** The forms a secret can take in text: as is, URL-encoded, form-encoded and JSON-escaped. */
function variants(secret: string): string[] {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1)]);
  try {
    const encoded = encodeURIComponent(secret);
    forms.add(encoded).add(encoded.replace(/%20/g, '+'));
  } catch {
    // A lone surrogate cannot be URL-encoded, so it cannot appear encoded either.
  }
  return [...forms];
}

/**
 * Shorter values are not masked wherever they occur: they cannot be told apart from ordinary text (a
 * one-letter "secret" would mask every such letter of a message). Masking by name still applies to them.
 */
export const MIN_SECRET_LENGTH = 4;

/**
 * A function masking the given secret values, and the value of every secret-named member or parameter,
 * in untrusted text (a response body, a runtime's error message). Longest forms go first so that a
 * secret containing another one is masked whole.
 */
export function createRedactor(secrets: readonly string[]): (text: string) => string {
  const forms = secrets
    .filter((s) => s.length >= MIN_SECRET_LENGTH)
    .flatMap(variants)
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text.replace(JSON_MEMBER, `$1"${MASK}"`).replace(PARAM, `$1${MASK}`);
    for (const form of forms) out = out.replaceAll(form, MASK);
    return out;
  };
}

/** Applies `redact` to every string in a JSON value (keys included), returning a copy. */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T;
  if (value && typeof value === 'object') {
    // fromEntries defines properties, so a `__proto__` key from JSON.parse stays a plain key.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v, redact)])) as T;
  }
  return value;
}

/** A short, single-line, redacted start of a body for error messages. */
export function excerpt(text: string, redact: (text: string) => string, max = 160): string {
  const flat = redact(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

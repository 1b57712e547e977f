import { MASK, maskNeedles, needlesOf } from './mask.js';

/** Masks every secret in a text. */
export type Redact = (text: string) => string;

/** `text` as regular-expression source matching it literally. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A regular expression matching any of `names` literally. */
const alternation = (names: readonly string[]) => names.map(literal).join('|');

/** The end of the JSON value starting at `from` (a string, object, array, number or literal; cut ones too). */
function valueEnd(text: string, from: number): number {
  let depth = 0;
  let i = from;
  for (; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') {
      // A string: skip to its closing quote, escapes included (to the end when it was cut).
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth === 0) return Math.min(i + 1, text.length);
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && (c === ',' || /\s/.test(c))) return i;
  }
  return i;
}

/**
 * Masks the values of secret-named members and parameters: `"otp": "123456"` (also unterminated, as in a
 * truncated body), `"securityanswer": {…}`, `"access_token": […]`, `"refresh_token": 1234` (a member is
 * masked whole whatever its type), and `apikey=…` in a URL, a form body, a cookie or an echoed request line.
 * `names` are an operation's secret wire names (its `secrets` list: secret inputs, secret response fields
 * and the API key's name).
 */
export function createNameRedactor(names: readonly string[]): Redact {
  if (!names.length) return (text) => text;
  const list = alternation(names);
  const member = new RegExp(`"(?:${list})"\\s*:\\s*`, 'gi');
  const param = new RegExp(`((?:^|[?&#\\s"'<>;/])(?:${list})=)[^&#\\s"'<>;]*`, 'gi');
  const members = (text: string) => {
    let out = '';
    let last = 0;
    for (let match = member.exec(text); match; match = member.exec(text)) {
      const start = match.index + match[0].length;
      const end = valueEnd(text, start);
      if (end === start) continue;
      out += `${text.slice(last, start)}"${MASK}"`;
      last = end;
      member.lastIndex = end;
    }
    return out + text.slice(last);
  };
  return (text) => members(text).replace(param, `$1${MASK}`);
}

/**
 * A function masking the given secret values, after `byName` (secret-named members and parameters), in
 * untrusted text (a response body, a header, a runtime's error message), in every encoding that decodes to
 * them (the `SecretMatcher`'s search).
 */
export function createRedactor(secrets: readonly string[], byName: Redact = (text) => text): Redact {
  const needles = secrets.flatMap(needlesOf);
  return (text) => maskNeedles(byName(text), needles, MASK);
}

/**
 * Applies `redact` to every string in a JSON value (keys included), returning a copy. Members named in `names`
 * (lower-case secret wire names) are masked whole, whatever their value: `redact` sees each string alone, so
 * its by-name rule (`"access_token": "…"`) cannot match inside a parsed body.
 */
export function redactDeep<T>(value: T, redact: Redact, names: ReadonlySet<string> = new Set()): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact, names)) as T;
  if (value && typeof value === 'object') {
    // fromEntries defines properties, so a `__proto__` key from JSON.parse stays a plain key.
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        redact(k),
        v !== null && names.has(k.toLowerCase()) ? MASK : redactDeep(v, redact, names),
      ]),
    ) as T;
  }
  return value;
}

/**
 * A masked copy of response headers: every name and value through `redact`, and the value of a header named in
 * `names` (lower-case secret wire names) masked whole. `Set-Cookie` lines stay separate.
 */
export function redactHeaders(headers: Headers, redact: Redact, names: ReadonlySet<string>): Headers {
  const out = new Headers();
  headers.forEach((value, name) => {
    out.append(redact(name), names.has(name) ? MASK : redact(value));
  });
  return out;
}

/** Longest text of the server's or the runtime's an error message quotes: a huge body stays out of messages. */
const MAX_QUOTED = 500;

/** `text` cut to `max` characters, marked with `…` when cut. */
export function bounded(text: string, max = MAX_QUOTED): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A short, single-line, redacted start of a body for error messages. */
export const excerpt = (text: string, redact: Redact): string =>
  bounded(redact(text).replace(/\s+/g, ' ').trim(), 160);

/** What replaces a secret in anything the client shows: errors, log events, URLs. */
const MASK = '***';

/** A regular expression matching any of `names` literally. */
const alternation = (names: readonly string[]) =>
  names.map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');

/**
 * Masks the values of secret-named members and parameters: `"otp": "123456"` (also unterminated, as in a
 * truncated body), `"securityanswer": {…}`, and `apikey=…` in a URL, a form body or an echoed request line.
 * `names` are an operation's secret wire names (its `secrets` list: secret inputs, secret response fields
 * and the API key's name).
 */
export function createNameRedactor(names: readonly string[]): (text: string) => string {
  if (!names.length) return (text) => text;
  const list = alternation(names);
  const member = new RegExp(`("(?:${list})"\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"?|\\{[^}]*\\}?)`, 'gi');
  const param = new RegExp(`((?:^|[?&#\\s"'<>;/])(?:${list})=)[^&#\\s"'<>;]*`, 'gi');
  return (text) => text.replace(member, `$1"${MASK}"`).replace(param, `$1${MASK}`);
}

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
const MIN_SECRET_LENGTH = 4;

/**
 * A function masking the given secret values, after `byName` (secret-named members and parameters), in
 * untrusted text (a response body, a runtime's error message). Longest forms go first so that a secret
 * containing another one is masked whole.
 */
export function createRedactor(
  secrets: readonly string[],
  byName: (text: string) => string = (text) => text,
): (text: string) => string {
  const forms = secrets
    .filter((s) => s.length >= MIN_SECRET_LENGTH)
    .flatMap(variants)
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = byName(text);
    for (const form of forms) out = out.replaceAll(form, MASK);
    return out;
  };
}

/**
 * Applies `redact` to every string in a JSON value (keys included), returning a copy. Members named in `names`
 * (lower-case secret wire names) are masked whole, whatever their value: `redact` sees each string alone, so
 * its by-name rule (`"access_token": "…"`) cannot match inside a parsed body.
 */
export function redactDeep<T>(
  value: T,
  redact: (text: string) => string,
  names: ReadonlySet<string> = new Set(),
): T {
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
export function redactHeaders(
  headers: Headers,
  redact: (text: string) => string,
  names: ReadonlySet<string>,
): Headers {
  const out = new Headers();
  for (const [name, value] of headers) out.append(redact(name), names.has(name) ? MASK : redact(value));
  return out;
}

/** A short, single-line, redacted start of a body for error messages. */
export function excerpt(text: string, redact: (text: string) => string, max = 160): string {
  const flat = redact(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Longest text of the server's or the runtime's an error message quotes: a huge body stays out of messages. */
export const MAX_QUOTED = 500;

/** `text` cut to `max` characters, marked with `…` when cut. */
export function bounded(text: string, max = MAX_QUOTED): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

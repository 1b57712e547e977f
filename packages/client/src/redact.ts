/** Masks every secret in a text. */
export type Redact = (text: string) => string;

/** What replaces a secret in anything the client shows: errors, log events, URLs. */
const MASK = '***';

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
export function createNameRedactor(names: readonly string[]): (text: string) => string {
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

/** Regular-expression source of the two hex digits of `byte`, letters in either case (`2d` or `2D`). */
const hex = (byte: number) =>
  [...byte.toString(16).padStart(2, '0')].map((d) => (d >= 'a' ? `[${d}${d.toUpperCase()}]` : d)).join('');

/**
 * Regular-expression source matching every form one character of a secret takes in text: as is,
 * percent-encoded (its UTF-8 bytes, hex in either case, whether or not the character needed encoding), `+`
 * for a space (form encoding), and JSON-escaped (`\uXXXX` in either case, or a short escape such as `\"`).
 */
function characterForms(char: string): string {
  const forms = [literal(char), [...new TextEncoder().encode(char)].map((b) => `%${hex(b)}`).join('')];
  if (char === ' ') forms.push('\\+');
  const json = JSON.stringify(char).slice(1, -1);
  if (json !== char) forms.push(literal(json));
  const units = [...Array(char.length).keys()].map((i) => char.charCodeAt(i));
  forms.push(units.map((u) => `\\\\u${hex(u >> 8)}${hex(u & 0xff)}`).join(''));
  return `(?:${forms.join('|')})`;
}

/**
 * Shorter values are not masked wherever they occur: they cannot be told apart from ordinary text (a
 * one-letter "secret" would mask every such letter of a message). Masking by name still applies to them.
 */
const MIN_SECRET_LENGTH = 4;

/**
 * A function masking the given secret values, after `byName` (secret-named members and parameters), in
 * untrusted text (a response body, a header, a runtime's error message). A secret is masked in every form a
 * server or a proxy may give it, character by character, mixed: as is, percent-encoded (any hex case, any
 * character), form-encoded and JSON-escaped. Longest secrets go first, so that a secret containing another
 * one is masked whole.
 */
export function createRedactor(
  secrets: readonly string[],
  byName: (text: string) => string = (text) => text,
): (text: string) => string {
  const sources = [...new Set(secrets)]
    .filter((s) => s.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length)
    .map((secret) => [...secret].map(characterForms).join(''));
  if (!sources.length) return byName;
  const pattern = new RegExp(sources.join('|'), 'g');
  return (text) => byName(text).replace(pattern, MASK);
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
  headers.forEach((value, name) => {
    out.append(redact(name), names.has(name) ? MASK : redact(value));
  });
  return out;
}

/** Longest text of the server's or the runtime's an error message quotes: a huge body stays out of messages. */
export const MAX_QUOTED = 500;

/** `text` cut to `max` characters, marked with `…` when cut. */
export function bounded(text: string, max = MAX_QUOTED): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A short, single-line, redacted start of a body for error messages. */
export const excerpt = (text: string, redact: (text: string) => string): string =>
  bounded(redact(text).replace(/\s+/g, ' ').trim(), 160);

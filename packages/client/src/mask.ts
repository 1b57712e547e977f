// @lr-mfa/client/mask: finds secret values in text in every encoding that decodes to them, for the client's
// redaction and for tooling that masks what it writes (the mock's traffic-check proxy). The text is decoded
// once into a view (percent-escapes in either hex case, `+` for a space, JSON escapes), each view character
// remembering the span of text it came from; each value is then a plain search in the text and in the view, so
// masking thousands of values costs one decode and a few `indexOf` per value, and adding a value is cheap.

/** What replaces a secret. */
export const MASK = '***';

/**
 * Shorter values are not masked wherever they occur: they cannot be told apart from ordinary text (a
 * one-letter "secret" would mask every such letter). Masking by name still applies to them.
 */
export const MIN_SECRET_LENGTH = 4;

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const PERCENT_RUN = /^(?:%[0-9a-fA-F]{2})+/;
const UNICODE_ESCAPE = /^\\u[0-9a-fA-F]{4}/;

/** The UTF-8 length of a character whose first byte is `lead` (0 when it cannot start one). */
const utf8Length = (lead: number) =>
  lead < 0x80 ? 1 : lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;

/** The percent-encoded character at `from` (its UTF-8 bytes, hex in either case) and its source length. */
function percentAt(text: string, from: number): [string, number] | undefined {
  const run = PERCENT_RUN.exec(text.slice(from, from + 12))?.[0];
  if (!run) return undefined;
  const length = 3 * utf8Length(Number.parseInt(run.slice(1, 3), 16));
  if (!length || length > run.length) return undefined;
  try {
    return [decodeURIComponent(run.slice(0, length)), length];
  } catch {
    return undefined; // not UTF-8: the escape stays as written
  }
}

/** The decoded character at `from` and how many characters of `text` it takes. */
function decodedAt(text: string, from: number): [string, number] {
  const c = text[from] as string;
  if (c === '%') return percentAt(text, from) ?? [c, 1];
  if (c === '+') return [' ', 1];
  if (c !== '\\') return [c, 1];
  const unicode = UNICODE_ESCAPE.exec(text.slice(from, from + 6))?.[0];
  if (unicode) return [String.fromCharCode(Number.parseInt(unicode.slice(2), 16)), 6];
  const short = SHORT_ESCAPES[text[from + 1] ?? ''];
  return short === undefined ? [c, 1] : [short, 2];
}

/** A text decoded once, with the source span `[starts[i], ends[i])` of each decoded UTF-16 unit `i`. */
interface View {
  text: string;
  starts: number[];
  ends: number[];
}

function decode(text: string): View {
  const view: View = { text: '', starts: [], ends: [] };
  for (let i = 0; i < text.length; ) {
    const [char, length] = decodedAt(text, i);
    for (let unit = 0; unit < char.length; unit++) {
      view.starts.push(i);
      view.ends.push(i + length);
    }
    view.text += char;
    i += length;
  }
  return view;
}

/** Only text with an escape or a `+` decodes to something else. */
const ENCODED = /[%+\\]/;

/** Every `[start, end)` where `needle` occurs in `text`. */
function* occurrences(text: string, needle: string): Generator<[number, number]> {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
    yield [at, at + needle.length];
}

/** `text` with the `spans` replaced by `mask`, overlapping or touching ones as one. */
function replaceSpans(text: string, spans: [number, number][], mask: string): string {
  if (!spans.length) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = -1;
  for (const [start, end] of spans) {
    if (start <= last) last = Math.max(last, end);
    else {
      out += `${text.slice(Math.max(last, 0), start)}${mask}`;
      last = end;
    }
  }
  return out + text.slice(last);
}

/**
 * A growing and shrinking set of secret values, masked in text in every form a server, a proxy or a client may
 * give them, character by character, mixed: as is, percent-encoded (any hex case, any character, needed or
 * not), form-encoded (`+` for a space) and JSON-escaped (`\uXXXX` in either case, or a short escape such as
 * `\"`). Overlapping occurrences are masked as one, so a value containing another is masked whole.
 */
export class SecretMatcher {
  /** Each value and what is searched for it: the value, and the value decoded as text is (a raw `a+b`). */
  private readonly needles = new Map<string, readonly string[]>();

  constructor(values: Iterable<string> = []) {
    for (const value of values) this.add(value);
  }

  get size(): number {
    return this.needles.size;
  }

  /** Adds a value (ignored when shorter than `MIN_SECRET_LENGTH`). */
  add(value: string): void {
    if (value.length < MIN_SECRET_LENGTH || this.needles.has(value)) return;
    const decoded = ENCODED.test(value) ? decode(value).text : value;
    this.needles.set(value, decoded === value || !decoded ? [value] : [value, decoded]);
  }

  delete(value: string): void {
    this.needles.delete(value);
  }

  /** `text` with every occurrence of every value, in any encoding, replaced by `mask`. */
  mask(text: string, mask: string = MASK): string {
    if (!this.needles.size) return text;
    const view = ENCODED.test(text) ? decode(text) : undefined;
    const spans: [number, number][] = [];
    for (const needles of this.needles.values())
      for (const needle of needles) {
        for (const span of occurrences(text, needle)) spans.push(span);
        if (view)
          for (const [start, end] of occurrences(view.text, needle))
            spans.push([view.starts[start] as number, view.ends[end - 1] as number]);
      }
    return replaceSpans(text, spans, mask);
  }
}

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

/** Percent-escapes, and a JSON escape (`\uXXXX` or a short one such as `\"`) or `+`, at the start of a text. */
const ESCAPES = /^(?:(?:%[\da-f]{2})+|\\(?:u[\da-f]{4}|["\\/bfnrt])|\+)/i;

/** The decoded character at `from` and how many characters of `text` it takes. */
function decodedAt(text: string, from: number): [string, number] {
  const escape = ESCAPES.exec(text.slice(from, from + 12))?.[0];
  if (escape === '+') return [' ', 1];
  if (escape?.[0] === '\\') return [JSON.parse(`"${escape}"`), escape.length];
  // One character's UTF-8 bytes (1 to 4), hex in either case; an escape that is not UTF-8 stays as written.
  for (let length = 3; escape && length <= 12 && length <= escape.length; length += 3) {
    try {
      return [decodeURIComponent(escape.slice(0, length)), length];
    } catch {}
  }
  return [text[from] as string, 1];
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
    for (let unit = 0; unit < char.length; unit++) view.starts.push(i) && view.ends.push(i + length);
    view.text += char;
    i += length;
  }
  return view;
}

/** Only text with an escape or a `+` decodes to something else. */
const ENCODED = /[%+\\]/;

/** `text` with the `spans` replaced by `mask`, overlapping or touching ones as one. */
function replaceSpans(text: string, spans: number[][], mask: string): string {
  spans.sort((a, b) => (a[0] as number) - (b[0] as number));
  let out = '';
  let last = -1;
  for (const [start = 0, end = 0] of spans) {
    if (start <= last) last = Math.max(last, end);
    else {
      out += text.slice(Math.max(last, 0), start) + mask;
      last = end;
    }
  }
  return out + text.slice(Math.max(last, 0));
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
    const view = ENCODED.test(text) ? decode(text) : undefined;
    const spans: number[][] = [];
    for (const needles of this.needles.values())
      for (const needle of needles) {
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
          spans.push([at, at + needle.length]);
        for (
          let at = view?.text.indexOf(needle) ?? -1;
          view && at >= 0;
          at = view.text.indexOf(needle, at + 1)
        )
          spans.push([view.starts[at] as number, view.ends[at + needle.length - 1] as number]);
      }
    return spans.length ? replaceSpans(text, spans, mask) : text;
  }
}

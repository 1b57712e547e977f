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

/**
 * At the start of a text: a character's percent-escapes (1 to 4 UTF-8 bytes), a JSON escape or `+`. A `\\`
 * before `uXXXX` is taken as a lone backslash, so that a `\uXXXX` form right after a backslash still decodes.
 */
const ESCAPE = /^(?:(?:%[\da-fA-F]{2}){1,4}|\\(?:u[\da-fA-F]{4}|["/bfnrt]|\\(?!u[\da-fA-F]{4}))|\+)/;

/**
 * A text decoded once, and where in the source each decoded UTF-16 unit starts (both units of a percent-encoded
 * astral character at its first escape), then the source's length: unit `i` ends where unit `i + 1` starts.
 */
type View = [text: string, starts: number[]];

function decode(text: string): View {
  const view: View = ['', []];
  for (let i = 0, n = 1; i < text.length; i += n) {
    const found = ESCAPE.exec(text.slice(i, i + 12))?.[0] ?? (text[i] as string);
    let char = found === '+' ? ' ' : found[0] === '\\' && found[1] ? JSON.parse(`"${found}"`) : found;
    n = found.length;
    // The shortest run of escapes that is UTF-8 (tried longest first); one that is not stays as written.
    if (found[0] === '%')
      for (let k = n; k > 2; k -= 3)
        try {
          [char, n] = [decodeURIComponent(found.slice(0, k)), k];
        } catch {}
    view[0] += char;
    for (const _unit of char.split('')) view[1].push(i);
  }
  view[1].push(text.length);
  return view;
}

/**
 * What is searched for `value`: itself, and what it decodes to as text does (a raw `a+b` is found as `a b`);
 * nothing when it is shorter than `MIN_SECRET_LENGTH`. Most values decode to themselves: one needle, not two.
 */
export const needlesOf = (value: string): string[] =>
  value.length < MIN_SECRET_LENGTH ? [] : [...new Set([value, decode(value)[0]])];

/**
 * `text` with every occurrence of the needles (`needlesOf` each value), in the text as is and in the text
 * decoded, replaced by `mask`. Overlapping or touching occurrences are masked as one, so a value containing
 * another is masked whole.
 */
export function maskNeedles(text: string, needles: readonly string[], mask: string): string {
  const views: [string, number[]?][] = [[text]];
  // Only text with an escape or a `+` decodes to something else.
  if (/[%+\\]/.test(text)) views.push(decode(text));
  const hidden: boolean[] = [];
  for (const needle of needles)
    for (const [view, starts] of views)
      for (let at = view.indexOf(needle); at >= 0; at = view.indexOf(needle, at + 1))
        for (let i = starts?.[at] ?? at; i < (starts?.[at + needle.length] ?? at + needle.length); i++)
          hidden[i] = true;
  return hidden.length
    ? text.replace(/[\s\S]/g, (c, i) => (hidden[i] ? (hidden[i - 1] ? '' : mask) : c))
    : text;
}

/**
 * A growing and shrinking set of secret values, masked in text in every form a server, a proxy or a client may
 * give them, character by character, mixed: as is, percent-encoded (any hex case, any character, needed or
 * not), form-encoded (`+` for a space) and JSON-escaped (`\uXXXX` in either case, or a short escape such as
 * `\"`). Values shorter than `MIN_SECRET_LENGTH` are ignored.
 */
export class SecretMatcher {
  private readonly needles = new Map<string, string[]>();

  constructor(values: Iterable<string> = []) {
    for (const value of values) this.add(value);
  }

  add(value: string): void {
    this.needles.set(value, needlesOf(value));
  }

  delete(value: string): void {
    this.needles.delete(value);
  }

  /** `text` with every occurrence of every value, in any encoding, replaced by `mask`. */
  mask(text: string, mask: string = MASK): string {
    return maskNeedles(text, [...this.needles.values()].flat(), mask);
  }
}

// Markdown text helpers for the per-operation pages: spec text goes into code spans, table cells and fences
// without breaking them, whatever backticks, pipes or newlines it holds.

/** Text as an inline code span, with a fence longer than any backtick run inside it. */
export function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Text on one line: a table cell or a list item cannot hold a line break. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first sentence of a text, on one line: a summary for a list of links. */
export function firstSentence(text: string): string {
  const line = oneLine(text);
  return /^.*?[.!?](?=\s+[A-Z]|$)/.exec(line)?.[0] ?? line;
}

/** Text as a table cell: one line, its pipes escaped. */
const cell = (text: string) => oneLine(text).replaceAll('|', '\\|');

/** A fenced code block whose fence no line of the source can close early. */
export function fence(lang: string, source: string): string {
  const longest = Math.max(2, ...[...source.matchAll(/^`{3,}/gm)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${lang}\n${source.replace(/\n$/, '')}\n${marks}`;
}

/** A Markdown table from a header row and body rows (cells escaped here). */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** `a`, `a and b`, `a, b and c`. */
export function list(items: string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

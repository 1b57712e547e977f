// The API changelog: for each release, what changed in the API (operations, parameters, fields, statuses) and
// the bump each change implies, rendered as Markdown from the spec diff. `pnpm version-packages` puts the
// section at the top of the reference's "API changelog" page (API_CHANGELOG_PAGE, a Redoc trait tag in
// spec/openapi.yaml, so it has its own sidebar entry) and into each package's CHANGELOG.md under the version
// heading `changeset version` wrote.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { type Change, rank } from './spec-diff/index.js';

export const API_CHANGELOG_PAGE = 'spec/docs/api-changelog.md';

const PAGE_INTRO = `What changed in the API with each release of the \`@lr-mfa\` packages, newest first, generated from the
difference between the released specs. **major**: code or requests that worked may stop working; **minor**:
something was added or relaxed; **patch**: documentation only.
`;

/** Markdown for inline text taken from the spec diff: keeps its backticks, escapes what would start markup. */
const inline = (text: string) =>
  text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[*_<>[\]]/g, '\\$&')))
    .join('`');

/** The body of one release's entry (no heading): one bullet per change, the highest bump first. */
export function renderChanges(changes: Change[]): string {
  if (changes.length === 0) return 'No change to the API itself (only the packages changed).\n';
  return `${[...changes]
    .sort((a, b) => rank(b.level) - rank(a.level))
    .map((c) => `- **${c.level}** ${c.where ? `\`${c.where}\`: ` : ''}${inline(c.what)}`)
    .join('\n')}\n`;
}

/** The entry of a first release: the operations the API starts with. */
export function renderFirstRelease(operations: string[]): string {
  return `First release. Operations:\n\n${operations.map((op) => `- \`${op}\``).join('\n')}\n`;
}

/** `METHOD /path (operationId)` of every operation of a bundled document, in document order. */
export function operationsOf(doc: {
  paths?: Record<string, Record<string, { operationId?: string }>>;
}): string[] {
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    methods
      .filter((m) => item[m])
      .map((m) => `${m.toUpperCase()} ${path}${item[m]?.operationId ? ` (${item[m]?.operationId})` : ''}`),
  );
}

/** The page with `body` as the entry of `version`, newest first; an entry for that version is replaced. */
export function addToPage(page: string | null, version: string, body: string): string {
  const heading = `## ${version}`;
  const entries = (page ?? '').split(/^(?=## )/m).filter((e) => e.startsWith('## '));
  const kept = entries.filter((e) => e.split('\n')[0]?.trim() !== heading);
  return `${PAGE_INTRO}\n${[`${heading}\n\n${body}`, ...kept].map((e) => e.trimEnd()).join('\n\n')}\n`;
}

/**
 * A package changelog with the API changes of `version` under that version's heading (changesets writes
 * `## <version>`); a changelog without that heading gets one. Idempotent: an existing section is replaced.
 */
export function addToPackageChangelog(changelog: string | null, name: string, version: string, body: string) {
  const section = `### API changes\n\n${body}`;
  const text = changelog ?? `# ${name}\n`;
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() === `## ${version}`);
  if (at === -1) {
    const title = lines.findIndex((l) => l.startsWith('# '));
    lines.splice(title + 1, 0, '', `## ${version}`, '', section.trimEnd());
    return `${lines.join('\n').trimEnd()}\n`;
  }
  const next = lines.findIndex((l, i) => i > at && /^## /.test(l));
  const end = next === -1 ? lines.length : next;
  const entry = lines.slice(at + 1, end).join('\n');
  const withoutOld = entry.replace(/\n### API changes\n[\s\S]*?(?=\n### |$)/, '');
  const merged = `${withoutOld.trimEnd()}\n\n${section.trimEnd()}\n`;
  return `${[...lines.slice(0, at + 1), merged.replace(/^\n*/, '\n'), ...lines.slice(end)].join('\n').trimEnd()}\n`;
}

export async function readIfExists(file: string): Promise<string | null> {
  return existsSync(file) ? readFile(file, 'utf8') : null;
}

export async function writeText(file: string, text: string): Promise<string> {
  await writeFile(file, text);
  return file;
}

// The reference as text files beside index.html, for tools that read docs as text (coding assistants, search
// indexers): one Markdown page per operation, an overview, the API changelog, and llms.txt (the llmstxt.org
// format: an H1, a blockquote summary, then sections of links) with llms-full.txt (every page in one file).
// Every link is relative, so the files work from any folder a site puts them in.
import type { Model, Operation as ModelOperation } from '@lr-mfa/codegen/model';
import { operationPage } from './operation.js';
import { code, firstSentence, oneLine } from './text.js';

/** What the Model lacks and the pages need: from the bundled document and the package. */
export interface DocsInfo {
  title: string;
  version: string;
  summary?: string;
  /** The API's introduction (Markdown, possibly with inline SVG diagrams). */
  description?: string;
  /** The API changelog page (Markdown), when the spec has one. */
  changelog?: string;
}

export interface TextFile {
  /** Path relative to dist/, `/`-separated. */
  path: string;
  content: string;
}

/** A page name that is safe as a file name on every system and in a URL without escaping. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export class MarkdownError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

const operationFile = (op: ModelOperation) => {
  if (!SAFE_NAME.test(op.id))
    throw new MarkdownError(
      op.pointer,
      `operationId "${op.id}" cannot name a page file (letters, digits, _ . -)`,
    );
  return `operations/${op.id}.md`;
};

/** Inline SVG diagrams as their `<title>` text: a text reader gets the diagram's caption, not its drawing. */
export function withoutDiagrams(markdown: string): string {
  return markdown.replace(/<svg\b[\s\S]*?<\/svg>/g, (svg) => {
    const title = /<title\b[^>]*>([\s\S]*?)<\/title>/.exec(svg)?.[1];
    return title ? `*Diagram: ${oneLine(title)}*` : '';
  });
}

function overviewPage(info: DocsInfo): string {
  const parts = [`# ${info.title}`, '', ...(info.summary ? [oneLine(info.summary), ''] : [])];
  if (info.description) parts.push(withoutDiagrams(info.description).trim(), '');
  return parts.join('\n');
}

const changelogPage = (changelog: string) => `# API changelog\n\n${changelog.trim()}\n`;

function llmsTxt(model: Model, info: DocsInfo, pages: TextFile[]): string {
  const link = (title: string, path: string, note: string) => `- [${title}](${path}): ${note}`;
  const operations = model.operations.map((op) =>
    link(
      op.summary || op.id,
      operationFile(op),
      `${code(`${op.method.toUpperCase()} ${op.path}`)}${op.description ? `. ${firstSentence(op.description)}` : ''}`,
    ),
  );
  const has = (path: string) => pages.some((p) => p.path === path);
  return [
    `# ${info.title} API reference (v${info.version})`,
    '',
    `> ${oneLine(info.summary ?? `The API reference of ${info.title}.`)}`,
    '',
    `Every operation is called on ${code(model.serverUrl)}${model.apiKey ? ` with the tenant API key in the ${model.apiKey.in === 'query' ? 'query parameter' : 'header'} ${code(model.apiKey.name)}` : ''}. ` +
      'Each page lists its inputs and where they are sent, its responses with their fields and error examples, ' +
      'minimal curl and TypeScript (@lr-mfa/client) samples, its secret values and its retry rule.',
    '',
    '## Operations',
    '',
    ...operations,
    '',
    '## Reference',
    '',
    link('Overview', 'overview.md', 'what the API is for and how its calls fit together'),
    ...(has('api-changelog.md')
      ? [link('API changelog', 'api-changelog.md', 'what changed in the API with each release')]
      : []),
    link('OpenAPI document (JSON)', 'openapi.json', 'the OpenAPI spec these pages are made from'),
    link('OpenAPI document (YAML)', 'openapi.yaml', 'the same spec as YAML'),
    '',
    '## Optional',
    '',
    link('Every page in one file', 'llms-full.txt', 'the overview, every operation page and the changelog'),
    link('Interactive reference', 'index.html', 'the same reference as one HTML page'),
    '',
  ].join('\n');
}

/** Every text file of the reference, paths relative to dist/. */
export function markdownFiles(model: Model, info: DocsInfo, clientPackage: string): TextFile[] {
  const pages: TextFile[] = [
    { path: 'overview.md', content: overviewPage(info) },
    ...model.operations.map((op) => ({
      path: operationFile(op),
      content: operationPage(model, op, clientPackage),
    })),
    ...(info.changelog !== undefined
      ? [{ path: 'api-changelog.md', content: changelogPage(info.changelog) }]
      : []),
  ];
  return [
    ...pages,
    { path: 'llms.txt', content: llmsTxt(model, info, pages) },
    {
      path: 'llms-full.txt',
      content: pages
        .map((p) => p.content.trimEnd())
        .join('\n\n---\n\n')
        .concat('\n'),
    },
  ];
}

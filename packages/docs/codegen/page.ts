// What the build does to redocly's page: make it load nothing from outside, add the small style and behaviour
// fixes Redoc lacks, and check the result embeds our document before it is published.

/** The built page may load nothing from anywhere: an offline reader, and no tracking of readers. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  'worker-src blob:',
  'connect-src blob: data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Redoc 3 shows a "docs by Redocly" attribution whose logo it loads from a CDN; ship it inline instead. */
const REDOCLY_LOGO_URLS = [
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg',
  'https://cdn.redoc.ly/redoc/logo-mini.svg',
];
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="16" viewBox="0 0 52 16">' +
    '<text x="0" y="12.5" font-family="system-ui,sans-serif" font-size="12" font-weight="600" fill="#0044D4">Redocly</text></svg>',
)}`;

/**
 * Redoc 3 breaks its large page titles anywhere ("Authenticatio-n") when a phone screen is too narrow for them
 * beside the Copy button: break between words, hyphenate long ones, and use a smaller size there. Diagrams in
 * the descriptions (inline SVG) scale down to their column instead of widening the page.
 */
const PAGE_STYLE = `:root h1[data-component-name="Typography/H1"] { overflow-wrap: break-word; word-break: normal; hyphens: auto; }
    @media (max-width: 600px) { :root h1[data-component-name="Typography/H1"] { font-size: 28px; } }
    svg.diagram { display: block; width: 100%; max-width: 720px; height: auto; margin: 16px 0; }`;

export class PageError extends Error {}

/** Makes redocly's page load nothing from outside and adds the fixes above. */
export function selfContain(html: string): string {
  let patched = html;
  for (const url of REDOCLY_LOGO_URLS) {
    if (!patched.includes(url)) {
      throw new PageError(
        `redocly's page no longer references ${url}: revisit selfContain() in packages/docs/codegen/page.ts`,
      );
    }
    patched = patched.replaceAll(url, INLINE_LOGO);
  }
  const head = '<meta charset="utf8" />';
  if (!patched.includes(head)) throw new PageError('redocly page has no <meta charset> to anchor the CSP on');
  return patched.replace(
    head,
    [
      '<meta charset="utf-8" />',
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      '<link rel="icon" href="data:," />',
      `<style>\n    ${PAGE_STYLE}\n  </style>`,
    ].join('\n  '),
  );
}

/**
 * Redoc's search opens a hit in an example (`…/response&c=403&ex=error1067`) by selecting the status tab and
 * the example in the right panel, but scrolls only to the operation's top, far above it. This script waits
 * until the selected example is rendered and scrolls its panel into view. `examples` maps `status name` to
 * the label Redoc shows for the example (its summary, else its name).
 */
function revealScript(examples: Record<string, string>): string {
  const code = `(() => {
  const labels = ${JSON.stringify(examples).replaceAll('<', '\\u003c')};
  let timer;
  const reveal = () => {
    clearTimeout(timer);
    const target = /^(.*)\\/response&c=([^&]+)&ex=(.+)$/.exec(decodeURIComponent(location.hash).split('#').pop() || '');
    if (!target) return;
    const [, operation, status, name] = target;
    const label = labels[status + ' ' + name] || name;
    let tries = 0;
    let scrolled = 0;
    const attempt = () => {
      const section = document.getElementById(operation);
      const shown = section && [...section.querySelectorAll('[data-testid="right-panel"] [data-component-name="Dropdown/Dropdown"] button')]
        .find((button) => button.textContent.trim() === label);
      const panel = shown && (shown.closest('[data-component-name="Panel/Panel"]') || shown);
      if (panel) {
        const top = panel.getBoundingClientRect().top;
        if (top < 0 || top > innerHeight / 2) {
          panel.scrollIntoView({ block: 'start' });
          scrolled++;
        }
      }
      // Redoc scrolls to the operation when it has rendered it; check again after that, a few times.
      if (tries++ < 30 && scrolled < 3) timer = setTimeout(attempt, 100);
    };
    attempt();
  };
  addEventListener('hashchange', reveal);
  addEventListener('popstate', reveal);
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-component-name="Search/SearchItem"]')) setTimeout(reveal, 0);
  }, true);
  addEventListener('load', reveal);
})();`;
  return `<script>\n${code}\n</script>`;
}

/** Adds the page's own behaviour (see revealScript) before `</body>`. */
export function addScripts(html: string, examples: Record<string, string>): string {
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new PageError('redocly page has no </body> to add the scripts before');
  return `${html.slice(0, end)}${revealScript(examples)}\n${html.slice(end)}`;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

interface PageOperation {
  path: string;
  method: string;
  operationId: string;
}

/**
 * Checks redocly's page: it must embed our document (with the code samples) and have prerendered the
 * navigation from it, and it may reference nothing outside itself.
 */
export function checkPage(
  html: string,
  document: { info: { title: string }; tags?: { name: string }[] },
  operations: PageOperation[],
): void {
  const problems: string[] = [];
  const embedded = /const __redoc_definition = (.*);\n/.exec(html);
  let definition: { paths?: Record<string, Record<string, Record<string, unknown>>> } | undefined;
  try {
    definition = embedded?.[1] ? JSON.parse(embedded[1]) : undefined;
  } catch {
    definition = undefined;
  }
  if (!definition) problems.push('the page does not embed the API definition');
  for (const { path, method, operationId } of operations) {
    const shown = definition?.paths?.[path]?.[method];
    if (shown?.operationId !== operationId)
      problems.push(`the page does not carry ${method.toUpperCase()} ${path}`);
    else if (!Array.isArray(shown['x-codeSamples']) || shown['x-codeSamples'].length === 0)
      problems.push(`the page has no code samples for ${operationId}`);
  }
  const markup = html.slice(0, html.indexOf('<script type="module">'));
  if (!markup.includes(escapeHtml(document.info.title)))
    problems.push('the prerendered page lacks the title');
  for (const tag of document.tags ?? []) {
    if (!markup.includes(escapeHtml(tag.name)))
      problems.push(`the prerendered navigation lacks "${tag.name}"`);
  }
  for (const pattern of [
    /<script[^>]+\bsrc\s*=/i,
    /<link[^>]+\bhref\s*=\s*["']?(https?:)?\/\//i,
    /@import\s+(url\()?["']?(https?:)?\/\//i,
    /url\(\s*["']?(https?:)?\/\//i,
    /cdn\.redoc\.ly/i,
  ]) {
    const hit = pattern.exec(html);
    if (hit) problems.push(`the page loads an external resource: ${hit[0]}`);
  }
  if (problems.length > 0)
    throw new PageError(`redocly build-docs produced a broken page:\n  ${problems.join('\n  ')}`);
}

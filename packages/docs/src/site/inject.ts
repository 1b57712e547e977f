// What the site adds to every reference page it publishes: a version switcher and, on any version that is not
// the newest, a banner linking to `latest`. Both are drawn at run time from `versions.json` at the site root,
// so a version folder is written once and never changes when a newer release appears.
export class InjectError extends Error {}

const MARKER = '<!-- lr-mfa-docs-site: version switcher -->';
const CSP = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i;

/**
 * The page's CSP lets it load nothing from anywhere (`connect-src blob: data:`); the switcher reads
 * versions.json from the page's own origin, so `'self'` joins connect-src and nothing else changes.
 */
export function allowSameOriginFetch(html: string): string {
  return html.replace(CSP, (_all, start: string, policy: string, end: string) => {
    const directives = policy.split(';').map((d) => d.trim());
    const index = directives.findIndex((d) => /^connect-src\b/.test(d));
    if (index < 0) directives.push("connect-src 'self'");
    else if (!/\s'self'(\s|$)/.test(`${directives[index]} `))
      directives[index] = directives[index]?.replace(/^connect-src/, "connect-src 'self'") ?? '';
    return `${start}${directives.join('; ')}${end}`;
  });
}

// The banner sits bottom right, as a note: a full-width bar would hide the foot of the reference's sidebar.
const STYLE = `#lr-version-switcher { position: fixed; top: 8px; right: 12px; z-index: 1000; font: 13px/1.4 system-ui, sans-serif;
    background: #fff; color: #1a1a1a; border: 1px solid #c8c8d0; border-radius: 6px; padding: 4px 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
  #lr-version-switcher select { font: inherit; margin-left: 4px; }
  #lr-version-banner { position: fixed; bottom: 12px; right: 12px; max-width: min(440px, calc(100vw - 24px)); z-index: 1000;
    font: 14px/1.4 system-ui, sans-serif; background: #fff4ce; color: #3d2f00; border: 1px solid #e0c45c;
    border-radius: 6px; padding: 8px 14px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
  #lr-version-banner a { color: #0044d4; font-weight: 600; }`;

/**
 * The switcher and banner, for the page of `version`. Every page sits at `<site>/<folder>/index.html`, so the
 * site root is `../` of the page, whatever sub-path the site is served under; switching keeps the location
 * hash, which is how Redoc addresses an operation or section (`#tag/…/operation/<id>`).
 */
function switcherScript(version: string): string {
  const code = `(() => {
  const current = ${JSON.stringify(version).replaceAll('<', '\\u003c')};
  const root = new URL('../', location.href);
  const at = (folder) => new URL(folder + '/', root).href + location.hash;
  const render = (entries) => {
    if (!Array.isArray(entries) || entries.length === 0) return;
    const latest = entries.find((e) => (e.aliases || []).includes('latest'));
    const box = document.createElement('div');
    box.id = 'lr-version-switcher';
    const label = document.createElement('label');
    label.textContent = 'Version';
    const select = document.createElement('select');
    select.setAttribute('aria-label', 'API reference version');
    for (const entry of entries) {
      const option = new Option(entry.title + (entry === latest ? ' (latest)' : ''), entry.version);
      option.selected = entry.version === current;
      select.append(option);
    }
    select.addEventListener('change', () => { location.href = at(select.value); });
    label.append(select);
    box.append(label);
    document.body.append(box);
    if (!latest || latest.version === current) return;
    const reading = entries.find((e) => e.version === current);
    const banner = document.createElement('div');
    banner.id = 'lr-version-banner';
    banner.setAttribute('role', 'note');
    const link = document.createElement('a');
    link.textContent = 'Go to ' + latest.version;
    link.href = at('latest');
    addEventListener('hashchange', () => { link.href = at('latest'); });
    banner.append('You are reading version ' + (reading ? reading.title : current) + '. The latest is ' + latest.version + '. ', link);
    document.body.append(banner);
  };
  fetch(new URL('versions.json', root)).then((r) => (r.ok ? r.json() : [])).then(render, () => {});
})();`;
  return `${MARKER}\n<style>\n  ${STYLE}\n</style>\n<script>\n${code}\n</script>\n`;
}

/** The page with the switcher of `version` before `</body>`; a page that already has one is refused. */
export function injectSwitcher(html: string, version: string): string {
  if (html.includes(MARKER)) throw new InjectError('the page already has a version switcher');
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new InjectError('the page has no </body> to add the version switcher before');
  const patched = allowSameOriginFetch(html);
  const at = patched.lastIndexOf('</body>');
  return `${patched.slice(0, at)}${switcherScript(version)}${patched.slice(at)}`;
}

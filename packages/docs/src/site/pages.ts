// The two pages at the site root. Neither names the sub-path the site is served under: index.html links
// relatively, and 404.html (which a static host serves at whatever missing URL was asked for, so relative
// links would resolve against that URL) finds the site root at run time.

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
/** Without it a browser asks the host root for /favicon.ico, outside the site's sub-path. */
const NO_ICON = '<link rel="icon" href="data:," />';
const scriptValue = (value: string) => JSON.stringify(value).replaceAll('<', '\\u003c');

/** The root page: straight on to `<landing>/`, keeping a `#…` deep link (a meta refresh alone would drop it). */
export function rootPage(title: string, landing: string): string {
  const href = `${encodeURI(landing)}/`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  ${NO_ICON}
  <title>${escapeHtml(title)}</title>
  <script>location.replace(${scriptValue(href)} + location.search + location.hash);</script>
  <meta http-equiv="refresh" content="0; url=${escapeHtml(href)}" />
  <link rel="canonical" href="${escapeHtml(href)}" />
</head>
<body>
  <p><a href="${escapeHtml(href)}">${escapeHtml(title)}</a></p>
</body>
</html>
`;
}

/**
 * The page a static host (GitHub Pages) serves for any missing path. The site root is the longest prefix of
 * the path that holds versions.json; the segment after it names a version. Under a version the site does not
 * have, the reader goes to the same path under `<landing>/`; under one it has (a file that version lacks), to
 * that version's front page. Both targets exist, so this never loops.
 */
export function notFoundPage(title: string, landing: string): string {
  const code = `(async () => {
  const landing = ${scriptValue(landing)};
  const parts = location.pathname.split('/');
  for (let i = parts.length - 1; i >= 1; i--) {
    const root = parts.slice(0, i).join('/') + '/';
    let entries;
    try {
      const response = await fetch(root + 'versions.json');
      entries = response.ok ? await response.json() : undefined;
    } catch {
      entries = undefined;
    }
    if (!Array.isArray(entries)) continue;
    const folder = decodeURIComponent(parts[i] || '');
    const known = entries.some((e) => e.version === folder || (e.aliases || []).includes(folder));
    const target = known ? root + parts[i] + '/' : root + landing + '/' + parts.slice(i + 1).join('/');
    location.replace(target + location.search + location.hash);
    return;
  }
  document.getElementById('status').textContent = 'This page does not exist.';
})();`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="robots" content="noindex" />
  ${NO_ICON}
  <title>Not found · ${escapeHtml(title)}</title>
</head>
<body>
  <p id="status">Not found here; looking for it in the ${escapeHtml(landing)} version…</p>
  <script>
${code}
  </script>
</body>
</html>
`;
}

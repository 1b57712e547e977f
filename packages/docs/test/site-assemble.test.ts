// The versioned site (src/site/): versions.json ordering and aliases, the switcher added to each page, and
// whole assemblies from a registry on 127.0.0.1 (test/npm-registry.ts): a release folder is written once and
// never changes again, `latest/` follows the newest release, and no page links to the host's root.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleSite, SiteError } from '../src/site/assemble.js';
import { InjectError, injectSwitcher } from '../src/site/inject.js';
import { RegistryError } from '../src/site/registry.js';
import { landingFolder, latestOf, sortVersions, VersionError, versionEntries } from '../src/site/versions.js';
import { startTestRegistry, type TestRegistry } from './npm-registry.js';
import { distDir, packageDir } from './site.js';

const NAME = '@lr-mfa/docs';

/** sha256 of every file under `dir`, by path relative to it. */
function digest(dir: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file.slice(dir.length + 1), createHash('sha256').update(readFileSync(file)).digest('hex')];
      }),
  );
}

/** A root-absolute reference (`href="/x"`, `src='/x'`, `url=/x`): breaks when the site lives under /<repo>/. */
const ROOT_ABSOLUTE = /(?:href|src|action)\s*=\s*["']?\/(?!\/)|url=\/(?!\/)|["'`]\/[\w.-]/;

describe('versions.json', () => {
  it('orders newest first by semver precedence, not as text, a prerelease below its release', () => {
    expect(sortVersions(['1.9.0', '1.10.0', '0.9.0', '1.10.0-rc.1', '1.2.0', '1.9.0'])).toEqual([
      '1.10.0',
      '1.10.0-rc.1',
      '1.9.0',
      '1.2.0',
      '0.9.0',
    ]);
  });

  it('aliases latest to the newest release that is not a prerelease', () => {
    expect(versionEntries(['1.0.0', '2.0.0-rc.1', '1.1.0'], false)).toEqual([
      { version: '2.0.0-rc.1', title: '2.0.0-rc.1', aliases: [] },
      { version: '1.1.0', title: '1.1.0', aliases: ['latest'] },
      { version: '1.0.0', title: '1.0.0', aliases: [] },
    ]);
    expect(latestOf(['3.0.0-beta.2', '3.0.0-alpha.1'])).toBeUndefined();
  });

  it('puts next first, unaliased; the landing folder is latest, else the first entry', () => {
    const entries = versionEntries(['1.0.0'], true);
    expect(entries.map((e) => [e.version, e.aliases])).toEqual([
      ['next', []],
      ['1.0.0', ['latest']],
    ]);
    expect(landingFolder(entries)).toBe('latest');
    expect(landingFolder(versionEntries(['2.0.0-rc.1'], false))).toBe('2.0.0-rc.1');
    expect(landingFolder(versionEntries([], true))).toBe('next');
  });

  it('refuses a version that is not semver', () => {
    expect(() => sortVersions(['1.0.0', 'v1.1', 'latest'])).toThrow(
      new VersionError('not semver versions: v1.1, latest'),
    );
  });
});

describe('the version switcher added to a page', () => {
  let page: string;
  beforeAll(async () => {
    page = await readFile(join(distDir, 'index.html'), 'utf8');
  });
  const csp = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

  it("adds it once before </body>, and lets the page fetch from its own origin ('self') only", () => {
    const injected = injectSwitcher(page, '1.0.0');
    expect(injected.startsWith(page.slice(0, page.indexOf('Content-Security-Policy')))).toBe(true);
    const before = csp(page)?.split('; ') ?? [];
    const after = csp(injected)?.split('; ') ?? [];
    expect(before).toContain('connect-src blob: data:');
    expect(after).toEqual(
      before.map((d) => (d === 'connect-src blob: data:' ? "connect-src 'self' blob: data:" : d)),
    );
    expect(injected.match(/id = 'lr-version-switcher'/g)).toHaveLength(1);
    expect(injected).toContain('const current = "1.0.0";');
    expect(injected.indexOf('lr-version-switcher')).toBeGreaterThan(page.lastIndexOf('</script>'));
    expect(injected.endsWith(page.slice(page.lastIndexOf('</body>')))).toBe(true);
  });

  it('refuses a page that has one already, or has no </body>', () => {
    expect(() => injectSwitcher(injectSwitcher(page, '1.0.0'), '1.0.0')).toThrow(InjectError);
    expect(() => injectSwitcher('<html><p>no end', '1.0.0')).toThrow(/no <\/body>/);
  });

  it('links only relative to the page: no root-absolute URL, no other host', () => {
    const added = injectSwitcher(page, 'next').slice(page.lastIndexOf('</body>') - 1);
    expect(added).toContain("new URL('../', location.href)");
    expect(added).not.toMatch(ROOT_ABSOLUTE);
    expect(added).not.toMatch(/https?:/);
  });

  it('escapes the version it embeds', () => {
    expect(injectSwitcher(page, '</script><b>')).toContain('const current = "\\u003c/script>\\u003cb>";');
  });
});

describe('assembling the site from a registry', () => {
  let registry: TestRegistry;
  let out: string;
  let page: string;
  const release = (version: string, extra: Record<string, string> = {}) =>
    registry.publish(version, {
      'dist/index.html': page.replace('</title>', ` ${version}</title>`),
      'dist/openapi.json': JSON.stringify({ info: { version } }),
      'dist/llms.txt': `# v${version}\n\n- [Verify SMS OTP](operations/verifySmsOtp.md)\n`,
      'dist/operations/verifySmsOtp.md': `# Verify SMS OTP (${version})\n`,
      'CHANGELOG.md': `# ${version}\n`,
      'src/build.ts': 'not published to the site',
      ...extra,
    });
  const assemble = (next?: string) =>
    assembleSite({ out, packageName: NAME, title: 'API reference', registry: registry.url, next });
  const versionsJson = () => JSON.parse(readFileSync(join(out, 'versions.json'), 'utf8'));

  beforeAll(async () => {
    page = await readFile(join(distDir, 'index.html'), 'utf8');
    registry = await startTestRegistry(NAME);
    out = await mkdtemp(join(tmpdir(), 'lr-mfa-site-'));
    await release('1.0.0');
  });
  afterAll(async () => {
    await registry?.stop();
    await rm(out, { recursive: true, force: true });
  });

  it('writes a folder per release (its dist/ and changelog, the page with its switcher), latest and the root pages', async () => {
    const result = await assemble();
    expect(result).toMatchObject({ added: ['1.0.0'], kept: [] });
    expect(readdirSync(out).sort()).toEqual(['1.0.0', '404.html', 'index.html', 'latest', 'versions.json']);
    expect(readdirSync(join(out, '1.0.0')).sort()).toEqual([
      'CHANGELOG.md',
      'index.html',
      'llms.txt',
      'openapi.json',
      'operations',
    ]);
    expect(readFileSync(join(out, '1.0.0/index.html'), 'utf8')).toContain('const current = "1.0.0";');
    expect(readFileSync(join(out, '1.0.0/operations/verifySmsOtp.md'), 'utf8')).toBe(
      '# Verify SMS OTP (1.0.0)\n',
    );
    expect(versionsJson()).toEqual([{ version: '1.0.0', title: '1.0.0', aliases: ['latest'] }]);
    expect(digest(join(out, 'latest'))).toEqual(digest(join(out, '1.0.0')));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(
      `location.replace("latest/" + location.search + location.hash)`,
    );
  });

  it('never rewrites a release folder: a changed tarball in the registry is not even downloaded again', async () => {
    const first = digest(join(out, '1.0.0'));
    await release('1.0.0', { 'dist/llms.txt': '# republished\n' });
    await release('1.1.0');
    await release('2.0.0-rc.1');
    registry.requests.length = 0;
    const result = await assemble();
    expect(result).toMatchObject({ added: ['2.0.0-rc.1', '1.1.0'].sort(), kept: ['1.0.0'] });
    expect(registry.requests.filter((p) => p.endsWith('.tgz')).sort()).toEqual([
      `/${NAME}/-/docs-1.1.0.tgz`,
      `/${NAME}/-/docs-2.0.0-rc.1.tgz`,
    ]);
    expect(digest(join(out, '1.0.0'))).toEqual(first);
    expect(versionsJson().map((e: { version: string; aliases: string[] }) => [e.version, e.aliases])).toEqual(
      [
        ['2.0.0-rc.1', []],
        ['1.1.0', ['latest']],
        ['1.0.0', []],
      ],
    );
    expect(digest(join(out, 'latest'))).toEqual(digest(join(out, '1.1.0')));
  });

  it('re-assembling with nothing new changes no byte of the site', async () => {
    const before = digest(out);
    await assemble();
    expect(digest(out)).toEqual(before);
  });

  it('refuses a tarball that does not match its published integrity, and leaves no folder behind', async () => {
    await release('1.2.0');
    registry.tamper('1.2.0', Buffer.from('not the published tarball'));
    const before = readdirSync(out).sort();
    await expect(assemble()).rejects.toThrow(/1\.2\.0 .*does not match the integrity/);
    expect(readdirSync(out).sort()).toEqual(before);
  });

  it('links nothing to the host root: every HTML page of the site works under a sub-path', () => {
    const pages = (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const file of pages) {
      const html = readFileSync(join(out, file), 'utf8');
      const ours = file.includes('/') ? html.slice(html.indexOf('<!-- lr-mfa-docs-site')) : html;
      expect(ours, file).not.toMatch(ROOT_ABSOLUTE);
    }
  });
});

describe('a site with no release', () => {
  let registry: TestRegistry;
  let out: string;
  beforeAll(async () => {
    registry = await startTestRegistry('@lr-mfa/other');
    out = await mkdtemp(join(tmpdir(), 'lr-mfa-site-'));
  });
  afterAll(async () => {
    await registry?.stop();
    await rm(out, { recursive: true, force: true });
  });
  const options = { packageName: NAME, title: 'API reference' };

  it('is an error without --next: nothing to publish', async () => {
    await expect(assembleSite({ ...options, out, registry: registry.url })).rejects.toThrow(
      new SiteError(
        `${registry.url} has no release of ${NAME}, and --next was not asked for: nothing to publish`,
      ),
    );
  });

  it('with --next is next alone, where the root lands', async () => {
    const result = await assembleSite({ ...options, out, registry: registry.url, next: distDir });
    expect(result.entries).toEqual([{ version: 'next', title: 'next (unreleased)', aliases: [] }]);
    expect(readFileSync(join(out, 'next/index.html'), 'utf8')).toContain('const current = "next";');
    expect(existsSync(join(out, 'latest'))).toBe(false);
    expect(readFileSync(join(out, '404.html'), 'utf8')).toContain('const landing = "next";');
  });

  it('turns a malformed or a stalled registry answer into a RegistryError', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const odd = createServer((request, response) => {
      if (request.url?.includes('stalled')) return; // never answers
      response.writeHead(200, { 'content-type': 'application/json' }).end('<html>a captive portal</html>');
    }).on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((done) => odd.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(odd.address() as AddressInfo).port}/`;
    try {
      await expect(assembleSite({ ...options, out, registry: base })).rejects.toThrow(
        new RegistryError(
          `${base}@lr-mfa%2fdocs sent a packument that is not JSON: ${jsonError('<html>a captive portal</html>')}`,
        ),
      );
      await expect(
        assembleSite({ ...options, out, registry: `${base}stalled/`, timeoutMs: 200 }),
      ).rejects.toThrow(/^cannot fetch the packument of @lr-mfa\/docs from .*stalled\/@lr-mfa%2fdocs: /);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => odd.close(done));
    }
  });
});

/** The message JSON.parse gives for `text`. */
function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} is JSON`);
}

describe('the docs:site command', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'lr-mfa-site-cli-'));
  });
  afterAll(() => rm(out, { recursive: true, force: true }));
  /** Runs the CLI as `pnpm docs:site` does; resolves with its exit code and output. */
  const cli = (...args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      const tsx = join(packageDir, 'node_modules/.bin/tsx');
      execFile(tsx, [join(packageDir, 'src/site/cli.ts'), ...args], (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  it('builds a next-only site with no registry at all (--next --offline)', async () => {
    const run = await cli('--next', '--offline', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`wrote next/ from ${distDir}`);
    expect(JSON.parse(readFileSync(join(out, 'versions.json'), 'utf8'))).toEqual([
      { version: 'next', title: 'next (unreleased)', aliases: [] },
    ]);
  });

  it('answers a mistaken command with one clear line, never a stack', async () => {
    const unknown = await cli('--nxet');
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toBe(
      "docs:site: Unknown option '--nxet'\nusage: docs:site [--out site] [--registry <url>] [--next] [--offline]\n",
    );
    const registry = await cli('--next', '--registry', 'ftp://mirror.example/', '--out', out);
    expect(registry).toMatchObject({ code: 1, stdout: '' });
    expect(registry.stderr).toBe('docs:site: the registry "ftp://mirror.example/" is not an http(s) URL\n');
  });
});

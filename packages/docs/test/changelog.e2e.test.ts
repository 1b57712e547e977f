// The API changelog page of the reference in Chromium: the sidebar has an "API changelog" entry (a Redoc trait
// tag whose description `pnpm version-packages` writes), clicking it shows every release entry of the
// published spec with its changes. Self-contained: its own static server for dist/ on 127.0.0.1 and a
// chromium (Debian's, through playwright-core) that may reach nothing else.
// biome-ignore-all lint/performance/useDomNodeTextContent: Locator.innerText is the rendered text a reader sees
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS, runBrowser } from '@lr-mfa/testkit/browser';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from './site.js';

const distDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist');
const TAG = 'API changelog';
/** The trait tag of the published spec and its release entries: `## <version>` headings with their bodies. */
async function publishedChangelog() {
  const spec = JSON.parse(await readFile(join(distDir, 'openapi.json'), 'utf8'));
  const tag = (spec.tags ?? []).find((t: { name: string }) => t.name === TAG);
  const description = String(tag?.description ?? '');
  const releases = [...description.matchAll(/^## (.+)\n\n([\s\S]*?)(?=\n## |$)/gm)].map((m) => ({
    version: m[1] as string,
    body: m[2] as string,
  }));
  return { tag, releases };
}

describe.runIf(runBrowser)('the API changelog page in Chromium', () => {
  let server: Server;
  let origin: string;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const blocked: string[] = [];

  beforeAll(async () => {
    server = await serveDist();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = await mkdtemp(join(tmpdir(), 'lr-mfa-changelog-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: CHROMIUM_FLAGS,
    });
    // Only the test server may be reached.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((done) => server?.close(done));
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('the published spec carries the changelog as a trait tag with at least one release', async () => {
    const { tag, releases } = await publishedChangelog();
    expect(tag?.['x-traitTag']).toBe(true);
    expect(releases.length).toBeGreaterThan(0);
  });

  it('the sidebar entry opens the page, showing every release and its changes', async () => {
    const { releases } = await publishedChangelog();
    await page.goto(`${origin}/`);
    const sidebar = page.locator('[data-component-name="Menu/Menu"]').first();
    await expect
      .poll(() => sidebar.getByText(TAG, { exact: true }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await sidebar.getByText(TAG, { exact: true }).click();
    await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toMatch(/api-changelog/i);

    // The page's heading is scrolled into view, and the page holds every release entry of the published spec.
    const heading = page.locator('main').getByRole('heading', { name: TAG }).first();
    await expect
      .poll(
        async () => {
          const box = await heading.boundingBox();
          return box !== null && box.y >= 0 && box.y < 900;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    const main = await page.locator('main').innerText();
    const text = main.slice(main.lastIndexOf(TAG));
    expect(text).toContain('What changed in the API with each release');
    for (const { version, body } of releases) {
      expect(text).toContain(version);
      // Each bullet's words (Markdown backticks and emphasis rendered away) are on the page.
      for (const line of body.split('\n').filter((l) => l.startsWith('- '))) {
        expect(text).toContain(
          line
            .slice(2)
            .replace(/[`*\\]/g, '')
            .trim(),
        );
      }
    }
    expect(blocked).toEqual([]);
  });
});

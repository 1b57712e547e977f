// The versioned reference site end to end: a sandbox copy of the repository publishes @lr-mfa/docs 1.0.0 to a
// local verdaccio, then 1.1.0 with an optional response field and the multi-operation fixture's operations
// added to the spec; `pnpm docs:site` assembles the site from that registry, and the site is served under a
// sub-path (as a GitHub Pages project site is, with its 404.html fallback) on 127.0.0.1 and read in Debian's
// chromium, which may reach nothing but that server.
// biome-ignore-all lint/performance/useDomNodeTextContent: Locator.innerText is the rendered text a reader sees
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, runBrowser, serveFolder } from '@lr-mfa/testkit/browser';
import { type Registry, startRegistry } from '@lr-mfa/testkit/registry';
import { createSandbox, digestFiles, repoRoot, type Sandbox } from '@lr-mfa/testkit/sandbox';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDED, addOperations } from './fixture-operations.js';

const PREFIX = '/lr-mfa/';
const NEW_FIELD = 'token_type';
const SETUP = 1_200_000;
/** Screenshots (git-ignored), beside the docs package's own browser tests' ones. */
const artifactsDir = join(repoRoot, '.artifacts/docs');

let box: Sandbox;
let registry: Registry;
let site: string;
const assembled: string[] = [];

const step = (label: string, r: { code: number; output: string }) => {
  if (r.code !== 0) throw new Error(`${label} failed (exit ${r.code}):\n${r.output}`);
  return r.output;
};

/** Builds the sandbox as `version` and publishes @lr-mfa/docs (without provenance: no CI signer here). */
function release(version: string): void {
  const file = join(box.dir, 'packages/docs/package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.version = version;
  delete manifest.publishConfig.provenance;
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  const env = { npm_config_registry: registry.url };
  step(`pnpm build (${version})`, box.run('pnpm', ['build'], env));
  step(
    `publish ${version}`,
    box.run('pnpm', ['--filter', '@lr-mfa/docs', 'publish', '--no-git-checks'], env),
  );
}

/** 1.1.0's spec: an optional field in the completed login's response, and the fixture's operations. */
function changeSpec(): void {
  const schema = join(box.dir, 'spec/components/schemas/MfaLoginResponse.yaml');
  const field = `  ${NEW_FIELD}:\n    type: string\n    description: How to send \`access_token\` on later calls, always \`Bearer\`.\n    examples:\n      - Bearer\n`;
  const text = readFileSync(schema, 'utf8');
  if (!text.includes('\n  expires_in:\n'))
    throw new Error(`${schema} has no expires_in property to add beside`);
  writeFileSync(schema, text.replace('\n  expires_in:\n', `\n${field}  expires_in:\n`));
  addOperations(join(box.dir, 'spec'));
}

const docsSite = () =>
  step('pnpm docs:site', box.run('pnpm', ['docs:site', '--registry', registry.url, '--out', site]));

beforeAll(async () => {
  box = createSandbox();
  registry = await startRegistry();
  appendFileSync(join(box.dir, '.npmrc'), `\n${registry.npmrc}`);
  site = await mkdtemp(join(tmpdir(), 'lr-mfa-site-e2e-'));
  release('1.0.0');
  changeSpec();
  release('1.1.0');
  assembled.push(docsSite());
}, SETUP);

afterAll(async () => {
  await registry?.stop();
  box?.dispose();
  if (site) await rm(site, { recursive: true, force: true });
});

describe('pnpm docs:site from the registry', () => {
  it('writes both releases, latest and the root files', () => {
    expect(assembled[0]).toMatch(/added 1\.0\.0\//);
    expect(assembled[0]).toMatch(/added 1\.1\.0\//);
    expect(JSON.parse(readFileSync(join(site, 'versions.json'), 'utf8'))).toEqual([
      { version: '1.1.0', title: '1.1.0', aliases: ['latest'] },
      { version: '1.0.0', title: '1.0.0', aliases: [] },
    ]);
    const published = (version: string) =>
      JSON.parse(readFileSync(join(site, version, 'openapi.json'), 'utf8'));
    expect(published('1.0.0').info.version).toBe('1.0.0');
    expect(published('latest').info.version).toBe('1.1.0');
  });

  it('re-assembling keeps every byte and says what it kept', () => {
    const before = digestFiles(site);
    const again = docsSite();
    expect(again).toContain('kept 1.0.0/');
    expect(again).toContain('kept 1.1.0/');
    expect(digestFiles(site)).toEqual(before);
  });
});

describe.skipIf(!runBrowser)('the site under a sub-path in chromium', () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  const served: string[] = [];
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  let operation: { summary: string; tag: string };
  let route = '';

  const poll = { timeout: 15_000 };
  const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const heading = (text: string) =>
    page
      .locator('main')
      .locator('h1, h2, h3')
      .filter({ hasText: exact(text) });
  const property = (name: string) => page.locator('.schema-name', { hasText: exact(name) });
  const switcher = () => page.locator('#lr-version-switcher select');
  const inView = (text: string) =>
    heading(text)
      .first()
      .evaluate((el) => {
        const { top } = el.getBoundingClientRect();
        return top >= 0 && top < innerHeight;
      });

  beforeAll(async () => {
    const spec = JSON.parse(readFileSync(join(site, '1.1.0/openapi.json'), 'utf8'));
    const verify = Object.values(spec.paths as Record<string, Record<string, { operationId?: string }>>)
      .flatMap((item) => Object.values(item))
      .find((o) => o.operationId === 'verifySmsOtp') as { summary: string; tags: string[] };
    operation = { summary: verify.summary, tag: verify.tags[0] as string };
    server = await serveFolder(site, { served, prefix: PREFIX, notFoundPage: true });
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    base = `${origin}${PREFIX}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.route('**/*', (r) => {
      if (r.request().url().startsWith(`${origin}/`)) return r.continue();
      blocked.push(r.request().url());
      return r.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  it('lands on latest/ from the root, which is 1.1.0', async () => {
    await page.goto(base);
    await expect.poll(() => page.url(), poll).toBe(`${base}latest/`);
    await expect.poll(() => page.title(), poll).toMatch(/\(v1\.1\.0\)$/);
  });

  it('lists both releases in the switcher, newest first, latest marked, and shows no banner on latest', async () => {
    await expect
      .poll(() => switcher().locator('option').allInnerTexts(), poll)
      .toEqual(['1.1.0 (latest)', '1.0.0']);
    expect(await switcher().inputValue()).toBe('1.1.0');
    expect(await page.locator('#lr-version-banner').count()).toBe(0);
  });

  it("switches from 1.1.0's Verify SMS OTP to the same operation in 1.0.0, which lacks the new field and shows the banner", async () => {
    await page.goto(`${base}1.1.0/`);
    const sidebar = page.locator('[data-component-name="Menu/Menu"]').first();
    await sidebar.getByText(operation.tag, { exact: true }).click();
    await sidebar.getByText(operation.summary, { exact: true }).click();
    await expect.poll(() => new URL(page.url()).hash, poll).toMatch(/verifySmsOtp/i);
    route = new URL(page.url()).hash;
    await property(NEW_FIELD).first().scrollIntoViewIfNeeded();
    expect(await property(NEW_FIELD).first().isVisible()).toBe(true);

    await switcher().selectOption('1.0.0');
    await expect.poll(() => page.url(), poll).toBe(`${base}1.0.0/${route}`);
    await expect.poll(() => inView(operation.summary), poll).toBe(true);
    await expect.poll(() => property('expires_in').count(), poll).toBeGreaterThan(0);
    expect(await property(NEW_FIELD).count()).toBe(0);
    expect(await switcher().inputValue()).toBe('1.0.0');
    const banner = page.locator('#lr-version-banner');
    await expect
      .poll(() => banner.innerText(), poll)
      .toBe('You are reading version 1.0.0. The latest is 1.1.0. Go to 1.1.0');
    await mkdir(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'site-1.0.0-banner.png') });
    await banner.getByRole('link').click();
    await expect.poll(() => page.url(), poll).toBe(`${base}latest/${route}`);
    await expect.poll(() => inView(operation.summary), poll).toBe(true);
  });

  it('sends a path under a version the site lacks to the same path under latest/', async () => {
    await page.goto(`${base}0.9.0/${route}`);
    await expect.poll(() => page.url(), poll).toBe(`${base}latest/${route}`);
    await expect.poll(() => inView(operation.summary), poll).toBe(true);
    await page.goto(`${base}0.9.0/openapi.json`);
    await expect.poll(() => page.url(), poll).toBe(`${base}latest/openapi.json`);
  });

  it('resolves every link of llms.txt, in every version; 1.1.0 lists its new operations and 1.0.0 does not', async () => {
    const listings: Record<string, string> = {};
    for (const version of ['1.0.0', '1.1.0', 'latest']) {
      const listing = await page.request.get(`${base}${version}/llms.txt`);
      expect(listing.status(), `${version}/llms.txt`).toBe(200);
      listings[version] = await listing.text();
      const links = [...(listings[version] as string).matchAll(/\]\(([^)\s]+)\)/g)].map(
        (m) => m[1] as string,
      );
      expect(links.length, `${version}/llms.txt links`).toBeGreaterThan(0);
      for (const link of links) {
        const url = new URL(link, `${base}${version}/llms.txt`);
        expect(url.href.startsWith(`${base}${version}/`), `${link} stays in ${version}/`).toBe(true);
        expect((await page.request.get(url.href)).status(), `${version}: ${link}`).toBe(200);
      }
    }
    for (const id of ADDED) {
      expect(listings['1.1.0']).toContain(`(operations/${id}.md)`);
      expect(listings['1.0.0']).not.toContain(`(operations/${id}.md)`);
    }
    const verify = async (version: string) =>
      (await page.request.get(`${base}${version}/operations/verifySmsOtp.md`)).text();
    expect(await verify('1.1.0')).toContain(NEW_FIELD);
    expect(await verify('1.0.0')).not.toContain(NEW_FIELD);
  });

  it('asked nothing outside the site: no other host, nothing above its sub-path, no page error', () => {
    expect(blocked).toEqual([]);
    expect(served.filter((path) => !path.startsWith(PREFIX))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

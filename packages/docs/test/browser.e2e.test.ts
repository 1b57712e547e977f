// The built reference in a real browser: Debian's chromium driven by playwright-core, against dist/ served
// by a static server on 127.0.0.1. Every request the page makes is observed, and anything not for that
// server is aborted and reported. Full-page screenshots land in .artifacts/docs/ (git-ignored).
//
// Skipped, with a message, only when chromium is missing outside CI; with CI set it must run.
// biome-ignore-all lint/performance/useDomNodeTextContent: Locator.innerText is the rendered text a reader sees, which is what these tests assert
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, runBrowser } from '@lr-mfa/testkit/browser';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, describeOperation, loadSite, type Site, serveDist } from './site.js';

if (!runBrowser) {
  console.warn(
    `SKIPPED the docs browser test: no chromium at ${CHROMIUM}. Install it with ` +
      '`apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH). In CI it is required.',
  );
}

const DESKTOP = { width: 1440, height: 900 };
const MOBILE = { width: 390, height: 844 };

/** Waits for two frames: enough for the page to lay out and paint what the last action changed. */
const settle = (p: Page) =>
  p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Reads the pixel size from a PNG header. */
async function pngSize(file: string) {
  const header = await readFile(file);
  expect(header.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** expect.poll waits 1 s by default; a page that renders lazily gets longer. */
const poll = (message?: string) => ({ timeout: 10_000, ...(message ? { message } : {}) });

const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

describe.skipIf(!runBrowser)('the API reference in chromium', () => {
  let site: Site;
  let op: ReturnType<typeof describeOperation>;
  let server: Server;
  let origin: string;
  const served: string[] = [];
  const requested: string[] = [];
  const blocked: string[] = [];
  const consoleErrors: string[] = [];
  const profiles: string[] = [];
  const contexts: BrowserContext[] = [];
  let page: Page;
  /** Hash route of the operation, learnt by navigating to it. */
  let operationRoute = '';

  /** A chromium context with a fresh profile, whose requests and console are watched. */
  async function openContext(viewport: { width: number; height: number }, mobile = false) {
    const profile = await mkdtemp(join(tmpdir(), 'lr-mfa-docs-chromium-'));
    profiles.push(profile);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport,
      isMobile: mobile,
      hasTouch: mobile,
      offline: false,
    });
    contexts.push(context);
    context.on('request', (request) => {
      requested.push(request.url());
    });
    // Only the test server may be reached; anything else is recorded and never leaves the machine.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    const watch = (p: Page) => {
      p.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      p.on('pageerror', (error) => {
        consoleErrors.push(`uncaught: ${error.message}`);
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    const first = context.pages()[0] ?? (await context.newPage());
    first.setDefaultTimeout(15_000);
    return { context, page: first };
  }

  beforeAll(async () => {
    site = await loadSite();
    op = describeOperation(site);
    server = await serveDist(served);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    ({ page } = await openContext(DESKTOP));
    await mkdir(artifactsDir, { recursive: true });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const profile of profiles) await rm(profile, { recursive: true, force: true });
  });

  const main = () => page.locator('main');
  /** A heading of the main column, by its exact text (accessible names also carry the anchor links). */
  const heading = (text: string) =>
    main()
      .locator('h1, h2, h3')
      .filter({ hasText: exact(text) });
  /** A rendered schema property or parameter, by its exact name. */
  const property = (name: string) => page.locator('.schema-name', { hasText: exact(name) });

  it('renders the overview: title with the package version and the introduction', async () => {
    await page.goto(`${origin}/`);
    const title = `${site.spec.info.title} (${site.version})`;
    await expect
      .poll(() => main().getByRole('heading', { level: 1 }).first().innerText(), poll())
      .toBe(title);
    expect(await page.title()).toBe(`${site.spec.info.title} API reference (v${site.version})`);
    // Every section of the introduction (## headings of info.description) is rendered and in the sidebar.
    const sections = [...String(site.spec.info.description).matchAll(/^## (.+)$/gm)].map(
      (m) => m[1] as string,
    );
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      await expect.poll(() => heading(section).isVisible(), poll(section)).toBe(true);
    }
  });

  it('draws the sequence diagram as inline SVG that fits its column on desktop and phone', async () => {
    const fits = async (p: Page) => {
      const diagram = p.locator('main svg.diagram').first();
      await diagram.scrollIntoViewIfNeeded();
      expect(await diagram.isVisible()).toBe(true);
      expect(await diagram.getAttribute('role')).toBe('img');
      const { width, column } = await diagram.evaluate((svg) => ({
        width: svg.getBoundingClientRect().width,
        column: (svg.parentElement as HTMLElement).getBoundingClientRect().width,
      }));
      expect(width).toBeGreaterThan(0);
      expect(width).toBeLessThanOrEqual(column);
      // Its labels are SVG text, readable and searchable, not a picture of text.
      expect(await diagram.locator('text').allTextContents()).toContain('2. PUT …/2fa/sms');
      expect(await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    };
    await fits(page);
    const phone = (await openContext(MOBILE, true)).page;
    await phone.goto(`${origin}/`);
    await fits(phone);
    await phone.context().close();
  });

  it('leads from the sidebar to the operation', async () => {
    const tag = op.operation.tags[0] as string;
    const sidebar = page.locator('[data-component-name="Menu/Menu"]').first();
    await sidebar.getByText(tag, { exact: true }).click();
    await sidebar.getByText(op.operation.summary, { exact: true }).click();
    await expect.poll(() => heading(op.operation.summary).isVisible(), poll()).toBe(true);
    operationRoute = new URL(page.url()).hash;
    expect(operationRoute).toMatch(new RegExp(op.operation.operationId, 'i'));
    const endpoint = main().getByText(exact(op.path)).first();
    expect(await endpoint.isVisible()).toBe(true);
    expect(await endpoint.locator('..').innerText()).toContain(op.method);
  });

  it('shows every query parameter, the header and every body field', async () => {
    const names = [...op.query, ...op.headers].map((p) => p.wire);
    expect(names.length).toBe(17);
    for (const name of [...names, ...op.bodyFields]) {
      const shown = property(name).first();
      await shown.scrollIntoViewIfNeeded();
      expect(await shown.isVisible(), name).toBe(true);
    }
    // Required inputs say so.
    for (const name of ['secondfactorauthenticationtoken', 'otp']) {
      const row = page
        .locator('.schema-property-item')
        .filter({ has: property(name) })
        .first();
      expect(await row.innerText(), name).toContain('required');
    }
  });

  it('shows the responses 200, 400, 403, 404, 429 and 500', async () => {
    const statuses = ['200', '400', '403', '404', '429', '500'];
    expect(Object.keys(op.responses).sort()).toEqual(statuses);
    const responses = page.locator('[id$="/responses"]').first();
    const section = responses.locator('xpath=..');
    await responses.scrollIntoViewIfNeeded();
    // Each response's own description (its first sentence, without markdown) is shown only on its tab.
    const lead = (status: string) =>
      (String(op.responses[status]?.description).split(/(?<=[.:])\s/)[0] as string).replace(/[`*_]/g, '');
    for (const status of statuses) {
      const tab = responses.getByRole('tab', { name: status, exact: true });
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected'), poll(status)).toBe('true');
      await expect.poll(() => section.innerText(), poll(status)).toContain(lead(status));
      const text = await section.innerText();
      for (const other of statuses.filter((s) => s !== status))
        expect(text, other).not.toContain(lead(other));
    }
    await responses.getByRole('tab', { name: '200', exact: true }).click();
  });

  it("shows the suspend lockout's Data.LoginLockedTimeout under 403, and not under 400", async () => {
    const responses = page.locator('[id$="/responses"]').first();
    await responses.scrollIntoViewIfNeeded();
    /** The error's Data property on the tab of `status`, with its fields shown, and the rows of those fields. */
    const expandData = async (status: string) => {
      const tab = responses.getByRole('tab', { name: status, exact: true });
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected'), poll(status)).toBe('true');
      const data = page.locator(`.schema-property-item[id$="c=${status}&path=data"]`).first();
      await data.scrollIntoViewIfNeeded();
      const show = data.getByRole('button', { name: /Show propert/ });
      if ((await show.count()) > 0) await show.first().click();
      const fields = page.locator(`.schema-property-item[id*="c=${status}&path=data&"]`);
      await expect.poll(() => fields.count(), poll(status)).toBeGreaterThan(0);
      return { data, fields };
    };
    try {
      const locked = await expandData('403');
      expect(await locked.fields.evaluateAll((rows) => rows.map((row) => row.id))).toEqual([
        expect.stringMatching(/\/loginlockedtimeout$/),
      ]);
      expect(await locked.data.innerText()).toContain('LoginLockedTimeout');
      // The 400's Data is the generic object: an additional property, no unlock time.
      const generic = await expandData('400');
      expect(await generic.data.innerText()).not.toContain('LoginLockedTimeout');
      expect(await generic.fields.evaluateAll((rows) => rows.map((row) => row.id))).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/loginlockedtimeout/)]),
      );
    } finally {
      await responses.getByRole('tab', { name: '200', exact: true }).click();
    }
  });

  it('expands Profile to its nested fields (Identities, PhoneId, Email)', async () => {
    const profile = page.locator('.schema-property-item[id$="c=200&path=profile"]').first();
    await profile.scrollIntoViewIfNeeded();
    const nested = profile.locator(':scope > [data-schema-nested-open]');
    const toggle = nested.locator(':scope > button');
    const nestedNames = ['Identities', 'PhoneId', 'Email'];
    const child = (name: string) =>
      profile.locator(`.schema-property-item[id$="path=profile/${name.toLowerCase()}"] .schema-name`).first();

    if ((await nested.getAttribute('data-schema-nested-open')) === 'true') await toggle.click();
    await expect.poll(() => nested.getAttribute('data-schema-nested-open'), poll()).toBe('false');
    for (const name of nestedNames) expect(await child(name).count(), name).toBe(0);

    await toggle.click();
    await expect.poll(() => nested.getAttribute('data-schema-nested-open'), poll()).toBe('true');
    for (const name of nestedNames) {
      await child(name).scrollIntoViewIfNeeded();
      expect(await child(name).innerText()).toBe(name);
      expect(await child(name).isVisible(), name).toBe(true);
    }

    // One level deeper: an Email entry's Value.
    const email = profile.locator('.schema-property-item[id$="path=profile/email"]').first();
    const emailToggle = email.locator(':scope > [data-schema-nested-open] > button');
    if (
      (await email.locator(':scope > [data-schema-nested-open]').getAttribute('data-schema-nested-open')) !==
      'true'
    ) {
      await emailToggle.click();
    }
    const value = email.locator('.schema-name', { hasText: exact('Value') }).first();
    await value.scrollIntoViewIfNeeded();
    expect(await value.isVisible()).toBe(true);
  });

  it('shows the generated code samples: curl and TypeScript with @lr-mfa/client', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const labels = op.samples.map((s) => s.label);
    expect(labels).toEqual(['curl', 'TypeScript', 'curl (with options)', 'TypeScript (with options)']);
    const panelText = () => page.locator('pre, code').filter({ hasText: 'curl -X PUT' }).first().innerText();
    const curl = await panelText();
    for (const p of op.query.filter((i) => i.required)) expect(curl, p.wire).toContain(`${p.wire}=`);

    const switcher = page.getByRole('button', { name: /^curl$/ }).first();
    await switcher.click();
    const items = await page.getByRole('menuitem').allInnerTexts();
    for (const label of labels) expect(items.map((i) => i.trim())).toContain(label);
    await page.getByRole('menuitem', { name: 'TypeScript', exact: true }).click();
    // The minimal TypeScript call is shown, as published (its first line is the call's note).
    const minimal = op.samples[1]?.source.split('\n')[0] as string;
    const ts = page.locator('pre, code').filter({ hasText: minimal }).first();
    await expect.poll(() => ts.isVisible(), poll()).toBe(true);
    expect(await ts.innerText()).toContain("from '@lr-mfa/client'");
    expect(await ts.innerText()).toContain(`client.${op.operation.operationId}(`);
  });

  it('finds "otp" with the search box and opens the operation from the results', async () => {
    await page.goto(`${origin}/`);
    await page.getByText('Search', { exact: false }).first().click();
    const input = page.getByPlaceholder(/search/i).last();
    await input.fill('otp');
    const hit = page
      .locator('[data-component-name="Search/SearchItem"]', { hasText: op.operation.summary })
      .first();
    await expect.poll(() => hit.isVisible(), poll()).toBe(true);
    expect(await hit.innerText()).toContain(op.path);
    await hit.click();
    await expect.poll(() => new URL(page.url()).hash, poll()).toBe(operationRoute);
    await expect.poll(() => heading(op.operation.summary).isVisible(), poll()).toBe(true);
  });

  it('scrolls a search hit in an error example to that example ("1067" → the 403 example)', async () => {
    const example = op.responses['403']?.examples.find(
      (e) => (e.value as { ErrorCode?: number }).ErrorCode === 1067,
    );
    const label = (example?.summary ?? example?.name) as string;
    expect(label).toBeTruthy();
    await page.goto(`${origin}/`);
    await page.getByText('Search', { exact: false }).first().click();
    await page
      .getByPlaceholder(/search/i)
      .last()
      .fill('1067');
    const hit = page.locator('[data-component-name="Search/SearchItem"]', { hasText: label }).first();
    await expect.poll(() => hit.isVisible(), poll()).toBe(true);
    await hit.click();
    const shown = page
      .locator('[data-testid="right-panel"] [data-component-name="Dropdown/Dropdown"] button')
      .filter({ hasText: exact(label) })
      .first();
    const inView = async () => {
      const box = await shown.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= DESKTOP.height;
    };
    await expect.poll(inView, poll(`${label} in view`)).toBe(true);
  });

  it('saves full-page screenshots at desktop and mobile widths', async () => {
    const shots: { file: string; width: number }[] = [];
    const capture = async (
      p: Page,
      name: string,
      viewport: { width: number; height: number },
      full: boolean,
    ) => {
      const file = join(artifactsDir, `${name}.png`);
      if (full) {
        // Redoc renders long parts (the Profile schema) only once they scroll into view: grow the
        // viewport to the page's height until it stops changing, so the capture shows everything.
        let height = 0;
        for (let round = 0; round < 10; round++) {
          await settle(p);
          const next = await p.evaluate(() => document.documentElement.scrollHeight);
          if (next === height) break;
          height = next;
          await p.setViewportSize({ width: viewport.width, height });
        }
      }
      await settle(p);
      await p.screenshot({ path: file, fullPage: full });
      await p.setViewportSize(viewport);
      shots.push({ file, width: viewport.width });
    };

    // From the operation's route the page holds everything: the introduction, the tag and the operation.
    await page.goto(`${origin}/${operationRoute}`);
    await heading(op.operation.summary).waitFor();
    // The sidebar unfolds the tag with an animation: wait until the operation's entry stands still.
    const entry = page
      .locator('[data-component-name="Menu/Menu"]')
      .getByText(op.operation.summary, { exact: true });
    await expect
      .poll(async () => {
        const before = await entry.boundingBox();
        await settle(page);
        const after = await entry.boundingBox();
        return before !== null && before.height > 0 && JSON.stringify(before) === JSON.stringify(after);
      }, poll())
      .toBe(true);
    await capture(page, 'desktop-operation', DESKTOP, false);
    await capture(page, 'desktop-full', DESKTOP, true);

    const mobile = await openContext(MOBILE, true);
    const phone = mobile.page;
    await phone.goto(`${origin}/${operationRoute}`);
    await phone
      .locator('main h1, main h2')
      .filter({ hasText: exact(op.operation.summary) })
      .waitFor();
    await capture(phone, 'mobile-operation', MOBILE, false);
    // Nothing may be wider than the phone's screen (wide code blocks scroll inside themselves).
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await capture(phone, 'mobile-full', MOBILE, true);

    for (const { file, width } of shots) {
      const size = await pngSize(file);
      expect(size.width, file).toBe(width);
      expect(size.height, file).toBeGreaterThanOrEqual(file.endsWith('-full.png') ? 8_000 : 800);
    }
  });

  it('logged no console error and made no request beyond 127.0.0.1', () => {
    expect(consoleErrors).toEqual([]);
    expect(blocked).toEqual([]);
    const local = (url: string) =>
      url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`) || url.startsWith('data:');
    expect(requested.filter((url) => !local(url))).toEqual([]);
    expect(requested.length).toBeGreaterThan(0);
    // The page is one file: the server was only ever asked for it.
    expect(new Set(served)).toEqual(new Set(['/']));
  });
});

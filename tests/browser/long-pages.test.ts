// The long pages of a ten-year archive in Chromium: the links to their lists, years and letters (and the actions
// page's count by group) pass axe-core and fit a 320 px phone, and they lead a reader who taps them to the heading
// they name.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cleanTemp } from '../helpers/archive.js';
import { axeViolations, chromeOrSkip, launch, serve } from '../helpers/browser.js';
import { announcingArchive, builtSite, tenYearSite } from '../helpers/build.js';

const chrome = chromeOrSkip();

/** The largest page under each folder of `site`: the longest group, organisation, person and project. */
function longest(site: string, dir: string): string {
  const pages = fs
    .readdirSync(path.join(site, dir))
    .filter((f) => !f.endsWith('.html'))
    .map((id) => ({ url: `${dir}/${id}/`, size: fs.statSync(path.join(site, dir, id, 'index.html')).size }));
  return pages.sort((a, b) => b.size - a.size)[0]!.url;
}

describe.skipIf(!chrome)('long pages in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let pages: string[];
  // The start page of fifty groups that each announce their next meeting.
  let startServer: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    const site = await tenYearSite();
    pages = [...['grupper', 'organisationer', 'personer', 'projekt'].map((dir) => longest(site, dir)), 'personer/'];
    server = await serve(site);
    startServer = await serve(await builtSite(announcingArchive(50, 50)));
    browser = await launch(chrome!);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await startServer?.close();
    cleanTemp();
  });

  it('have no WCAG 2.2 A/AA violations and fit the screen, at 320 px and at 1280 px', async () => {
    for (const width of [320, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
      const page = await context.newPage();
      // The actions page of an archive past its limit counts open actions by group instead of listing them.
      for (const url of [...pages, 'atgarder/']) {
        await page.goto(server.url + url);
        expect(await page.locator(url === 'atgarder/' ? 'table.per-group' : 'nav.toc, nav.years, nav.letters').count(), url).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${url} at ${width} px`).toBeLessThanOrEqual(width);
        expect(await axeViolations(page), `${url} at ${width} px`).toEqual([]);
      }
      await context.close();
    }
  }, 120_000);

  it('move the focus to the first of the further search results a keyboard reader asks for, not leave it below them', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.url}sok/?q=${encodeURIComponent('möte')}`);
    const titles = page.locator('.pagefind-ui__results > .pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link');
    const results = page.locator('.pagefind-ui__results > .pagefind-ui__result');
    await titles.first().waitFor({ timeout: 15_000 });
    // Each result shows its title link once its data has loaded, one after another: count the first batch only
    // when every one of them has, or the first new result would be looked for among the first batch.
    await expect.poll(async () => (await titles.count()) === (await results.count()), { timeout: 15_000 }).toBe(true);
    const shown = await results.count();
    const more = page.getByRole('button', { name: 'Visa fler träffar' });
    await more.focus();
    await page.keyboard.press('Enter');
    // The first new result, by its place among the results: the new ones load their titles in any order, so the
    // n-th title shown so far may be a later one's.
    const firstNew = results.nth(shown).locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link');
    await firstNew.waitFor({ timeout: 10_000 });
    const first = (await firstNew.textContent())!;
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(first);
    // Tab goes on through the new results, not past them to the footer.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.pagefind-ui__results')))).toBe(true);
    await context.close();
  });

  it('take a phone reader without JavaScript from the top of a group page to the decisions of one year', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + pages[0]!);
    await page.getByRole('navigation', { name: 'På sidan' }).getByRole('link', { name: 'Beslut' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Beslut' }).isVisible()).resolves.toBe(true);
    const years = page.getByRole('navigation', { name: 'Beslut per år' }).getByRole('link');
    const year = (await years.nth(1).textContent())!;
    await years.nth(1).click();
    const heading = page.locator(`#beslut-${year}`);
    // The year, and, to a screen reader, the list it heads.
    await expect(heading.textContent()).resolves.toBe(`Beslut ${year}`);
    const top = await heading.evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    await context.close();
  });

  // The coming meetings list ten, as the latest beside them: all fifty made the page of 1,000 generated minutes
  // 8,975 px long on a 320 px phone, 5,840 with ten.
  it.each([
    [320, 2600],
    [1280, 1200],
  ])('shows the groups within reach at %i px, with and without JavaScript: their heading at most %i px down, no violations, no sideways scrolling', async (width, most) => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ viewport: { width, height: 640 }, javaScriptEnabled, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(startServer.url);
      await expect(page.getByRole('region', { name: 'Kommande möten' }).getByRole('listitem').count()).resolves.toBe(10);
      const top = await page.getByRole('heading', { level: 2, name: 'Grupper' }).evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
      expect(top, `JavaScript ${javaScriptEnabled}`).toBeLessThanOrEqual(most);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

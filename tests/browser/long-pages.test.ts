// The long pages of a ten-year archive in Chromium: the links to their lists, years and letters (and the actions
// page's count by group) pass axe-core and fit a 320 px phone, and they lead a reader who taps them to the heading
// they name.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cleanTemp } from '../helpers/archive.js';
import { axeViolations, chromeOrSkip, launch, serve } from '../helpers/browser.js';
import { announcingArchive, builtSite, longShapesArchive, tenYearSite } from '../helpers/build.js';

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

// Names, addresses and a table too long for a line, and a group's chart of 20 meetings, on paper and at a reader's
// larger font size.
describe.skipIf(!chrome)('long names and wide tables in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let meeting: string;

  beforeAll(async () => {
    const archive = longShapesArchive();
    meeting = archive.meeting;
    server = await serve(await builtSite(archive.root));
    browser = await launch(chrome!);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    cleanTemp();
  });

  // A4 less the usual 1 cm margins: 190 mm, 718 CSS px. A table of nine columns in the minutes, 908 px wide, was
  // cut off on paper after its seventh, in the box it scrolls in on a screen; that box stood 5 px past the page on
  // every page with a table. Each row, a page with such tables (nine columns, and fourteen) or the long names.
  it.each(['grupper/grupp-1/', 'personer/lang-person/', 'organisationer/lang-org/', 'MEETING'])('prints /%s within the width of an A4 page, every table whole on it', async (url) => {
    const context = await browser.newContext({ viewport: { width: 718, height: 1000 } });
    const page = await context.newPage();
    await page.goto(server.url + (url === 'MEETING' ? meeting : url));
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      tables: [...document.querySelectorAll('table')].map((t) => ({ right: Math.round(t.getBoundingClientRect().right), cells: t.querySelectorAll('th').length })),
      shown: [...document.querySelectorAll('nav, #sok, .site-footer')].filter((e) => e.checkVisibility()).length,
    }));
    expect(layout.tables.length).toBeGreaterThan(0);
    expect(layout.tables.filter((t) => t.right > 718)).toEqual([]);
    expect(layout.width).toBeLessThanOrEqual(718);
    expect(layout.shown).toBe(0);
    if (url === 'MEETING') {
      expect(layout.tables.map((t) => t.cells).filter((n) => n >= 9)).toEqual([9, 14]);
      // The last column's heading is on the page.
      const last = await page.getByRole('columnheader', { name: 'Ansvarig' }).last().boundingBox();
      expect(last!.x + last!.width).toBeLessThanOrEqual(718);
    }
    await context.close();
  });

  // A reader's own font size (Chromium's settings), 200 % (WCAG 1.4.4) and more, on a wide screen: the chart's number,
  // sized in rem inside a drawing 30rem wide, grew with the square of it, 96 px high at 32 px, over the heading.
  it.each([
    [1024, 32],
    [1280, 32],
    [1280, 40],
  ])('keeps the attendance chart\'s number clear of its heading at %i px with a font size of %i px', async (width, fontSize) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: fontSize } });
    await page.goto(`${server.url}grupper/grupp-1/`);
    const gap = await page.evaluate(() => {
      const number = document.querySelector<SVGTextElement>('.chart text')!;
      const scale = number.getScreenCTM()!.a;
      const style = getComputedStyle(number);
      const context2d = document.createElement('canvas').getContext('2d')!;
      context2d.font = `${style.fontWeight} ${parseFloat(style.fontSize) * scale}px ${style.fontFamily}`;
      // The top of the number's digits as drawn: its baseline less their height.
      const top = number.ownerSVGElement!.getBoundingClientRect().top + number.y.baseVal[0]!.value * scale - context2d.measureText(number.textContent!).actualBoundingBoxAscent;
      const heading = document.createRange();
      heading.selectNodeContents(document.getElementById('narvaro')!);
      return { gap: top - heading.getBoundingClientRect().bottom, font: parseFloat(getComputedStyle(document.body).fontSize), size: parseFloat(style.fontSize) * scale };
    });
    expect(gap.font).toBeCloseTo((fontSize * 17) / 16, 1);
    expect(gap.gap).toBeGreaterThanOrEqual(0);
    await context.close();
  });
});

// The hostile site (every accepted payload of corpus.ts in every field) in a real Chromium with the site's own
// Content-Security-Policy: every page is loaded and searched, and no script from content may run, no dialog
// open, nothing be refused by the policy (which would mean markup got through) and no handler sit in the DOM.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cleanTemp, tempDir, writeFiles } from '../helpers/archive.js';
import { chromeOrSkip, launch, serve } from '../helpers/browser.js';
import { listFiles } from '../helpers/site.js';
import { buildInto } from './helpers.js';
import { hostileFiles, names, SITE_ENTRIES } from './hostile.js';

const chrome = chromeOrSkip();
const OWN_SCRIPTS = ['/pagefind/pagefind-ui.js', '/assets/search.js'];

/** Runs in the page: everything in the DOM that could run script or navigate to it. */
function domProblems(own: string[]): string[] {
  const bad: string[] = [];
  if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) bad.push('window.__pwned was set');
  for (const el of Array.from(document.querySelectorAll('*'))) {
    // Pagefind's own search form submits nowhere.
    if (el.matches('form.pagefind-ui__form[action="javascript:void(0);"]')) continue;
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) bad.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(a.name.toLowerCase())) {
        let scheme = 'invalid:';
        try {
          scheme = new URL(a.value, document.baseURI).protocol;
        } catch {
          // stays invalid
        }
        const favicon = el.tagName === 'LINK' && a.value === 'data:,';
        if (a.name === 'srcdoc' || (!['http:', 'https:', 'mailto:'].includes(scheme) && !favicon)) bad.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`);
      }
    }
  }
  for (const s of Array.from(document.scripts)) if (!s.src || !own.includes(new URL(s.src).pathname)) bad.push(`<script src="${s.src}">`);
  for (const el of Array.from(document.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv="refresh"], form:not(.search-form, .pagefind-ui__form)'))) bad.push(`<${el.tagName.toLowerCase()}>`);
  return bad;
}

describe.skipIf(!chrome)('the hostile site in Chromium, under its own Content-Security-Policy', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let site: string;

  beforeAll(async () => {
    const root = tempDir();
    writeFiles(root, hostileFiles(SITE_ENTRIES));
    site = path.join(root, 'site');
    const result = await buildInto(root, site);
    expect(result.ok).toBe(true);
    server = await serve(site);
    browser = await launch(chrome!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    cleanTemp();
  });

  /** A context with JavaScript on and the page's CSP in force, recording dialogs, errors and CSP refusals. */
  async function watched(): Promise<{ context: BrowserContext; problems: string[]; track: (page: Page, url: string) => void }> {
    const context = await browser.newContext({ javaScriptEnabled: true, bypassCSP: false });
    const problems: string[] = [];
    const track = (page: Page, url: string) => {
      page.on('dialog', (d) => {
        problems.push(`${url}: dialog ${d.type()} "${d.message()}"`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => problems.push(`${url}: pageerror ${e.message}`));
      page.on('console', (m) => {
        // A refusal means markup from content reached the DOM and tried to run or load something. (Styles are
        // the site's own business: Pagefind's interface sets some inline, which the policy refuses harmlessly.)
        if (/Content Security Policy|Refused to/i.test(m.text()) && !/inline style/.test(m.text())) problems.push(`${url}: ${m.text().slice(0, 200)}`);
      });
      page.on('framenavigated', (f) => {
        if (f === page.mainFrame() && !f.url().startsWith(server.url)) problems.push(`${url}: navigated away to ${f.url()}`);
        if (f === page.mainFrame() && /\/pwned/.test(f.url())) problems.push(`${url}: navigated by content to ${f.url()}`);
      });
    };
    return { context, problems, track };
  }

  it('runs no script from content and opens no dialog on any page', async () => {
    const pages = listFiles(site).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5 * SITE_ENTRIES.length);
    const { context, problems, track } = await watched();
    const queue = [...pages];
    // A few tabs at a time: the pages are small.
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        const page = await context.newPage();
        track(page, 'page');
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          const url = server.url + file.replace(/index\.html$/, '');
          // Parser-inserted scripts have run by DOMContentLoaded; handlers from content would be in the DOM by then.
          await page.goto(url, { waitUntil: 'domcontentloaded' });
          for (const p of await page.evaluate(domProblems, OWN_SCRIPTS)) problems.push(`${file}: ${p}`);
        }
        await page.close();
      }),
    );
    await context.close();
    expect(problems).toEqual([]);
  });

  it('runs no script from content in search results, excerpts and filters', async () => {
    const { context, problems, track } = await watched();
    const page = await context.newPage();
    track(page, 'sok/');
    // The first hostile person's whole name, script tags and all.
    const person = encodeURIComponent(names(SITE_ENTRIES[0]!).person);
    for (const [query, preset] of [['fientlig', ''], ['fientlig', person], ['script', person], ['onerror', person], ['klicka', person]] as const) {
      const url = `${server.url}sok/?q=${query}${preset ? `&person=${preset}` : ''}`;
      await page.goto(url);
      try {
        // Results, a message, or the page gone elsewhere (content that navigates takes the results with it).
        await page.waitForFunction(() => !location.pathname.endsWith('/sok/') || document.querySelector('.pagefind-ui__result-link, .pagefind-ui__message'), undefined, { timeout: 10_000 });
        await page.waitForTimeout(300);
        const more = page.locator('.pagefind-ui__button');
        if (await more.count()) await more.first().click({ timeout: 2000 });
        await page.waitForTimeout(300);
      } catch (err) {
        problems.push(`sok/?q=${query}: no results shown; the page is at ${page.url()} (${(err as Error).message.split('\n')[0]})`);
      }
      if (!page.url().startsWith(`${server.url}sok/`)) continue;
      for (const p of await page.evaluate(domProblems, OWN_SCRIPTS)) problems.push(`sok/?q=${query}: ${p}`);
      // Every hostile meeting says "Fientlig text": the search really showed them, and the person preset (whose
      // name holds a script tag) really filtered them down to that person's meetings.
      const shown = await page.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link').count();
      if (query === 'fientlig' && !preset && shown < 5) problems.push('sok/?q=fientlig: fewer than five results');
      if (query === 'fientlig' && preset && (shown < 1 || shown >= 5)) problems.push(`sok/?q=fientlig&person=…: ${shown} results, not just person 0's meetings`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 90_000);

  it('enforces the policy: an inline handler added to a page does not run, and the refusal is reported', async () => {
    const { context, problems, track } = await watched();
    const page = await context.newPage();
    track(page, 'om/');
    await page.goto(`${server.url}om/`);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__pwned=1"><img src="x" onerror="window.__pwned=2">');
      const s = document.createElement('script');
      s.textContent = 'window.__pwned=3';
      document.body.append(s);
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(problems.some((p) => /Content Security Policy/.test(p))).toBe(true);
    await context.close();
  });
});

// Live reload in a real browser: a page open in Chromium shows a saved edit by itself, and shows the problem
// banner while the file is broken — the site's content security policy lets the reload client through.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cleanTemp, seedArchive } from '../helpers/archive.js';
import { chromeOrSkip, launch, reloadConnected } from '../helpers/browser.js';
import { runCliProcess, type Running } from '../helpers/process.js';

const chrome = chromeOrSkip();
const MEETING = 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md';

describe.skipIf(!chrome)('minutes dev in Chromium', () => {
  let browser: Browser;
  let dev: Running;
  let url: string;
  let root: string;

  beforeAll(async () => {
    root = seedArchive();
    dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    url = (await dev.waitFor(/Förhandsgranska på (http:\/\/localhost:\d+\/)/))[1]!;
    browser = await launch(chrome!);
  });
  /** Waits until dev has printed nothing for three seconds (saves built, the search index in place). */
  async function quiet(): Promise<void> {
    for (let last = ''; last !== dev.output(); ) {
      last = dev.output();
      await new Promise((r) => setTimeout(r, 3_000));
    }
  }

  afterAll(async () => {
    await browser?.close();
    dev.child.kill('SIGINT');
    await dev.exited();
    cleanTemp();
  });

  // First, while no save is pending whose reload could be counted here.
  it('reloads a page that has not searched once per save, not again when the search index follows', async () => {
    const page = await browser.newPage();
    const ready = reloadConnected(page);
    await page.goto(`${url}grupper/gemensam-utvecklingsgrupp/2016-03-07/`);
    await ready;
    let loads = 0;
    page.on('load', () => loads++);
    const file = path.join(root, MEETING);
    const good = fs.readFileSync(file, 'utf8');
    const mark = dev.output().length;
    // One save, as an editor's atomic save: written in place, the file is emptied first, and a test stalled between
    // the two on a busy machine (over dev's 60 ms of gathering) saved twice, an empty file and then the edit: two reloads.
    const saved = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
    fs.writeFileSync(saved, good.replace('## Fritidsbank\n', '## Fritidsbank\n\nEn rad till.\n'));
    fs.renameSync(saved, file);
    try {
      await page.getByText('En rad till.').waitFor({ timeout: 10_000 });
      await dev.waitFor(new RegExp(`[^]{${mark}}[^]*Sökindexet är aktuellt igen`), 30_000);
      // A reload sent with the index would have come by now.
      await page.waitForTimeout(1_500);
      expect(loads).toBe(1);
    } finally {
      fs.writeFileSync(file, good);
      await page.close();
    }
  });

  it('reloads an open page when its minutes are saved, and shows problems until they are fixed', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const connected = reloadConnected(page);
    await page.goto(`${url}grupper/gemensam-utvecklingsgrupp/2016-03-07/`);
    await connected;
    const file = path.join(root, MEETING);
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.replace('## Avstämningshalvdag', '## Avstämningshalvdag i maj'));
    await page.getByRole('heading', { name: 'Avstämningshalvdag i maj' }).waitFor({ timeout: 10_000 });

    fs.writeFileSync(file, good.replace('date: 2016-03-07', 'date: 2016-03-32'));
    await page.getByRole('alert').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('alert').textContent()).toContain('invalid-date');

    fs.writeFileSync(file, good);
    await page.getByRole('alert').waitFor({ state: 'detached', timeout: 10_000 });
    await expect(page.getByRole('heading', { name: 'Avstämningshalvdag', exact: true }).isVisible()).resolves.toBe(true);
    expect(errors.filter((e) => /Content Security Policy|WebSocket/.test(e))).toEqual([]);
  });

  it('searches again, by itself, once the search index has the words just saved', async () => {
    const page = await browser.newPage();
    const connected = reloadConnected(page);
    await page.goto(`${url}sok/?q=zebrafinkar`);
    await connected;
    const file = path.join(root, MEETING);
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.replace('## Fritidsbank\n', '## Fritidsbank\n\nVi talade om zebrafinkar.\n'));
    try {
      // The save's own reload comes before the index has the word; the one after the index finds it.
      const found = page.locator('.pagefind-ui__result-link', { hasText: '7 mars 2016' }).first();
      await found.waitFor({ timeout: 30_000 });
      // The result is the meeting saved, found by the word saved, with the page never loaded by hand again.
      expect(await found.getAttribute('href')).toMatch(/^\/grupper\/gemensam-utvecklingsgrupp\/2016-03-07\//);
      await expect(page.locator('.pagefind-ui__results').textContent()).resolves.toContain('zebrafinkar');
      expect(new URL(page.url()).searchParams.get('q')).toBe('zebrafinkar');
    } finally {
      fs.writeFileSync(file, good);
      await page.close();
    }
  });

  it('holds one connection on the search page, which reloads it on a save and once more when the index follows', async () => {
    // What earlier tests saved is indexed first (their files were written back as they were).
    await quiet();
    const page = await browser.newPage();
    let sockets = 0;
    page.on('websocket', () => sockets++);
    const connected = page.waitForEvent('websocket', { timeout: 10_000 });
    await page.goto(`${url}sok/`);
    await connected;
    await page.waitForTimeout(300);
    expect(sockets).toBe(1);
    let loads = 0;
    page.on('load', () => loads++);
    const file = path.join(root, MEETING);
    const good = fs.readFileSync(file, 'utf8');
    const mark = dev.output().length;
    fs.writeFileSync(file, good.replace('## Fritidsbank\n', '## Fritidsbank\n\nEn rad om sökning.\n'));
    try {
      await dev.waitFor(new RegExp(`[^]{${mark}}[^]*Sökindexet är aktuellt igen`), 30_000);
      // The save's reload and the index's; a page loaded again connects again, once.
      await page.waitForTimeout(1_500);
      expect(loads).toBe(2);
      expect(sockets).toBe(3);
    } finally {
      fs.writeFileSync(file, good);
      await page.close();
    }
  });

  it('follows a meeting whose date a save changed to its new address and back, and keeps reloading the 404 page of one removed until it is back', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('404')) errors.push(m.text());
    });
    const connected = () => reloadConnected(page);
    let ready = connected();
    await page.goto(`${url}grupper/gemensam-utvecklingsgrupp/2016-03-07/`);
    await ready;
    const file = path.join(root, MEETING);
    const good = fs.readFileSync(file, 'utf8');
    const meeting = page.getByRole('heading', { name: 'Avstämningshalvdag', exact: true });
    // The date changed: the reload follows the meeting to its new address, with live reload running there.
    ready = connected();
    fs.writeFileSync(file, good.replace('date: 2016-03-07', 'date: 2016-03-14'));
    await page.waitForURL(/\/grupper\/gemensam-utvecklingsgrupp\/2016-03-14\/$/, { timeout: 10_000 });
    await meeting.waitFor({ timeout: 10_000 });
    await ready;
    // Put back: followed back to its own address.
    ready = connected();
    fs.writeFileSync(file, good);
    await page.waitForURL(/\/grupper\/gemensam-utvecklingsgrupp\/2016-03-07\/$/, { timeout: 10_000 });
    await meeting.waitFor({ timeout: 10_000 });
    await ready;
    // Removed: the page is gone, and the 404 page is shown in its place, with live reload running.
    ready = connected();
    fs.rmSync(file);
    await page.getByRole('heading', { name: 'Sidan finns inte' }).waitFor({ timeout: 10_000 });
    await ready;
    fs.writeFileSync(file, good);
    await meeting.waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
  });
});

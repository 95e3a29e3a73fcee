// A page left open while `minutes dev` is stopped and started again: its live-reload client tries again by itself
// (the page is not looked at, nor focused), a few times and no faster, logs nothing of its own, and once dev is
// back, reloads the page once, which shows what was saved while dev was stopped.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cleanTemp, seedArchive } from '../helpers/archive.js';
import { chromeOrSkip, launch, reloadConnected } from '../helpers/browser.js';
import { runCliProcess, type Running } from '../helpers/process.js';

const chrome = chromeOrSkip();
const MEETING = 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md';
const READY = /Förhandsgranska på (http:\/\/localhost:(\d+)\/)/;

/**
 * A free port below the range the system gives connections their own ports from (Linux's ip_local_port_range; the
 * others' start higher still). Dev started with --port 0 got one from that range, and while dev was stopped a
 * connection of any process could be given it: dev started again on it found it taken and went on to the next.
 */
async function portNoConnectionTakes(): Promise<number> {
  let first = 32_768;
  try {
    first = Number(fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
  } catch {
    // Not Linux: its default range starts there, and macOS's and Windows' at 49152.
  }
  for (let port = first - 1 - Math.floor(Math.random() * 8_000); ; port--) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer().once('error', () => resolve(false));
      server.listen(port, () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

describe.skipIf(!chrome)('a page open while minutes dev is stopped and started again', () => {
  let browser: Browser;
  let root: string;
  const running: Running[] = [];

  beforeAll(async () => {
    root = seedArchive();
    browser = await launch(chrome!);
  });
  afterAll(async () => {
    await browser?.close();
    for (const dev of running) if (dev.child.exitCode === null) dev.child.kill('SIGKILL');
    cleanTemp();
  });

  it('connects again by itself, with waits that grow, and reloads once when dev is back', async () => {
    const first = runCliProcess(['dev', '--root', root, '--port', String(await portNoConnectionTakes())]);
    running.push(first);
    const [, url, port] = await first.waitFor(READY);
    const page = await browser.newPage();
    const ready = reloadConnected(page);
    await page.goto(`${url}grupper/gemensam-utvecklingsgrupp/2016-03-07/`);
    await ready;

    const tries: number[] = [];
    page.on('websocket', () => tries.push(Date.now()));
    const logged: string[] = [];
    page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
    let loads = 0;
    page.on('load', () => loads++);

    first.child.kill('SIGINT');
    expect(await first.exited()).toBe(0);
    const stoppedAt = Date.now();
    // Saved while dev is stopped: the page shows it only once it has been reloaded from the new dev.
    const file = path.join(root, MEETING);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('## Fritidsbank\n', '## Fritidsbank\n\nSkrivet medan dev var stoppad.\n'));
    await page.waitForTimeout(4_000);
    // Tried again, by itself: after 0.5, 1.5 and 3.5 s (waits of 0.5, 1 and 2 s); tried at once and again, it
    // would have made dozens of tries by now.
    const triesWhileStopped = tries.filter((t) => t >= stoppedAt).length;
    expect(triesWhileStopped).toBeGreaterThanOrEqual(2);
    expect(triesWhileStopped).toBeLessThanOrEqual(4);
    expect(loads).toBe(0);
    // Nothing of its own in the console: only the browser's note of each try that found no server.
    expect(logged.filter((m) => !/^error: WebSocket connection to .* failed/.test(m))).toEqual([]);

    const second = runCliProcess(['dev', '--root', root, '--port', port!]);
    running.push(second);
    expect((await second.waitFor(READY))[1]).toBe(url);
    await page.getByText('Skrivet medan dev var stoppad.').waitFor({ timeout: 15_000 });
    // Once: a reload per connection made again would go on and on.
    await page.waitForTimeout(2_000);
    expect(loads).toBe(1);
    second.child.kill('SIGINT');
    expect(await second.exited()).toBe(0);
  });
});

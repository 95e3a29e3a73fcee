// Which Chromium the browser tests use: the one CHROME_PATH names, or Debian's; a named one that is missing fails.
// Without one, the browser tests skip, except under CI, where they fail.
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findChrome } from '../helpers/browser.js';
import { findChrome as benchFindChrome } from '../../src/bench/chrome.js';

describe('finding Chromium for the browser tests', () => {
  const saved = process.env.CHROME_PATH;
  const savedCi = process.env.CI;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
    if (savedCi === undefined) delete process.env.CI;
    else process.env.CI = savedCi;
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('fails loudly for a CHROME_PATH that does not exist, rather than using another browser', () => {
    process.env.CHROME_PATH = '/finns/inte/chromium';
    expect(() => findChrome()).toThrow('CHROME_PATH=/finns/inte/chromium finns inte.');
  });

  // The bench fell back to Debian's Chromium for a CHROME_PATH naming nothing; one lookup now serves both.
  it('is the lookup the bench uses', () => {
    expect(findChrome).toBe(benchFindChrome);
  });

  it.each<[string, NodeJS.ProcessEnv, boolean, string | undefined]>([
    ['CHROME_PATH names a browser', { CHROME_PATH: process.execPath }, false, process.execPath],
    ['no CHROME_PATH, Debian’s Chromium installed', {}, true, '/usr/bin/chromium'],
    ['an empty CHROME_PATH, Debian’s Chromium installed', { CHROME_PATH: '' }, true, '/usr/bin/chromium'],
    ['no CHROME_PATH and no Chromium', {}, false, undefined],
  ])('with %s', (_name, env, debian, expected) => {
    const exists = fs.existsSync;
    vi.spyOn(fs, 'existsSync').mockImplementation((p) => (p === '/usr/bin/chromium' ? debian : exists(p)));
    expect(benchFindChrome(env)).toBe(expected);
  });

  it('says what to do about a CHROME_PATH that names nothing, also with Debian’s Chromium installed', () => {
    vi.spyOn(fs, 'existsSync').mockImplementation((p) => p === '/usr/bin/chromium');
    expect(() => benchFindChrome({ CHROME_PATH: '/finns/inte/chromium' })).toThrow(
      'CHROME_PATH=/finns/inte/chromium finns inte. Rätta sökvägen, eller ta bort CHROME_PATH för att använda /usr/bin/chromium.',
    );
  });

  it('uses the browser CHROME_PATH names', () => {
    process.env.CHROME_PATH = process.execPath;
    expect(findChrome()).toBe(process.execPath);
  });

  /** chromeOrSkip from a fresh load of the helper (it reads CI once), on a machine without Debian's Chromium. */
  async function withoutChromium(ci: string | undefined) {
    delete process.env.CHROME_PATH;
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
    const exists = fs.existsSync;
    vi.spyOn(fs, 'existsSync').mockImplementation((p) => p !== '/usr/bin/chromium' && exists(p));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.resetModules();
    const { chromeOrSkip } = await import('../helpers/browser.js');
    return chromeOrSkip;
  }

  it.each([['true'], ['1'], ['TRUE']])('with CI=%s and no Chromium, fails instead of skipping', async (ci) => {
    const chromeOrSkip = await withoutChromium(ci);
    expect(() => chromeOrSkip()).toThrow('CI=true but no Chromium found');
  });

  it.each([[undefined], ['false'], ['']])('with CI=%j and no Chromium, skips after a loud warning', async (ci) => {
    const chromeOrSkip = await withoutChromium(ci);
    expect(chromeOrSkip()).toBeUndefined();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('BROWSER TESTS SKIPPED'));
  });
});

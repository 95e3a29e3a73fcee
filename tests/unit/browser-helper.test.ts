// Which Chromium the browser tests use: the one CHROME_PATH names, or Debian's; a named one that is missing fails.
import { afterEach, describe, expect, it } from 'vitest';
import { findChrome } from '../helpers/browser.js';

describe('finding Chromium for the browser tests', () => {
  const saved = process.env.CHROME_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  });

  it('fails loudly for a CHROME_PATH that does not exist, rather than using another browser', () => {
    process.env.CHROME_PATH = '/finns/inte/chromium';
    expect(() => findChrome()).toThrow('CHROME_PATH=/finns/inte/chromium finns inte.');
  });

  it('uses the browser CHROME_PATH names', () => {
    process.env.CHROME_PATH = process.execPath;
    expect(findChrome()).toBe(process.execPath);
  });
});

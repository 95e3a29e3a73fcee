// The bench's line about the search download said "no Chromium" also when a Chromium was found but playwright-core
// could not be loaded; it now says which.
import { describe, expect, it } from 'vitest';
import { searchLine, searchNotMeasured } from '../../src/bench/search-line.js';

describe("the bench's line about the search download", () => {
  it.each([
    { what: 'no Chromium found', chrome: undefined, error: undefined, line: 'search download: not measured (no Chromium)' },
    { what: 'no Chromium, nor playwright-core', chrome: undefined, error: new Error('gone'), line: 'search download: not measured (no Chromium)' },
    {
      what: 'playwright-core not loaded',
      chrome: '/usr/bin/chromium',
      error: new Error("Cannot find package 'playwright-core' imported from /x/run.js\nDid you mean …"),
      line: "search download: not measured (playwright-core could not be loaded: Cannot find package 'playwright-core' imported from /x/run.js)",
    },
    { what: 'something else thrown', chrome: '/usr/bin/chromium', error: 'odd', line: 'search download: not measured (playwright-core could not be loaded: odd)' },
  ])('$what', ({ chrome, error, line }) => {
    expect(searchLine({ notMeasured: searchNotMeasured(chrome, error)! }, 200)).toBe(line);
  });

  it('is measured when a Chromium is found and playwright-core loads', () => {
    expect(searchNotMeasured('/usr/bin/chromium')).toBeUndefined();
    expect(searchLine({ bytes: 51_200 }, 200)).toBe('search for "möte" at N = 200: 50 KiB of Pagefind files fetched');
  });
});

// Every date and time the site shows is in a <time> element whose datetime says the same as its text, the time of
// day included: screen readers, browsers' translation and calendar add-ons read the datetime, not the Swedish text.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { cleanTemp, seedArchive } from '../helpers/archive.js';
import { listFiles, read } from '../helpers/site.js';

let site: string;

beforeAll(async () => {
  const root = seedArchive();
  site = path.join(root, 'site');
  // One meeting with its time; the last one announces the next with a time (2017-01-23 14:30), still to come on the day of the build.
  const file = path.join(root, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('\ndate: 2016-03-07\n', '\ndate: 2016-03-07\ntime: "13:30"\n'));
  const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2016-12-13' });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});
afterAll(cleanTemp);

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** The datetime value a Swedish date text means: "måndag 7 mars 2016 kl. 13:30" -> "2016-03-07T13:30". */
function meant(text: string): string | undefined {
  const m = /(\d{1,2}) (\p{L}+) (\d{4})(?: kl\. (\d{2}:\d{2}))?$/u.exec(text);
  if (!m || !MONTHS.includes(m[2]!)) return undefined;
  const date = `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return m[4] ? `${date}T${m[4]}` : date;
}

const times = (html: string) => [...html.matchAll(/<time datetime="([^"]*)">([^<]*)<\/time>/g)].map((m) => ({ datetime: m[1]!, text: m[2]! }));

describe('<time> elements', () => {
  it.each([
    ['a meeting with a time, in its heading', 'grupper/gemensam-utvecklingsgrupp/2016-03-07/index.html', 'måndag 7 mars 2016 kl. 13:30', '2016-03-07T13:30'],
    ['a meeting without a time, in its heading', 'grupper/gemensam-utvecklingsgrupp/2016-02-08/index.html', 'måndag 8 februari 2016', '2016-02-08'],
    ["a meeting's next meeting", 'grupper/gemensam-ledningsgrupp-utveckling/2016-12-12/index.html', 'måndag 23 januari 2017 kl. 14:30', '2017-01-23T14:30'],
    ["a group's next meeting", 'grupper/gemensam-ledningsgrupp-utveckling/index.html', 'måndag 23 januari 2017 kl. 14:30', '2017-01-23T14:30'],
    ['the start page’s coming meetings', 'index.html', 'måndag 23 januari 2017 kl. 14:30', '2017-01-23T14:30'],
  ])('give the time of day in datetime: %s', (_, page, text, datetime) => {
    expect(times(read(site, page))).toContainEqual({ datetime, text });
  });

  it('say in datetime what their text says, on every page', () => {
    const pages = listFiles(site).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    const all = pages.flatMap((page) => times(read(site, page)).map((t) => ({ page, ...t })));
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((t) => meant(t.text) !== t.datetime)).toEqual([]);
  });
});

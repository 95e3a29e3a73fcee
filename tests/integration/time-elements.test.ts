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
  // One with a title of its own that does not name its date.
  const titled = path.join(root, 'minutes/gemensam-utvecklingsgrupp/2015-11-09.md');
  fs.writeFileSync(titled, fs.readFileSync(titled, 'utf8').replace('\ndate: 2015-11-09\n', '\ndate: 2015-11-09\ntitle: Extramöte om lokalerna\n'));
  const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2016-12-13' });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});
afterAll(cleanTemp);

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

/**
 * The datetime value a Swedish date text means: "måndag 7 mars 2016 kl. 13:30" -> "2016-03-07T13:30". A weekday
 * alone, "måndag kl. 13:30", as under a meeting's heading that names the date, means `datetime` when its date falls
 * on that weekday and its time is the same.
 */
function meant(text: string, datetime: string): string | undefined {
  const w = /^(\p{L}+)(?: kl\. (\d{2}:\d{2}))?$/u.exec(text);
  if (w) {
    const date = datetime.slice(0, 10);
    const day = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    return WEEKDAYS[day] === w[1] ? (w[2] ? `${date}T${w[2]}` : date) : undefined;
  }
  const m = /(\d{1,2}) (\p{L}+) (\d{4})(?: kl\. (\d{2}:\d{2}))?$/u.exec(text);
  if (!m || !MONTHS.includes(m[2]!)) return undefined;
  const date = `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return m[4] ? `${date}T${m[4]}` : date;
}

const times = (html: string) => [...html.matchAll(/<time datetime="([^"]*)">([^<]*)<\/time>/g)].map((m) => ({ datetime: m[1]!, text: m[2]! }));

describe('<time> elements', () => {
  it.each([
    // The heading names the date; the line under it adds the weekday and the time.
    ['a meeting with a time, under its heading', 'grupper/gemensam-utvecklingsgrupp/2016-03-07/index.html', 'måndag kl. 13:30', '2016-03-07T13:30'],
    ['a meeting without a time, under its heading', 'grupper/gemensam-utvecklingsgrupp/2016-02-08/index.html', 'måndag', '2016-02-08'],
    ['a meeting whose title does not name its date, under its heading', 'grupper/gemensam-utvecklingsgrupp/2015-11-09/index.html', 'måndag 9 november 2015', '2015-11-09'],
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
    expect(all.filter((t) => meant(t.text, t.datetime) !== t.datetime)).toEqual([]);
  });
});

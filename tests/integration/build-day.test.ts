// A site is built as of one day, decided when the build starts: one that runs past midnight in Sweden shows a
// meeting announced for the day it started as coming on the start page, the group's page and in its calendar
// alike. Here the clock passes midnight right after its first reading.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/pipeline.js';
import { DevSession } from '../../src/watch/session.js';
import { cleanTemp, seedArchive } from '../helpers/archive.js';

afterAll(cleanTemp);

// The seed archive's ledningsgrupp announces its next meeting for 23 January 2017, 14:30.
const STARTED = '2017-01-23';
const clock = vi.hoisted(() => ({ readings: 0 }));
vi.mock('../../src/util/dates.js', async (original) => {
  const real = await original<typeof import('../../src/util/dates.js')>();
  return { ...real, todayInSweden: () => (clock.readings++ === 0 ? '2017-01-23' : '2017-01-24') };
});
beforeEach(() => void (clock.readings = 0));

const GROUP = 'grupper/gemensam-ledningsgrupp-utveckling';

const builders: [string, (root: string, site: string) => Promise<void>][] = [
  [
    'minutes build',
    async (root, site) => {
      expect((await build({ root, outDir: site, base: '/', title: 'Protokoll' })).ok).toBe(true);
    },
  ],
  [
    'minutes dev',
    async (root, site) => {
      const session = new DevSession({ root, outDir: site, base: '/', title: 'Protokoll' });
      expect((await session.start()).kind).toBe('rendered');
      expect(await session.writeExtras(() => false)).toBe(true);
    },
  ],
];

describe('the day a site is built for', () => {
  it.each(builders)('%s: the whole site is of the day the build started', async (_name, make) => {
    const root = seedArchive();
    const site = path.join(root, 'site');
    await make(root, site);
    const read = (rel: string) => fs.readFileSync(path.join(site, rel), 'utf8');
    expect(read('index.html')).toContain(`<time datetime="${STARTED}T14:30">måndag 23 januari 2017 kl. 14:30</time>`);
    expect(read(`${GROUP}/index.html`)).toContain('<dt>Nästa möte</dt><dd><time datetime="2017-01-23T14:30">måndag 23 januari 2017 kl. 14:30</time>');
    expect(read(`${GROUP}/kalender.ics`)).toContain('DTSTART;TZID=Europe/Stockholm:20170123T143000');
    expect(clock.readings).toBe(1);
  });
});

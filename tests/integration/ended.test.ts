// The pages of a group, project and organisation that have ended, and the index and start pages that list them,
// as built (the view's values are tested in tests/unit/ended.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';
import { builtSite } from '../helpers/build.js';
import { read } from '../helpers/site.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

describe('the site of an archive whose group, project and organisation have ended', () => {
  let site: string;
  beforeAll(async () => {
    const orgs = fs
      .readFileSync(path.join(BASE, 'organisations.yml'), 'utf8')
      .replace('    aliases: [GUG]\n', '    aliases: [GUG]\n    ended: 2018-12-31\n')
      .replace('    aliases: [Fritidsbank]\n', '    aliases: [Fritidsbank]\n    ended: 2017-05-31\n')
      .replace('  bryggan:\n    name: Bryggan\n', '  bryggan:\n    name: Bryggan\n    ended: 2019-01-01\n')
      .replace(/^groups:\n/m, 'groups:\n  oppna-gruppen:\n    name: Öppna gruppen\n');
    const last = '---\ngroup: GUG\ndate: 2018-12-10\nattendees: [Leif Redestig]\nnext_meeting: 2018-12-17\n---\nText.\n';
    site = await builtSite(archive([BASE], { 'organisations.yml': orgs, 'minutes/gug/2018-12-10.md': last }));
  }, 60_000);

  it('the group page says when it ended and lists its members as of then, with no coming meeting', () => {
    const html = read(site, 'grupper/gemensam-utvecklingsgrupp/index.html');
    expect(html).toContain('<dt>Status</dt><dd>Gruppen avslutades 31 december 2018.</dd>');
    expect(html).toContain('<h2 id="ledamoter">Fasta ledamöter när gruppen avslutades</h2>');
    expect(html).not.toContain('<h2 id="ledamoter">Fasta ledamöter</h2>');
    expect(html).not.toContain('Nästa möte');
    expect(html).not.toContain('lägg till i kalendern');
  });

  it.each([
    ['projekt/fritidsbanken/index.html', '<dt>Status</dt><dd>Projektet avslutades 31 maj 2017.</dd>'],
    ['organisationer/bryggan/index.html', '<p>Organisationen upphörde 1 januari 2019.</p>'],
  ])('%s says when it ended', (page, text) => {
    expect(read(site, page)).toContain(text);
  });

  it.each([
    ['grupper/index.html', 'Öppna gruppen', 'Gemensam utvecklingsgrupp', 'Avslutad 31 december 2018 · '],
    ['projekt/index.html', undefined, 'Fritidsbanken', 'Avslutat 31 maj 2017 · '],
    ['organisationer/index.html', 'Vorta Drom', 'Bryggan', 'Upphörde 1 januari 2019 · '],
    ['index.html', 'Öppna gruppen', 'Gemensam utvecklingsgrupp', '· avslutad 31 december 2018, '],
  ])('%s marks what has ended and lists it after the rest', (page, active, ended, mark) => {
    const html = read(site, page);
    expect(html).toContain(mark);
    expect(html.split(mark).length).toBe(2);
    if (active) expect(html.indexOf(`>${active}</a>`)).toBeLessThan(html.indexOf(`>${ended}</a>`));
  });
});

// An organisation's page lists each person with the role they have or had there, never the one they have
// elsewhere now, and those who have left it (every membership of it ended) apart, under "Tidigare", with their
// last day. Built as on 2030-01-01 from the base archive with people.yml replaced.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';
import { builtSite } from '../helpers/build.js';
import { read } from '../helpers/site.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

const PEOPLE = `
herbert-tinz:
  name: Herbert Tinz
  organisation: vorta-drom
  role: verksamhetsledare
  memberships:
    - organisation: bryggan
      to: 2016-12-31
niclas-wenkel:
  name: Niclas Wenkel
  organisation: vorta-drom
  role: kassör
  memberships:
    - organisation: bryggan
      role: klubbhuschef
      from: 2014-01-01
      to: 2015-12-31
    - organisation: bryggan
      role: handledare
      to: 2017-06-30
johnny-nyander:
  name: Johnny Nyander
  organisation: socialforvaltningen
  role: samordnare
  memberships:
    - organisation: bryggan
ann-frostin:
  name: Ann Frostin
  organisation: bryggan
  role: ordförande
  memberships:
    - organisation: bryggan
      role: kassör
      to: 2015-12-31
rebecka-glimsjo:
  name: Rebecka Glimsjö
  publish: initials
  organisation: vorta-drom
  role: sekreterare
  memberships:
    - organisation: bryggan
      role: klubbhuschef
      to: 2016-12-31
`;

/** The text of the items of a list in the people section of an organisation's page, after `heading`'s tag. */
function items(html: string, heading: string): string[] {
  const section = html.split('<section aria-labelledby="personer">')[1]!.split('</section>')[0]!;
  const after = section.split(heading)[1];
  if (after === undefined) return [];
  const list = after.split('</ul>')[0]!;
  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
}

describe('the people on an organisation’s page', () => {
  let site: string;
  beforeAll(async () => {
    const people = fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8') + PEOPLE;
    site = await builtSite(archive([BASE], { 'people.yml': people }));
  }, 60_000);

  it.each([
    ['someone whose organisation it is: their own role', 'Ann Frostin (ordförande)'],
    ['someone with a membership of it that has not ended: its role (none here), not their own elsewhere', 'Johnny Nyander'],
  ])('now: %s', (_, line) => {
    const now = items(read(site, 'organisationer/bryggan/index.html'), '<h2 id="personer">Personer</h2>');
    expect(now).toContain(line);
    expect(now.join('\n')).not.toMatch(/Herbert|Niclas|R\. G\./);
  });

  it.each([
    ['moved elsewhere, a membership without a role: no role (not "verksamhetsledare", their role now)', 'Herbert Tinz till 31 december 2016'],
    ['two memberships ended: the role of the one that ended last, and its last day', 'Niclas Wenkel (handledare) till 30 juni 2017'],
    ['published by initials: no role', 'R. G. till 31 december 2016'],
  ])('left: %s', (_, line) => {
    const html = read(site, 'organisationer/bryggan/index.html');
    expect(items(html, '<h3 id="tidigare">Tidigare</h3>')).toContain(line);
    expect(html).not.toContain('verksamhetsledare');
    expect(html).not.toContain('kassör');
  });

  it('lists them on the page of the organisation they are in now with their role there, and none as having left', () => {
    const html = read(site, 'organisationer/vorta-drom/index.html');
    expect(items(html, '<h2 id="personer">Personer</h2>')).toEqual(expect.arrayContaining(['Herbert Tinz (verksamhetsledare)', 'Niclas Wenkel (kassör)', 'R. G.']));
    expect(html).not.toContain('Tidigare');
  });

  it('gives the person’s page their organisation and role now, and the one they left as a membership with its end', () => {
    const html = read(site, 'personer/herbert-tinz/index.html');
    expect(html).toContain('<dt>Organisation</dt><dd><a href="/organisationer/vorta-drom/">Vorta Drom</a></dd>');
    expect(html).toContain('<dt>Roll</dt><dd>verksamhetsledare</dd>');
    expect(html.replace(/<[^>]+>/g, '')).toContain('Bryggan, medlem (till 31 december 2016)');
  });
});

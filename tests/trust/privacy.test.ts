// Names kept private: people published by initials or hidden are named in every kind of field of the privacy
// fixture (attendees, chair, secretary, action owners, follow-up notes, text, summaries, decisions, group
// members, memberships, registry descriptions). `minutes check` warns at each mention in text; the built site,
// every file of it, decompressed, holds none of their names, aliases, surnames or ids.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';
import { allText, listFiles, read } from '../helpers/site.js';
import { buildSite } from './helpers.js';
import { decodeEntities } from './inspect.js';

const FIXTURE = path.join(FIXTURES, 'trust', 'privacy');

const PRIVATE = [
  { id: 'lisa-ronnqvist', publish: 'initials', names: ['Lisa Rönnqvist', 'Lillan Rönnqvist'], surname: 'Rönnqvist' },
  { id: 'per-hallgren', publish: 'hidden', names: ['Per Hallgren', 'Pelle Hallgren'], surname: 'Hallgren' },
  { id: 'sven-tystberg', publish: 'hidden', names: ['Sven Tystberg'], surname: 'Tystberg' },
] as const;

/** Every mention `minutes check` must warn about: file, line, column and the text it quotes. */
const MENTIONS: readonly [string, number, number, string][] = [
  ['minutes/samrad/2016-03-01.md', 5, 19, 'Lisa Rönnqvist'], // title (each mention where it is in the value)
  ['minutes/samrad/2016-03-01.md', 6, 21, 'Per Hallgren'], // location
  ['minutes/samrad/2016-03-01.md', 13, 31, 'Per Hallgren'], // after an attendee's name ("Name, …")
  ['minutes/samrad/2016-03-01.md', 15, 10, 'Lillan Rönnqvists'], // guests, genitive
  ['minutes/samrad/2016-03-01.md', 17, 10, 'Lisa Rönnqvist'], // summary
  ['minutes/samrad/2016-03-01.md', 17, 29, 'Per Hallgren'], // summary, second name
  ['minutes/samrad/2016-03-01.md', 19, 5, 'Pelle Hallgren'], // decision
  ['minutes/samrad/2016-03-01.md', 20, 21, 'Lillan Rönnqvist'], // decision text
  ['minutes/samrad/2016-03-01.md', 24, 17, 'Per Hallgren'], // action what
  ['minutes/samrad/2016-03-01.md', 29, 17, 'Lisa Rönnqvist'], // heading
  ['minutes/samrad/2016-03-01.md', 31, 1, 'Lisa Rönnqvists'], // genitive
  ['minutes/samrad/2016-03-01.md', 31, 28, 'Lisa Rönnqvist'], // split by emphasis (quoted as read)
  ['minutes/samrad/2016-03-01.md', 31, 49, 'PER HALLGREN'], // capitals
  ['minutes/samrad/2016-03-01.md', 32, 1, 'Pelle Hallgren'], // across a line break (quoted on one line)
  ['minutes/samrad/2016-03-01.md', 35, 7, 'Per Hallgrens'], // link text
  ['minutes/samrad/2016-03-01.md', 35, 80, 'Lisa Rönnqvist'], // link title
  ['minutes/samrad/2016-03-01.md', 36, 13, 'Lillan Rönnqvist'], // image alt text
  ['minutes/samrad/2016-03-01.md', 37, 4, 'Sven Tystberg'], // code span
  ['minutes/samrad/2016-03-01.md', 40, 1, 'Sven Tystberg'], // fenced code
  ['minutes/samrad/2016-03-01.md', 43, 2, 'Lisa Rönnqvist'], // split by a link
  ['minutes/samrad/2016-03-01.md', 45, 15, 'Per Hallgren'], // each word a link of its own
  ['minutes/samrad/2016-03-01.md', 45, 86, 'Lisa Rönnqvist'], // each word emphasised
  ['minutes/samrad/2016-03-01.md', 46, 2, 'Pelle Hallgren'], // each word emphasised, starting a sentence
  ['minutes/samrad/2016-03-01.md', 46, 30, 'Lisa Rönnqvist'], // the first name emphasised, with underscores
  ['minutes/samrad/2016-03-01.md', 46, 51, 'Lillan Rönnqvist'], // each word a reference link, ending a sentence
  ['minutes/samrad/2016-04-05.md', 9, 11, 'Lisa Rönnqvist'], // follow-up note
  ['minutes/samrad/2016-04-05.md', 9, 33, 'Pelle Hallgren'],
  ['minutes/samrad/2016-04-05.md', 10, 40, 'Sven Tystberg'], // the editor's note
  ['minutes/samrad/2016-04-05.md', 12, 1, 'Sven Tystberg'],
  ['organisations.yml', 4, 73, 'Per Hallgren'], // organisation description
  ['organisations.yml', 12, 29, 'Lisa Rönnqvist'], // group description
  ['organisations.yml', 12, 48, 'Per Hallgren'],
  ['organisations.yml', 13, 45, 'Lillan Rönnqvist'], // group schedule
  ['organisations.yml', 17, 34, 'Pelle Hallgren'], // project description
  ['people.yml', 26, 23, 'Lisa Rönnqvist'], // another person's role
  ['people.yml', 29, 35, 'Per Hallgren'], // another person's membership role
];

let site: string;
let files: Map<string, string>;

beforeAll(async () => {
  const root = archive([FIXTURE]);
  site = path.join(root, 'site');
  const result = await buildSite({ root, outDir: site, base: '/', title: 'Protokoll', siteUrl: 'https://example.org/protokoll/' });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
  files = allText(site);
});
afterAll(cleanTemp);

/** What a reader sees of a page or feed: tags removed, entities decoded (twice for feeds' escaped HTML), spaces collapsed. */
const visible = (text: string) => decodeEntities(decodeEntities(text).replace(/<[^>]*>/g, ' ')).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

function filesContaining(needle: string): string[] {
  const n = needle.normalize('NFC').toLocaleLowerCase('sv');
  const out: string[] = [];
  for (const [file, text] of files) {
    const t = text.normalize('NFC').toLocaleLowerCase('sv');
    if (t.includes(n) || visible(t).includes(n)) out.push(file);
  }
  return out;
}

describe('minutes check on names that must not be published', () => {
  it('warns private-name at every mention in the text, with line and column', () => {
    const result = check(archive([FIXTURE]));
    expect(result.ok).toBe(true);
    const got = result.diagnostics.filter((d) => d.code !== 'remote-image').map((d) => [d.file, d.line, d.col, d.code, /^"([\s\S]*)"/.exec(d.message)?.[1]]);
    expect(got).toEqual(MENTIONS.map(([file, line, col, name]) => [file, line, col, 'private-name', name]));
    // The photo whose alt text names someone is on example.org, another site to a check without --url (the build
    // below is given it as the site's own address, and shows the photo).
    expect(result.diagnostics.filter((d) => d.code === 'remote-image').map((d) => [d.file, d.line, d.col])).toEqual([['minutes/samrad/2016-03-01.md', 36, 31]]);
  });
});

describe('the built site', () => {
  it('has every kind of output file, sitemap included', () => {
    for (const f of ['index.html', 'feed.xml', 'sitemap.xml', 'data/minutes.json', 'grupper/samrad/kalender.ics', 'grupper/samrad/feed.xml']) expect(files.has(f), f).toBe(true);
    expect([...files.keys()].some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    expect([...files.keys()].some((f) => f.startsWith('pagefind/index/'))).toBe(true);
  });

  const needles = PRIVATE.flatMap((p) => [...p.names.map((n) => ({ what: `name or alias "${n}"`, needle: n })), { what: `surname "${p.surname}"`, needle: p.surname }, { what: `id "${p.id}"`, needle: p.id }]);
  it.each(needles)('no output file holds the $what, in any case, decompressed', ({ needle }) => {
    expect(filesContaining(needle)).toEqual([]);
  });

  // The needles above fail for any leak; these name each place a leak can come from.
  const hidden = (file: string) => {
    const text = visible(read(site, file)) + read(site, file);
    return PRIVATE.flatMap((p) => p.names).filter((n) => text.toLocaleLowerCase('sv').includes(n.toLocaleLowerCase('sv')));
  };
  it('hides the names in registry descriptions and group schedules', () => {
    for (const f of ['organisationer/rfhl/index.html', 'grupper/samrad/index.html', 'projekt/stodlinjen/index.html', 'grupper/index.html', 'projekt/index.html', 'organisationer/index.html']) expect(hidden(f), f).toEqual([]);
  });
  it("hides the names in other people's roles and membership roles", () => {
    for (const f of ['personer/karin-oberg/index.html', 'organisationer/socialforvaltningen/index.html']) expect(hidden(f), f).toEqual([]);
  });
  it('hides a name in the text split by emphasis, a line break or a link, and in a link title', () => {
    const html = read(site, 'grupper/samrad/2016-03-01/index.html');
    const text = visible(html.slice(html.indexOf('id="protokoll"')));
    expect(text).not.toMatch(/Lisa Rönnqvist|Pelle Hallgren/i);
    expect(html).not.toMatch(/title="[^"]*Rönnqvist/);
  });

  // The page, the site-wide feed and the search index all have the text as rendered once: each reads it alike.
  it('shows a name split by links or by emphasis as one, in one link or emphasis, on the page, in the feed and in the search index', () => {
    const said = (own: string) => [
      `Sedan ringde <a href=${own}>en representant för RFHL</a> igen, och <strong>L. R.</strong> svarade.`,
      '<em>En representant för RFHL</em> höll med <em>L. R.</em> och <a href="https://example.org/ref-a">L. R</a>.</p>',
    ];
    const page = read(site, 'grupper/samrad/2016-03-01/index.html');
    for (const html of said('"/grupper/samrad/" data-address="https://example.org/protokoll/grupper/samrad/"')) expect(page).toContain(html);
    const feed = decodeEntities(read(site, 'feed.xml'));
    for (const html of said('"https://example.org/protokoll/grupper/samrad/"')) expect(feed).toContain(html);
    const text = 'Sedan ringde en representant för RFHL igen, och L. R. svarade. En representant för RFHL höll med L. R. och L. R.';
    expect([...files].filter(([f, t]) => f.startsWith('pagefind/fragment/') && t.includes(text))).toHaveLength(1);
    // The second link of a name went with it: neither its address nor its text is left.
    for (const gone of ['https://example.org/per', 'https://example.org/ref-b']) expect(page + feed).not.toContain(gone);
  });

  it('shows people published by initials as "L. R." and hidden people by whom they represent', () => {
    const page = visible(read(site, 'grupper/samrad/2016-03-01/index.html'));
    // Karin Öberg's line names a hidden person after her name: the name is hidden there too.
    expect(page).toMatch(/Närvarande \(4\) L\. R\. , RFHL en representant för RFHL en anhörig Karin Öberg , kollega till en representant för RFHL/);
    expect(page).toContain('Ordförande L. R.');
    expect(page).toContain('Vid pennan en representant för RFHL');
    const actions = visible(read(site, 'grupper/samrad/2016-03-01/index.html').split('id="atgarder"')[1] ?? '');
    expect(actions).toContain('en representant för RFHL, en anhörig');
    expect(actions).toContain(' L. R. ');
  });

  it('lists an action of a hidden person, who has no page, on their organisation’s page, by whom they represent', () => {
    const html = read(site, 'organisationer/rfhl/index.html');
    const actions = visible(html.split('id="atgarder"')[1] ?? '');
    expect(actions).toMatch(/Åtgärder som en representant för RFHL ansvarar för, öppna först Åtgärd Ansvarig Status Boka lokal\. .* en representant för RFHL, en anhörig Öppen/);
    // Lisa Rönnqvist's action is on her own page (by initials), not on her organisation's.
    expect(actions).not.toContain('Ringa');
    expect(hidden('organisationer/rfhl/index.html')).toEqual([]);
  });

  it('shows what someone published by initials came as only when it is an organisation (a title could name them)', () => {
    const page = visible(read(site, 'grupper/samrad/2016-03-01/index.html'));
    expect(page).not.toContain('ordförande i Samrådsgruppen');
    expect(page).toContain('Karin Öberg , kollega till');
    const data = JSON.parse(read(site, 'data/minutes.json')) as { meetings: { id: string; attendees: { as?: string }[] }[] };
    expect(data.meetings.find((m) => m.id === 'samrad/2016-03-01')!.attendees.map((a) => a.as ?? null)).not.toContain('ordförande i Samrådsgruppen');
  });

  it('gives a person shown by initials a neutral page address and a hidden person no page at all', () => {
    const people = listFiles(site).filter((f) => f.startsWith('personer/'));
    expect(people).toContain('personer/anonym-l-r/index.html');
    expect(people.sort()).toEqual(['personer/anonym-l-r/index.html', 'personer/bo-ek/index.html', 'personer/index.html', 'personer/karin-oberg/index.html']);
    const data = JSON.parse(files.get('data/minutes.json')!) as { people: { id: string; name: string }[] };
    expect(data.people.map((p) => [p.id, p.name]).sort()).toEqual([
      ['anonym-l-r', 'L. R.'],
      ['bo-ek', 'Bo Ek'],
      ['karin-oberg', 'Karin Öberg'],
    ]);
  });

  it('lists the group members by what may be shown of them', () => {
    const group = visible(read(site, 'grupper/samrad/index.html'));
    expect(group).toMatch(/Fasta ledamöter L\. R\. , RFHL en representant för RFHL Karin Öberg/);
  });
});

// A hidden person with no organisation has no page, nor an organisation's page to list their actions on as "en
// representant för …". Their actions are listed where every action is: on the meeting's page (with its status), the
// group's and the actions page while open, and the project's; their owner shown by the role ("en anhörig") or as
// "en deltagare", never by name, and on no organisation's page.
describe('the actions of hidden people without an organisation', () => {
  const OWNERS = [
    { id: 'sven-tystberg', names: ['Sven Tystberg', 'Tystberg'] },
    { id: 'mona-dold', names: ['Mona Doldsdotter', 'Doldsdotter'] },
  ];
  let other: string;
  beforeAll(async () => {
    const root = archive([FIXTURE], {
      'people.yml': `${fs.readFileSync(path.join(FIXTURE, 'people.yml'), 'utf8')}mona-dold:\n  name: Mona Doldsdotter\n  publish: hidden\n`,
      'minutes/samrad/2016-03-15.md': [
        '---',
        'group: samrad',
        'date: 2016-03-15',
        'attendees: [Karin Öberg, sven-tystberg, mona-dold]',
        'actions:',
        '  - who: sven-tystberg',
        '    what: Sätta upp affischer.',
        '    project: stodlinjen',
        '  - who: mona-dold',
        '    what: Ringa kommunen.',
        '  - who: [mona-dold]',
        '    what: Skriva inbjudan.',
        '    status: done',
        '---',
        'Inget mer.',
        '',
      ].join('\n'),
    });
    other = path.join(root, 'site');
    const result = await buildSite({ root, outDir: other, base: '/', title: 'Protokoll', today: '2016-03-20' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  }, 60_000);

  /** The visible rows of the actions table after the heading whose id is `id`: what each says, and who is responsible. */
  const rows = (file: string, id: string) =>
    (read(other, file).split(`id="${id}"`)[1] ?? '')
      .split('</table>')[0]!
      .split('<tr role="row"')
      .slice(2)
      .map((row) => visible(row).replace(/ Beslutad på .*? Id:/, ' Id:').trim());

  it.each([
    ['the meeting’s page', 'grupper/samrad/2016-03-15/index.html', 'atgarder', ['Sätta upp affischer.', 'en anhörig'], ['Ringa kommunen.', 'en deltagare'], ['Skriva inbjudan.', 'en deltagare', 'Klar']],
    ['the group’s page, while open', 'grupper/samrad/index.html', 'oppna-atgarder', ['Sätta upp affischer.', 'en anhörig'], ['Ringa kommunen.', 'en deltagare']],
    ['the actions page, while open', 'atgarder/index.html', 'grupp-samrad', ['Sätta upp affischer.', 'en anhörig'], ['Ringa kommunen.', 'en deltagare']],
    ['the project’s page', 'projekt/stodlinjen/index.html', 'atgarder', ['Sätta upp affischer.', 'en anhörig']],
  ])('lists them on %s, by role or as "en deltagare"', (_, file, id, ...expected) => {
    const listed = rows(file, id).filter((r) => /affischer|kommunen|inbjudan/.test(r));
    expect(listed).toHaveLength(expected.length);
    for (const [i, words] of expected.entries()) for (const w of words) expect(listed[i], `${file}: ${listed[i]}`).toContain(w);
  });

  it('lists them on no organisation’s page', () => {
    const pages = listFiles(other).filter((x) => x.startsWith('organisationer/'));
    // The index, and the page of each organisation of the fixture (Karin Öberg's lists the meeting).
    expect(pages).toEqual(expect.arrayContaining(['organisationer/index.html', 'organisationer/rfhl/index.html', 'organisationer/socialforvaltningen/index.html']));
    for (const f of pages) expect(read(other, f), f).not.toMatch(/affischer|Ringa kommunen|inbjudan/);
  });

  it.each(OWNERS)('no output file holds the name or id of $id, in any case, decompressed', ({ id, names }) => {
    for (const [file, text] of allText(other)) {
      const t = text.normalize('NFC').toLocaleLowerCase('sv');
      for (const needle of [id, ...names].map((n) => n.toLocaleLowerCase('sv'))) expect(t.includes(needle) || visible(t).includes(needle), `${file}: ${needle}`).toBe(false);
    }
  });
});

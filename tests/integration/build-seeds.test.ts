// Builds the converted seed minutes into a temporary folder and checks what readers get: which pages exist,
// what they say, that every link resolves, that feeds and data are complete, and that builds are reproducible.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { cleanTemp, FIXTURES, PROJECT, SEED_MINUTES, seedArchive, tempDir } from '../helpers/archive.js';
import { brokenLinks, hashTree, listFiles, read, unescape } from '../helpers/site.js';

let root: string;
let site: string;

beforeAll(async () => {
  root = seedArchive();
  site = path.join(root, 'site');
  // Built as on the day after the last seed meeting, when its announced next meeting was still to come.
  const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2016-12-13' });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
});
afterAll(cleanTemp);

const meeting = (date: string, group = 'gemensam-utvecklingsgrupp') => read(site, `grupper/${group}/${date}/index.html`);
/** Every page of the site: more than 50 of them for the seeds, so that a check of each cannot pass by seeing none. */
const htmlPages = () => {
  const pages = listFiles(site).filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(50);
  return pages;
};
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const tokens = (t: string) => t.normalize('NFC').toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? [];
const words = (t: string) => new Set(tokens(t));
/** The words of `t` in order, one space between and around them, so that one text can be looked for in another. */
const sequence = (t: string) => ` ${tokens(t).join(' ')} `;

/** The text a reader meets in `html`, entities decoded, with each item of an ordered list after the number it shows. */
function readerText(html: string): string {
  const counters: (number | undefined)[] = [];
  const numbered = html.replace(/<(\/?)(ol|ul|li)\b([^>]*)>/g, (tag, close: string, name: string, attributes: string) => {
    if (name !== 'li') {
      if (close) counters.pop();
      else counters.push(name === 'ol' ? Number(/\bstart="(\d+)"/.exec(attributes)?.[1] ?? 1) : undefined);
      return tag;
    }
    const next = counters.at(-1);
    if (close || next === undefined) return tag;
    counters[counters.length - 1] = next + 1;
    return `${tag}${next}. `;
  });
  return unescape(text(numbered));
}

/** The words a reader of a page meets: its body's text, entities decoded, and the numbers its ordered lists show. */
function readerWords(html: string): Set<string> {
  return words(readerText(html.split('<body')[1]!.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')));
}

/**
 * What a reader of each seed's meeting page does not find there as the source wrote it, reviewed: each line of the
 * source whose words are not on the page in that order, with the text the page shows in its place, and each word
 * the page has fewer times than the source (in the source's order). Every other line and word is on the page.
 */
const NOT_AS_WRITTEN: Readonly<Record<string, { readonly lines: Readonly<Record<string, string>>; readonly words: readonly string[] }>> = {
  // The attendance list names everyone by their registered name; the source's spelling is an alias in people.yml,
  // and the text keeps it ("Michael Blomberg och Ivan Kuzhikov är intresserade").
  '004_15405d667cb0fff8.txt': { lines: { 'Ivan Kuzhikov, Vorta Drom': 'Ivan Kuzhicov, Vorta Drom' }, words: ['kuzhikov'] },
  '000_d541dcac99ce49a6.txt': { lines: {}, words: [] },
  '002_accd83d2b01e9a28.txt': { lines: {}, words: [] },
  // "Bent Nielsen, IFS" is shown as "Bent Nielsen, IFS NV", the registered name, which holds the source's words.
  '003_7bf2ca5932fa1cdb.txt': { lines: {}, words: [] },
  // "(ej närvarande)" becomes the page's list of those absent, after the one "Närvarande" of those present.
  '001_ae0fd1c13720a680.txt': {
    lines: {
      'Per Norbeck, Bryggan (ej närvarande)': 'Frånvarande (2) Per Norbeck, Bryggan',
      'Ia Jonsson (ej närvarande)': 'Frånvarande (2) Per Norbeck, Bryggan Ia Jonsson',
    },
    words: ['ej', 'ej', 'närvarande'],
  },
};

describe('the built seed site', () => {
  it.each([
    'index.html',
    '404.html',
    'sok/index.html',
    'om/index.html',
    'atgarder/index.html',
    'grupper/index.html',
    'personer/index.html',
    'projekt/index.html',
    'organisationer/index.html',
    'grupper/gemensam-utvecklingsgrupp/index.html',
    'grupper/gemensam-ledningsgrupp-utveckling/index.html',
    'grupper/gemensam-utvecklingsgrupp/2015-08-31/index.html',
    'grupper/gemensam-utvecklingsgrupp/2015-11-09/index.html',
    'grupper/gemensam-utvecklingsgrupp/2016-02-08/index.html',
    'grupper/gemensam-utvecklingsgrupp/2016-03-07/index.html',
    'grupper/gemensam-ledningsgrupp-utveckling/2016-12-12/index.html',
    'personer/leif-redestig/index.html',
    'personer/ake-malmen/index.html',
    'projekt/fritidsbanken/index.html',
    'organisationer/socialforvaltningen/index.html',
    'feed.xml',
    'grupper/gemensam-utvecklingsgrupp/feed.xml',
    'projekt/fritidsbanken/feed.xml',
    'grupper/gemensam-ledningsgrupp-utveckling/kalender.ics',
    'data/minutes.json',
    'assets/style.css',
    'pagefind/pagefind.js',
    'pagefind/pagefind-ui.js',
  ])('has %s', (file) => {
    expect(fs.existsSync(path.join(site, file))).toBe(true);
  });

  it('has a page for every meeting, group, person, project and organisation in the registries', () => {
    const files = new Set(listFiles(site));
    const people = fs.readFileSync(path.join(root, 'people.yml'), 'utf8').match(/^[a-z0-9-]+(?=:)/gm)!;
    for (const id of people) expect(files.has(`personer/${id}/index.html`)).toBe(true);
    expect(listFiles(site).filter((f) => /^grupper\/[^/]+\/\d{4}-\d{2}-\d{2}\/index\.html$/.test(f))).toHaveLength(5);
  });

  // seeds.test.ts checks the converted files; this checks what readers get from them.
  it.each(Object.entries(SEED_MINUTES))('%s: every word of the source is on its meeting page (%s)', (seed, file) => {
    const source = fs.readFileSync(path.join(FIXTURES, 'seeds', seed), 'utf8');
    const html = meeting(path.basename(file, '.md'), path.dirname(file));
    // "Per Norbeck, Bryggan (ej närvarande)": the mark becomes the page's list of those absent.
    if (source.includes('(ej närvarande)')) expect(html).toContain('<h3 id="franvarande">Frånvarande (');
    const page = readerWords(html);
    expect([...words(source.replaceAll('(ej närvarande)', ''))].filter((w) => !page.has(w))).toEqual([]);
  });

  // The test above compares sets of words, so it passes while a sentence is lost whose words all occur elsewhere on
  // the page (in the summary, a decision, another item); this one compares lines and counts words.
  it.each(Object.entries(SEED_MINUTES))('%s: its meeting page shows every line of the source, but those reviewed (%s)', (seed, file) => {
    const source = fs.readFileSync(path.join(FIXTURES, 'seeds', seed), 'utf8');
    const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(meeting(path.basename(file, '.md'), path.dirname(file)))![1]!;
    const page = readerText(main);
    const expected = NOT_AS_WRITTEN[seed]!;
    const lines = source.split(/\r?\n/).map((l) => l.trim()).filter((l) => tokens(l).length > 0);
    expect(lines.filter((l) => !sequence(page).includes(sequence(l)))).toEqual(Object.keys(expected.lines));
    for (const shown of Object.values(expected.lines)) expect(sequence(page)).toContain(sequence(shown));
    const left = new Map<string, number>();
    for (const w of tokens(page)) left.set(w, (left.get(w) ?? 0) + 1);
    const missing = tokens(source).filter((w) => {
      const n = left.get(w) ?? 0;
      left.set(w, n - 1);
      return n <= 0;
    });
    expect(missing).toEqual(expected.words);
  });

  it('every internal link and anchor resolves', () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  it('shows the attendees of a meeting with their organisations, and its secretary', () => {
    const page = text(meeting('2016-02-08'));
    expect(page).toContain('Närvarande (8)');
    for (const who of ['David Bergström , Socialförvaltningen', 'Niclas Wenkel , Bryggan', 'Catrin Albrektsson , Ria', 'Bengt Nilsson', 'Johan Larsson , Bryggan']) expect(page).toContain(who);
    expect(page).toMatch(/Vid pennan\s+David Bergström/);
    // The heading names the date; the line under it the weekday, not the date again.
    expect(page).toMatch(/Gemensam utvecklingsgrupp 8 februari 2016\s+måndag\s(?!\s*8 februari)/);
  });

  it('lists absentees apart from attendees', () => {
    const page = text(meeting('2016-12-12', 'gemensam-ledningsgrupp-utveckling'));
    expect(page).toContain('Närvarande (7)');
    expect(page).toMatch(/Frånvarande \(2\)\s+Per Norbeck , Bryggan\s+Ia Jonsson/);
  });

  it("shows the editor's note on where an inferred date came from, outside the search index's text, and in the open data", () => {
    const html = meeting('2016-12-12', 'gemensam-ledningsgrupp-utveckling');
    const note = html.slice(html.indexOf('<p class="note"'), html.indexOf('</p>', html.indexOf('<p class="note"')));
    expect(note).toContain('data-pagefind-ignore');
    expect(text(note)).toContain('Anmärkning: Originalet anger inte mötets datum.');
    expect(text(note)).toContain('”Fasta ledamöter”');
    const data = JSON.parse(read(site, 'data/minutes.json')) as { meetings: { id: string; note: string | null }[] };
    expect(data.meetings.find((m) => m.id === 'gemensam-ledningsgrupp-utveckling/2016-12-12')!.note).toMatch(/^Originalet anger inte mötets datum\./);
    expect(data.meetings.find((m) => m.id === 'gemensam-utvecklingsgrupp/2016-03-07')!.note).toBeNull();
  });

  it("lists on a person's page the minutes they wrote, also of a meeting where they were not listed as present", () => {
    const html = read(site, 'personer/david-bergstrom/index.html');
    const wrote = html.slice(html.indexOf('id="vid-pennan"'), html.indexOf('</section>', html.indexOf('id="vid-pennan"')));
    const dates = [...wrote.matchAll(/href="\/grupper\/gemensam-utvecklingsgrupp\/([\d-]+)\/"/g)].map((m) => m[1]);
    expect(dates).toEqual(['2016-03-07', '2016-02-08', '2015-11-09', '2015-08-31']);
    const attended = html.slice(html.indexOf('id="narvarande"'), html.indexOf('</section>', html.indexOf('id="narvarande"')));
    expect(attended).toContain('/2016-03-07/');
    expect(attended).not.toContain('/2015-11-09/');
    expect(html).not.toContain('id="ordforande"');
  });

  it('has an accessibility statement with known problems, where to report them, and the supervisory authority', () => {
    const page = text(read(site, 'om/index.html'));
    expect(page).toContain('delvis förenlig med DOS-lagen');
    expect(page).toContain('Kända brister');
    expect(read(site, 'om/index.html')).toContain('href="https://www.digg.se/tdosanmalan"');
  });

  it('without --contact, tells a reader whom to tell a problem: there is no group to ask about on the about page', () => {
    const page = unescape(text(read(site, 'om/index.html')));
    expect(page).toContain(
      'Hittar du något som inte fungerar, eller behöver du innehållet i en annan form? Berätta det för den som skrev protokollet (namnet står vid ”Vid pennan” på mötets sida) eller för någon annan som var med på mötet, så rättar vi det.',
    );
    expect(page).not.toContain('gruppens protokoll');
    expect(meeting('2016-03-07')).toContain('<dt>Vid pennan</dt>');
  });

  it('says the feed holds the latest minutes, not all content (that is the open data)', () => {
    const page = text(read(site, 'om/index.html'));
    expect(page).toContain('Allt innehåll finns också som öppna data i JSON-format , och de senaste protokollen som nyhetsflöde (i formatet Atom) att följa i en nyhetsläsare, som också kallas RSS-läsare.');
    expect(page).toContain('JSON är ett filformat för datorprogram: datafilen är till för den som vill använda protokollen i egna program eller tjänster, och du behöver den inte för att läsa dem.');
  });

  // What a feed and a calendar file are, for readers who have not used one: the about page's sections that each
  // feed's explanation and the next meeting's calendar link lead to (a browser shows a feed as code).
  it.each([
    ['feeds', 'nyhetsfloden', ['Med ett nyhetsflöde får du veta när ett nytt protokoll publiceras, utan att gå in på webbplatsen.', 'Kopiera flödets adress: högerklicka på den, eller håll fingret på den, och välj att kopiera länken.', 'Öppnar du flödet i webbläsaren visar den bara kod. Det är inget fel: flödet är gjort för nyhetsläsaren.']],
    ['the calendar file', 'kalender', ['Länken öppnar en kalenderfil med mötets dag och tid. I en mobil frågar kalendern oftast om du vill lägga till mötet.', 'På en dator hämtas filen: öppna den, så läggs mötet in i datorns kalender, till exempel Outlook.']],
  ])('the about page explains %s in plain Swedish under #%s', (_, id, says) => {
    const html = read(site, 'om/index.html');
    const start = html.indexOf(`<h3 id="${id}">`);
    expect(start).toBeGreaterThan(-1);
    const section = unescape(text(html.slice(start, html.indexOf('<h', start + 1))));
    for (const words of says) expect(section).toContain(words);
  });

  it('says beside the offer to add the next meeting to a calendar what the calendar file does', () => {
    expect(read(site, 'grupper/gemensam-ledningsgrupp-utveckling/index.html')).toContain(
      '<a href="/grupper/gemensam-ledningsgrupp-utveckling/kalender.ics">lägg till i kalendern</a>, <a href="/om/#kalender">så fungerar kalenderfilen</a>)',
    );
  });

  // What is there for editors (an action's id, the minutes' file) and the feeds are named in plain Swedish, for
  // what they are for: readers stumbled on "Id:", "Källfil:", "(Atom)" and "Öppna data (JSON)".
  it.each([
    ['index.html', 'Prenumerera på alla protokoll som nyhetsflöde'],
    ['index.html', 'Alla protokoll som datafil (JSON, för utvecklare)'],
    ['grupper/gemensam-utvecklingsgrupp/index.html', 'Prenumerera på gruppens protokoll som nyhetsflöde'],
    ['projekt/fritidsbanken/index.html', 'Prenumerera på protokoll om Fritidsbanken som nyhetsflöde'],
    ['grupper/gemensam-utvecklingsgrupp/2016-02-08/index.html', 'För den som rättar protokollet: filen minutes/gemensam-utvecklingsgrupp/2016-02-08.md'],
    ['grupper/gemensam-utvecklingsgrupp/2016-02-08/index.html', 'Kod för uppföljning: gemensam-utvecklingsgrupp/2016-02-08#1'],
    ['atgarder/index.html', 'Kod för uppföljning: gemensam-ledningsgrupp-utveckling/2016-12-12#1'],
    ['atgarder/index.html', 'Vad en viss organisation eller person ansvarar för står på dess egen sida, under Organisationer och Personer'],
  ])('%s says %j', (file, words) => {
    expect(unescape(text(read(site, file)))).toContain(words);
  });

  // The code is shown where editors look for it (above); the pages of a group, project, person and organisation list
  // the same actions for their readers, to whom a screen reader spelt it out in every row, and link each to its meeting.
  it.each([
    ['grupper/gemensam-utvecklingsgrupp/index.html', 'Beslutad på'],
    ['projekt/fritidsbanken/index.html', 'Beslutad på'],
    ['personer/leif-redestig/index.html', 'Beslutad på'],
    ['organisationer/socialforvaltningen/index.html', 'Beslutad på'],
  ])('%s lists actions ("%s") without their codes for follow-ups', (file, listed) => {
    const page = unescape(text(read(site, file)));
    expect(page).toContain(listed);
    expect(page).not.toContain('Kod för uppföljning');
    expect(page).not.toMatch(/gemensam-utvecklingsgrupp\/\d{4}-\d\d-\d\d#\d/);
  });

  it('links every page to the data file under its plain name', () => {
    for (const file of ['index.html', 'om/index.html', 'grupper/gemensam-utvecklingsgrupp/2016-02-08/index.html']) {
      expect(read(site, file), file).toContain('<li><a href="/data/minutes.json">Alla protokoll som datafil (JSON, för utvecklare)</a></li>');
    }
  });

  it('names no feed "(Atom)", no file "Källfil", no action "Id" and no data file "Öppna data (JSON)" on any page', () => {
    for (const file of htmlPages()) {
      expect(unescape(text(read(site, file))), file).not.toMatch(/\(Atom\)|Källfil|\bId:|Öppna data \(JSON\)/);
    }
  });

  it("gives an action's code for follow-ups last in its row, after its status, not between the action and who does it", () => {
    const row = /<tr role="row" id="atgard-1">([\s\S]*?)<\/tr>/.exec(meeting('2016-02-08'))?.[1] ?? '';
    const cells = [...row.matchAll(/<td role="cell" data-label="([^"]+)">([\s\S]*?)<\/td>/g)].map(([, label, cell]) => [label, unescape(text(cell!)).trim()]);
    expect(cells.map(([label]) => label)).toEqual(['Åtgärd', 'Ansvarig', 'Status']);
    expect(cells[0]![1]).not.toContain('gemensam-utvecklingsgrupp/2016-02-08#1');
    expect(cells[2]![1]).toMatch(/ Kod för uppföljning: gemensam-utvecklingsgrupp\/2016-02-08#1$/);
  });

  it('anchors agenda items and lists them', () => {
    const html = meeting('2016-02-08');
    expect(html).toContain('<h2 id="fritidsbank">Fritidsbank</h2>');
    expect(html).toContain('<a href="#fritidsbank">Fritidsbank</a>');
    expect(html).toContain('<h2 id="motetid">Mötetid</h2>');
  });

  it.each([
    ['2016-02-08', ['beslut', 'Beslut', '2'], ['atgarder', 'Åtgärder', '2']],
    ['2016-03-07', ['beslut', 'Beslut', '2'], ['atgarder', 'Åtgärder', '1'], ['uppfoljningar', 'Uppföljningar', '3']],
    ['2015-11-09', ['atgarder', 'Åtgärder', '2']],
  ])('%s: the list of agenda items also links to the decisions, actions and follow-ups after the text, with how many', (date, ...links) => {
    const html = meeting(date);
    const nav = /<nav class="toc" aria-labelledby="dagordning"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    const after = nav.split('</ol>')[1] ?? '';
    expect([...after.matchAll(/<li><a href="#([^"]+)">([^<]+)<\/a> \((\d+)\)<\/li>/g)].map((l) => l.slice(1))).toEqual(links);
    for (const [id] of links) expect(html).toContain(`<h2 id="${id}">`);
  });

  it.each([
    ['gemensam-utvecklingsgrupp', '2015-08-31', 14],
    ['gemensam-utvecklingsgrupp', '2016-02-08', 8],
    ['gemensam-ledningsgrupp-utveckling', '2016-12-12', 7],
  ])('%s/%s: the list of agenda items comes before the %i attendees, not two screens of names down on a phone', (group, date, attendees) => {
    const html = meeting(date, group);
    expect(html).toContain(`<h3 id="narvarande">Närvarande (${attendees})</h3>`);
    const order = ['<h1', '<p class="summary">', '<nav class="toc" aria-labelledby="dagordning"', '<section class="participants"', '<div id="protokoll"'].map((tag) => html.indexOf(tag));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("says how many of the group's meetings ago an open action was decided, in Swedish", () => {
    const page = read(site, 'atgarder/index.html').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(page).toContain('Beslutad på Gemensam utvecklingsgrupp 31 augusti 2015, för 3 möten sedan');
    expect(page).toContain('Beslutad på Gemensam utvecklingsgrupp 8 februari 2016, för ett möte sedan');
    expect(page).toContain('Beslutad på Gemensam ledningsgrupp utveckling 12 december 2016, gruppens senaste möte');
  });

  it('gives each decision on a meeting page an anchor to cite, by its number as shown', () => {
    const html = meeting('2016-02-08');
    expect(html).toContain('<li id="beslut-1">Vi ska boka ett datum för uppföljningsseminariet');
    expect(html).toContain('<li id="beslut-2">Vi provar på att flytta mötetiden');
  });

  it('shows an action as done once a later meeting has followed it up', () => {
    const html = meeting('2016-02-08');
    const row = html.slice(html.indexOf('id="atgard-1"'), html.indexOf('</tr>', html.indexOf('id="atgard-1"')));
    expect(row).toContain('Skicka ut förslag på tid för ett möte.');
    expect(row).toContain('status-done');
    expect(text(row)).toContain('Enligt mötet 7 mars 2016 : Flera representanter träffades 2 mars');
    expect(row).toContain('gemensam-utvecklingsgrupp/2016-02-08#1');
    // ... and open actions are still open, with the latest report.
    const second = html.slice(html.indexOf('id="atgard-2"'));
    expect(second.slice(0, second.indexOf('</tr>'))).toContain('status-open');
  });

  it('leads "Enligt mötet …" under an action\'s status to that follow-up on the meeting\'s page, on every page', () => {
    const found: string[] = [];
    for (const file of htmlPages()) {
      for (const m of read(site, file).matchAll(/Enligt <a href="([^"]*)">mötet /g)) {
        const [address, fragment] = unescape(m[1]!).split('#') as [string, string | undefined];
        // Each leads to an item with that id, never only to the top of the page (where there is no fragment).
        expect(fragment ?? 'no fragment', `${file}: ${m[1]}`).toMatch(/^uppfoljning-/);
        const target = read(site, `${address.slice(1)}index.html`);
        expect(target, `${file}: ${m[1]}`).toMatch(new RegExp(`<li id="${fragment}">`));
        found.push(`${file} ${m[1]}`);
      }
    }
    // The seeds' three follow-ups, each shown on its action's meeting, group, people's, organisations' and actions pages.
    expect(found.length).toBeGreaterThan(5);
    const followup = (action: string) => `/grupper/gemensam-utvecklingsgrupp/2016-03-07/#uppfoljning-gemensam-utvecklingsgrupp-${action}`;
    expect(new Set(found.map((f) => f.split(' ')[1]))).toEqual(new Set(['2015-11-09-2', '2016-02-08-1', '2016-02-08-2'].map(followup)));
  });

  it("shows Fritidsbanken's timeline from idea to working group to premises, in order", () => {
    const html = read(site, 'projekt/fritidsbanken/index.html');
    expect(text(html)).toContain('Möten Har tagits upp på 3 möten');
    expect(text(read(site, 'projekt/index.html'))).toContain('Har tagits upp på 3 möten');
    // Its actions under how many are open; the project is the page's own, so no row names it ("Projekt: Fritidsbanken"), as
    // the meeting's page does, where a row does name it.
    const actions = html.slice(html.indexOf('<section aria-labelledby="atgarder">'));
    expect(actions).toContain('<h2 id="atgarder">Åtgärder (1 öppen)</h2>');
    expect(actions).toContain('Fundera på sin roll i Fritidsbanken till mötet 22 mars.');
    expect(actions).not.toContain('Projekt:');
    expect(meeting('2016-03-07')).toContain('Projekt: <a href="/projekt/fritidsbanken/">Fritidsbanken</a>');
    expect(read(site, 'projekt/it-gruppen/index.html')).toContain('<h2 id="atgarder">Åtgärder (inga öppna)</h2>');
    expect(read(site, 'organisationer/socialforvaltningen/index.html')).toContain('<h2 id="atgarder">Åtgärder (3 öppna)</h2>');
    expect(read(site, 'index.html')).toContain('<a href="/atgarder/">Alla öppna åtgärder (6)</a>');
    const timeline = html.slice(html.indexOf('<ol class="timeline">'), html.indexOf('</ol>', html.indexOf('<ol class="timeline">')));
    const entries = [...timeline.matchAll(/<time datetime="([^"]+)">[^<]*<\/time>: <a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ date: m[1], url: m[2], heading: m[3] }));
    const dates = entries.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(entries).toContainEqual({ date: '2016-02-08', url: '/grupper/gemensam-utvecklingsgrupp/2016-02-08/#fritidsbank', heading: 'Fritidsbank' });
    expect(entries).toContainEqual({ date: '2016-03-07', url: '/grupper/gemensam-utvecklingsgrupp/2016-03-07/#fritidsbank', heading: 'Fritidsbank' });
    expect(entries).toContainEqual({ date: '2016-12-12', url: '/grupper/gemensam-ledningsgrupp-utveckling/2016-12-12/#lokal', heading: 'Lokal' });
    expect(timeline).toContain('Även Fritidsbanken behöver en lokal på minst 200 kvadratmeter.');
  });

  it("shows a person's organisation, membership, meetings attended and actions", () => {
    const html = read(site, 'personer/leif-redestig/index.html');
    const page = text(html);
    expect(page).toContain('Organisation Socialförvaltningen');
    expect(html).toContain('<dt>Möten</dt><dd>Närvarande vid 4 möten</dd>');
    expect(page).not.toContain('rånvarande vid');
    expect(page).toContain('Gemensam ledningsgrupp utveckling , fast ledamot (från 12 december 2016)');
    // None open is "inga öppna", not "0 öppna".
    expect(html).toContain('<h2 id="atgarder">Åtgärder (inga öppna)</h2>');
    expect(page).not.toMatch(/\b0 öppna/);
    expect(page).toContain('Åtgärder som Leif Redestig ansvarar för, öppna först');
    expect(html).toContain('/grupper/gemensam-utvecklingsgrupp/2016-02-08/#atgard-1');
    expect(html).toContain('/sok/?person=Leif+Redestig');
  });

  /** The first actions table of `html`: its column headers, and each row's action (its id) with who it names as responsible. */
  function actionsTable(html: string): { headers: string[]; rows: { id: string; with: string }[] } {
    const table = /<table class="actions[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    return {
      headers: [...table.matchAll(/<th [^>]*>([^<]+)<\/th>/g)].map((m) => m[1]!),
      rows: [...table.matchAll(/<tr role="row"[^>]*>\n([\s\S]*?)<\/tr>/g)].map(([, row]) => ({
        // Its code for follow-ups where the page shows it (a meeting's), else as its link to the meeting says it.
        id: /<code>([^<]+)<\/code>/.exec(row!)?.[1] ?? /Beslutad på <a href="\/grupper\/([^"]+)\/#atgard-(\d+)"/.exec(row!)?.slice(1).join('#') ?? '',
        with: text(/<small>Tillsammans med (.*?)<\/small>/.exec(row!)?.[1] ?? /data-label="Ansvarig">(.*?)<\/td>/.exec(row!)?.[1] ?? '').trim(),
      })),
    };
  }

  it.each([
    // The page's own person or organisation is in the caption, not on every row; anyone responsible with them is named under the action.
    ['personer/leif-redestig/', ['Åtgärd', 'Status'], [{ id: 'gemensam-utvecklingsgrupp/2016-02-08#1', with: '' }, { id: 'gemensam-utvecklingsgrupp/2015-11-09#2', with: 'Johanna Callegari' }]],
    ['personer/johanna-callegari/', ['Åtgärd', 'Status'], [{ id: 'gemensam-utvecklingsgrupp/2015-11-09#2', with: 'Leif Redestig' }]],
    [
      'organisationer/vorta-drom/',
      ['Åtgärd', 'Status'],
      [
        { id: 'gemensam-utvecklingsgrupp/2015-11-09#1', with: '' },
        { id: 'gemensam-utvecklingsgrupp/2016-03-07#1', with: 'Socialförvaltningen , Arbetsmarknadsförvaltningen , Volontärcenter , Hiso , Skåneidrotten , Bryggan' },
        { id: 'gemensam-ledningsgrupp-utveckling/2016-12-12#1', with: '' },
      ],
    ],
    // Elsewhere every action says who is responsible for it.
    ['grupper/gemensam-utvecklingsgrupp/2015-11-09/', ['Åtgärd', 'Ansvarig', 'Status'], [{ id: 'gemensam-utvecklingsgrupp/2015-11-09#1', with: 'Vorta Drom' }, { id: 'gemensam-utvecklingsgrupp/2015-11-09#2', with: 'Leif Redestig , Johanna Callegari' }]],
  ])('%s: the actions table names who is responsible once, and each action’s id', (page, headers, rows) => {
    const html = read(site, `${page}index.html`);
    expect(actionsTable(html)).toEqual({ headers, rows });
  });

  it('lists what a person is assigned to, as a member when no role is given', () => {
    const page = text(read(site, 'personer/bo-pettersson/index.html'));
    expect(page).toContain('G7 , medlem');
    expect(page).toContain('Gemensam ledningsgrupp utveckling , fast ledamot (från 12 december 2016)');
  });

  // A screen reader lists a page's headings (NVDA's H key, VoiceOver's rotor): each list by year said only "2016".
  it.each(['grupper', 'personer', 'projekt', 'organisationer'])('gives no two headings on a page of %s/ the same words', (folder) => {
    const pages = listFiles(path.join(site, folder)).filter((f) => /^[^/]+\/index\.html$/.test(f));
    expect(pages.length).toBeGreaterThan(0);
    const repeated = pages.flatMap((f) => {
      const headings = [...read(site, `${folder}/${f}`).matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => unescape(text(m[2]!)).trim());
      return headings.filter((h, i) => headings.indexOf(h) !== i).map((h) => `${folder}/${f}: ${h}`);
    });
    expect(repeated).toEqual([]);
  });

  it("shows a group's meetings by year, an attendance chart and its open actions", () => {
    const html = read(site, 'grupper/gemensam-utvecklingsgrupp/index.html');
    expect(html).toMatch(/<h3 id="ar-2016"><span class="visually-hidden">Möten <\/span>2016<\/h3>[\s\S]*<h3 id="ar-2015"><span class="visually-hidden">Möten <\/span>2015<\/h3>/);
    expect(html).toContain('<svg');
    // The chart says in words what it shows, and where each meeting's number is.
    expect(text(html)).toContain('Antal närvarande på de 4 senaste mötena, från 31 augusti 2015 till 7 mars 2016: i genomsnitt 11,0, som mest 14. Antalet på varje möte står i listan över möten nedan.');
    expect(text(html)).toContain('31 augusti 2015 · 14 närvarande');
    expect(text(html)).not.toContain('Gemensam utvecklingsgrupp 31 augusti 2015');
    expect(html).toContain('Öppna åtgärder');
    expect(html).not.toContain('<script');
  });

  it("lists a group's standing members by their memberships, without repeating \"fast ledamot\" under that heading", () => {
    const members = text(read(site, 'grupper/gemensam-ledningsgrupp-utveckling/index.html').split('id="ledamoter"')[1]!.split('</section>')[0]!);
    expect(members).toContain('Leif Redestig , Socialförvaltningen');
    expect(members).toContain('Allan Hedman , Socialförvaltningen (brukarmentor)');
    expect(members).not.toContain('fast ledamot');
  });

  it('announces the next meeting and offers it as a calendar', () => {
    expect(text(read(site, 'index.html'))).toContain('måndag 23 januari 2017 kl. 14:30');
    const ics = read(site, 'grupper/gemensam-ledningsgrupp-utveckling/kalender.ics');
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20170123T143000');
    expect(ics).toContain('SUMMARY:Gemensam ledningsgrupp utveckling');
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    // Without the site's full address (--url) the calendar has no link rather than a relative one.
    expect(ics).not.toContain('URL:');
    expect(read(site, 'grupper/gemensam-ledningsgrupp-utveckling/index.html')).toContain('lägg till i kalendern');
  });

  it('shows what an attendee came as at that meeting, as the source wrote it ("Allan Hedman, brukarmentor", "Bo Pettersson, Ria/G7")', () => {
    const february = text(meeting('2016-02-08'));
    expect(february).toContain('Allan Hedman , brukarmentor');
    expect(february).not.toContain('Allan Hedman , Socialförvaltningen');
    const december = text(meeting('2016-12-12', 'gemensam-ledningsgrupp-utveckling'));
    expect(december).toContain('Bo Pettersson , Ria/G7');
    // One registered organisation is named as registered ("socialförvaltningen" in the source); the role from
    // people.yml gives way to what the minutes wrote.
    expect(december).toContain('Allan Hedman , Socialförvaltningen');
    expect(december).not.toContain('(brukarmentor)');
    // Where the minutes wrote nothing after the name, the organisation and role come from people.yml.
    expect(text(meeting('2015-11-09'))).toContain('Ia Jonsson');
    const data = JSON.parse(read(site, 'data/minutes.json')) as { meetings: { id: string; attendees: { id: string | null; as?: string }[] }[] };
    const attendees = data.meetings.find((m) => m.id === 'gemensam-ledningsgrupp-utveckling/2016-12-12')!.attendees;
    expect(attendees.find((a) => a.id === 'bo-pettersson')!.as).toBe('Ria/G7');
    expect(attendees.find((a) => a.id === 'leif-redestig')!.as).toBeUndefined();
  });

  it('lists on an organisation’s page the people with an assignment in it, and the meetings they came to for it ("Bo Pettersson, Ria/G7")', () => {
    const g7 = text(read(site, 'organisationer/g7/index.html'));
    expect(g7).toContain('Bo Pettersson');
    // Under the year, by group: the group once, then its meetings by day and month.
    expect(g7).toContain('2016 Gemensam ledningsgrupp utveckling (1 möte): 12 december');
    expect(text(read(site, 'organisationer/ria/index.html'))).toContain('Bo Pettersson');
  });

  it('counts the meetings a person was at and missed in words, leaving out a zero, and says nothing for someone in no attendance list', () => {
    const people = listFiles(path.join(site, 'personer')).filter((f) => f.endsWith('/index.html') && f !== 'index.html');
    const lines = people.map((f) => /<dt>Möten<\/dt><dd>([^<]*)<\/dd>/.exec(read(site, `personer/${f}`))?.[1]);
    // With a capital, as every fact's first word: "Närvarande vid 1 möte, frånvarande vid 1 möte", "Frånvarande vid 1 möte".
    for (const line of lines) if (line !== undefined) expect(line).toMatch(/^(?:Närvarande vid [1-9]\d* (?:möte|möten)(?:, frånvarande vid [1-9]\d* (?:möte|möten))?|Frånvarande vid [1-9]\d* (?:möte|möten))$/);
    expect(lines.some((l) => l === undefined)).toBe(true);
    expect(lines.some((l) => l?.includes(', frånvarande vid'))).toBe(true);
    expect(lines).toContain('Närvarande vid 1 möte');
    expect(lines).toContain('Frånvarande vid 1 möte');
  });

  it('offers a preset search only where it can find something', () => {
    const people = listFiles(path.join(site, 'personer')).filter((f) => f.endsWith('/index.html') && f !== 'index.html');
    expect(people.length).toBeGreaterThan(20);
    for (const f of people) {
      const html = read(site, `personer/${f}`);
      const attended = /<dt>Möten<\/dt><dd>Närvarande vid [1-9]/.test(html);
      expect(html.includes('Sök i protokoll där'), f).toBe(attended);
    }
  });

  it('lists a group’s decisions newest meeting first, each meeting’s in the order they were written, each linked to its anchor', () => {
    const group = read(site, 'grupper/gemensam-utvecklingsgrupp/index.html');
    const listed = [...group.matchAll(/<li>([^<]*) <span class="muted">\(<a href="[^"]*\/(\d{4}-\d{2}-\d{2})\/#(beslut-\d+)"/g)].map((m) => ({ text: m[1]!, date: m[2]!, anchor: m[3]! }));
    const dates = [...new Set(listed.map((d) => d.date))];
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const date of dates) {
      const section = /<h2 id="beslut">Beslut<\/h2>\s*<ol>([\s\S]*?)<\/ol>/.exec(meeting(date))![1]!;
      const written = [...section.matchAll(/<li id="beslut-\d+">([^<]*)/g)].map((x) => x[1]!.trim());
      expect(listed.filter((d) => d.date === date).map((d) => d.text.trim()), date).toEqual(written);
      // The link leads to the decision itself, for readers who cite it.
      for (const d of listed.filter((x) => x.date === date)) expect(new RegExp(`<li id="${d.anchor}">([^<]*)`).exec(section)?.[1]?.trim(), d.anchor).toBe(d.text.trim());
    }
  });

  it('marks an open action whose due date has passed on the day of the build, and not before', async () => {
    // "Ska vara klar", not "Klar senast": under the status Öppen, "Klar" read as a second, contrary status.
    const late = /Öppen Ska vara klar senast 22 mars 2016 \(datumet har passerat\)/;
    expect(text(meeting('2016-03-07'))).toMatch(late);
    expect(text(read(site, 'atgarder/index.html'))).toMatch(late);
    const earlier = path.join(tempDir(), 'site');
    expect((await build({ root, outDir: earlier, base: '/', title: 'Protokoll', today: '2016-03-10' })).ok).toBe(true);
    const page = text(read(earlier, 'grupper/gemensam-utvecklingsgrupp/2016-03-07/index.html'));
    expect(page).toContain('Öppen Ska vara klar senast 22 mars 2016');
    expect(page).not.toMatch(late);
  });

  it('once the announced date has passed, shows it nowhere as coming', async () => {
    const later = path.join(tempDir(), 'site');
    const result = await build({ root, outDir: later, base: '/', title: 'Protokoll', today: '2017-01-24' });
    expect(result.ok).toBe(true);
    const start = text(read(later, 'index.html'));
    expect(start).not.toContain('23 januari 2017');
    expect(start).toContain('Kommande möten');
    // The minutes did name a meeting: it has passed, and the page says so, and on which day it was built.
    expect(start).toContain('Inga kommande möten är kända. Mötet som en grupps senaste protokoll angav som nästa möte har redan varit. Sidan uppdaterades senast 24 januari 2017.');
    const group = read(later, 'grupper/gemensam-ledningsgrupp-utveckling/index.html');
    expect(group).not.toContain('Nästa möte');
    expect(group).not.toContain('lägg till i kalendern');
    expect(read(later, 'grupper/gemensam-ledningsgrupp-utveckling/kalender.ics')).not.toContain('BEGIN:VEVENT');
    // The minutes that announced it still say so.
    expect(text(read(later, 'grupper/gemensam-ledningsgrupp-utveckling/2016-12-12/index.html'))).toContain('Nästa möte: måndag 23 januari 2017 kl. 14:30');
  });

  it('publishes the public model as JSON', () => {
    const data = JSON.parse(read(site, 'data/minutes.json'));
    expect(Object.keys(data)).toEqual(['meetings', 'people', 'groups', 'projects', 'organisations']);
    const m = data.meetings.find((x: { id: string }) => x.id === 'gemensam-utvecklingsgrupp/2016-02-08');
    expect(m.url).toBe('/grupper/gemensam-utvecklingsgrupp/2016-02-08/');
    expect(m.attendees).toHaveLength(8);
    expect(m.secretary).toEqual({ id: 'david-bergstrom', name: 'David Bergström' });
    expect(m.actions[0]).toMatchObject({ id: 'gemensam-utvecklingsgrupp/2016-02-08#1', status: 'done', project: 'fritidsbanken' });
    expect(data.people.find((p: { id: string }) => p.id === 'leif-redestig')).toMatchObject({ name: 'Leif Redestig', organisation: 'socialforvaltningen', url: '/personer/leif-redestig/' });
  });

  it('has feeds for the site, each group and each project', () => {
    const feed = read(site, 'projekt/fritidsbanken/feed.xml');
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(feed.match(/<entry>/g)).toHaveLength(3);
    expect(feed).toContain('<updated>2016-12-12T00:00:00Z</updated>');
  });

  it("serves the stylesheet minified: no comment written for the templates' editors, every rule still there", () => {
    const served = fs.readFileSync(path.join(site, 'assets/style.css'), 'utf8');
    const written = fs.readFileSync(path.join(PROJECT, 'templates/assets/style.css'), 'utf8');
    expect(served).not.toContain('/*');
    expect(served.length).toBeLessThan(written.length * 0.7);
    // Every rule and at-rule written (a block each) is served.
    const blocks = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').split('{').length - 1;
    expect(blocks(served)).toBe(blocks(written));
  });

  it('keeps a meeting page with its stylesheet well under 30 KB', () => {
    const css = fs.statSync(path.join(site, 'assets/style.css')).size;
    const meetings = listFiles(site).filter((x) => /\/\d{4}-\d{2}-\d{2}\/index\.html$/.test(x));
    expect(meetings).toHaveLength(5);
    for (const f of meetings) {
      expect(fs.statSync(path.join(site, f)).size + css).toBeLessThan(30 * 1024);
    }
  });

  it('marks every page as Swedish, with one h1, a skip link and a content security policy', () => {
    for (const f of htmlPages()) {
      const html = read(site, f);
      expect(html, f).toContain('<html lang="sv">');
      expect(html.match(/<h1[\s>]/g), f).toHaveLength(1);
      expect(html, f).toContain('href="#innehall"');
      expect(html, f).toContain('http-equiv="Content-Security-Policy"');
      expect(html, f).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    }
  });

  const titleOf = (html: string) => unescape(/<title>([^<]*)<\/title>/.exec(html)![1]!);

  it('gives every page a title of its own (WCAG 2.4.2)', () => {
    const titles = htmlPages().map((f) => titleOf(read(site, f)));
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });

  it('gives a project and an organisation of one name titles of their own', async () => {
    const named = seedArchive();
    const registry = path.join(named, 'organisations.yml');
    fs.writeFileSync(registry, fs.readFileSync(registry, 'utf8').replace('\nprojects:\n', '\nprojects:\n  ria:\n    name: Ria\n'));
    const out = path.join(named, 'site');
    expect((await build({ root: named, outDir: out, base: '/', title: 'Protokoll', today: '2016-12-13' })).ok).toBe(true);
    expect([titleOf(read(out, 'projekt/ria/index.html')), titleOf(read(out, 'organisationer/ria/index.html'))]).toEqual(['Ria (projekt) – Protokoll', 'Ria (organisation) – Protokoll']);
  });

  it.each([
    ['grupper/gemensam-utvecklingsgrupp/index.html', 'Gemensam utvecklingsgrupp (grupp) – Protokoll'],
    ['personer/leif-redestig/index.html', 'Leif Redestig (person) – Protokoll'],
    ['projekt/fritidsbanken/index.html', 'Fritidsbanken (projekt) – Protokoll'],
    ['organisationer/socialforvaltningen/index.html', 'Socialförvaltningen (organisation) – Protokoll'],
    ['grupper/gemensam-utvecklingsgrupp/2016-02-08/index.html', 'Gemensam utvecklingsgrupp 8 februari 2016 – Protokoll'],
    ['grupper/index.html', 'Grupper – Protokoll'],
    ['om/index.html', 'Om webbplatsen och tillgänglighet – Protokoll'],
  ])('titles %s "%s", saying what kind of page an entry\'s is', (file, title) => {
    expect(titleOf(read(site, file))).toBe(title);
  });

  it("names a group's and a project's feed by the name alone, not by the page's title", () => {
    expect(read(site, 'grupper/gemensam-utvecklingsgrupp/index.html')).toContain('title="Gemensam utvecklingsgrupp: protokoll"');
    expect(read(site, 'projekt/fritidsbanken/index.html')).toContain('title="Fritidsbanken: protokoll"');
  });

  it('marks the link to the page itself in the header and footer as the current page, and no other', () => {
    const marked: string[] = [];
    for (const f of htmlPages().filter((x) => x !== '404.html')) {
      const own = `/${f.replace(/index\.html$/, '')}`;
      const html = read(site, f);
      const chrome = `${html.split('<main')[0]}${html.split('</main>')[1]}`;
      for (const [, attributes] of chrome.matchAll(/<a\s([^>]*)>/g)) {
        const href = /href="([^"]*)"/.exec(attributes!)![1];
        expect(/aria-current="page"/.test(attributes!), `${f}: ${href}`).toBe(href === own);
        if (href === own) marked.push(f);
      }
    }
    // The start page's site title, the about page's footer link and the main menu's index pages.
    expect(marked).toEqual(expect.arrayContaining(['index.html', 'om/index.html', 'grupper/index.html', 'sok/index.html']));
  });

  it('builds byte-identical output twice in a row, search index included', async () => {
    const again = path.join(tempDir(), 'site');
    const result = await build({ root, outDir: again, base: '/', title: 'Protokoll', today: '2016-12-13' });
    expect(result.ok).toBe(true);
    expect(listFiles(again)).toEqual(listFiles(site));
    expect(hashTree(again)).toBe(hashTree(site));
  });

  it('rebuilt over the previous site after an edit, writes the same search index as a build from nothing', async () => {
    const edited = seedArchive();
    const file = path.join(edited, 'minutes/gemensam-utvecklingsgrupp/2016-02-08.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Fritidsbank', 'Fritidsbanken i Helsingborg'));
    const over = path.join(edited, 'site');
    fs.cpSync(site, over, { recursive: true });
    const before = hashTree(path.join(over, 'pagefind'));
    const oldFiles = new Map(listFiles(path.join(over, 'pagefind')).map((f) => [fs.statSync(path.join(over, 'pagefind', f)).ino, sha(path.join(over, 'pagefind', f))]));
    const rebuilt = await build({ root: edited, outDir: over, base: '/', title: 'Protokoll' });
    expect(rebuilt.ok).toBe(true);
    const fresh = path.join(tempDir(), 'site');
    expect((await build({ root: edited, outDir: fresh, base: '/', title: 'Protokoll' })).ok).toBe(true);
    // Same files, same bytes: nothing stale left behind, nothing missing.
    expect(listFiles(path.join(over, 'pagefind'))).toEqual(listFiles(path.join(fresh, 'pagefind')));
    expect(hashTree(path.join(over, 'pagefind'))).toBe(hashTree(path.join(fresh, 'pagefind')));
    expect(hashTree(path.join(fresh, 'pagefind'))).not.toBe(before);
    // Unchanged files were reused from the previous site (the same inodes), with their bytes as they were.
    const shared = listFiles(path.join(over, 'pagefind')).filter((f) => oldFiles.has(fs.statSync(path.join(over, 'pagefind', f)).ino));
    expect(shared.length).toBeGreaterThan(0);
    for (const f of shared) expect(sha(path.join(over, 'pagefind', f)), f).toBe(oldFiles.get(fs.statSync(path.join(over, 'pagefind', f)).ino));
  });
});

// The long lists of an old archive's pages are divided so that a reader finds a year, a name or a section without
// scrolling through all of them: headings a screen reader can jump between, and links to them where there are many.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTemp, seedArchive } from '../helpers/archive.js';
import { announcingArchive, builtSite, tenYearSite } from '../helpers/build.js';
import { brokenLinks, read } from '../helpers/site.js';
import { collateBySurname, surname } from '../../src/util/collate.js';

afterAll(cleanTemp);

/** The part of `html` from the h2 with id `id` to the end of its section. */
function section(html: string, id: string): string {
  const part = html.split(`<h2 id="${id}">`)[1];
  expect(part, `#${id}`).toBeDefined();
  return part!.split('</section>')[0]!;
}

/** A list of meetings divided by year: the links to the years before it, and each year's heading and meetings' dates. */
function byYear(list: string, id: string): { links: string[]; years: { year: string; dates: string[] }[]; items: number } {
  const nav = /<nav class="years"[^>]*>([\s\S]*?)<\/nav>/.exec(list)?.[1] ?? '';
  return {
    links: [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!),
    years: [...list.matchAll(new RegExp(`<h3 id="${id}-(\\d{4})"><span class="visually-hidden">[^<]+ </span>\\1</h3>\\n<ul class="meeting-list">([\\s\\S]*?)</ul>`, 'g'))].map((m) => ({
      year: m[1]!,
      dates: [...m[2]!.matchAll(/<li><a href="\/grupper\/[^/]+\/(\d{4}-\d\d-\d\d)[^"]*">/g)].map((d) => d[1]!),
    })),
    items: (list.match(/<li><a href="\/grupper\//g) ?? []).length,
  };
}

/** Checks a list divided by year: every meeting under its own year, newest first, with links to each year when long. */
function expectByYear(list: string, id: string, count: number): void {
  const { links, years, items } = byYear(list, id);
  const dates = years.flatMap((y) => y.dates);
  expect(dates.length).toBe(count);
  expect(items).toBe(count);
  for (const y of years) for (const d of y.dates) expect(d.slice(0, 4)).toBe(y.year);
  expect(dates).toEqual([...dates].sort().reverse());
  if (count >= 30 && years.length > 1) expect(links).toEqual(years.map((y) => `${id}-${y.year}`));
  else expect(links).toEqual([]);
}

/**
 * Checks meetings divided by year and, within a year, by group (an organisation's, a person's): each group named once
 * with how many meetings, the group with the latest meeting first, its meetings newest first by day and month, every
 * one under its year, with links to each year when long.
 */
function expectByYearAndGroup(list: string, count: number, id = 'ar'): void {
  const years = [...list.matchAll(new RegExp(`<h3 id="${id}-(\\d{4})"><span class="visually-hidden">[^<]+ </span>\\1</h3>\\n<ul class="meeting-list">([\\s\\S]*?)</ul>`, 'g'))].map((m) => ({
    year: m[1]!,
    groups: [...m[2]!.matchAll(/<li><a href="\/grupper\/([^/]+)\/">[^<]+<\/a> \((\d+) möten?\): (.*)<\/li>/g)].map((g) => ({
      id: g[1]!,
      said: Number(g[2]),
      meetings: [...g[3]!.matchAll(/<a href="\/grupper\/([^/]+)\/(\d{4}-\d\d-\d\d)\/">([^<]+)<\/a>/g)].map((d) => ({ group: d[1]!, date: d[2]!, text: d[3]! })),
    })),
  }));
  const all = years.flatMap((y) => y.groups.flatMap((g) => g.meetings));
  expect(all.length).toBe(count);
  expect((list.match(/<a href="\/grupper\/[^/]+\/\d{4}-/g) ?? []).length).toBe(count);
  expect(years.map((y) => y.year)).toEqual(years.map((y) => y.year).sort().reverse());
  const links = [.../<nav class="years"[^>]*>([\s\S]*?)<\/nav>/.exec(list)?.[1]?.matchAll(/href="#([^"]+)"/g) ?? []].map((m) => m[1]!);
  expect(links).toEqual(count >= 30 && years.length > 1 ? years.map((y) => `${id}-${y.year}`) : []);
  for (const y of years) {
    expect(new Set(y.groups.map((g) => g.id)).size).toBe(y.groups.length);
    const latest = y.groups.map((g) => g.meetings[0]!.date);
    expect(latest).toEqual([...latest].sort().reverse());
    for (const g of y.groups) {
      expect(g.said).toBe(g.meetings.length);
      const dates = g.meetings.map((m) => m.date);
      expect(dates).toEqual([...dates].sort().reverse());
      for (const m of g.meetings) {
        expect(m.group).toBe(g.id);
        expect(m.date.slice(0, 4)).toBe(y.year);
        // With its year, as the h3 shows it: a screen reader's list of links reads each alone.
        expect(m.text).toMatch(new RegExp(`^\\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) ${y.year}$`));
      }
    }
  }
}

/** Checks decisions divided by year: each under the year of its meeting, newest first, with links to each year when many. */
function expectDecisionsByYear(list: string, count: number): void {
  const nav = /<nav class="years"[^>]*>([\s\S]*?)<\/nav>/.exec(list)?.[1] ?? '';
  const years = [...list.matchAll(/<h3 id="beslut-(\d{4})"><span class="visually-hidden">Beslut <\/span>\1<\/h3>\n<ul class="decisions">([\s\S]*?)<\/ul>/g)].map((m) => ({
    year: m[1]!,
    dates: [...m[2]!.matchAll(/<li>[\s\S]*?\(<a href="\/grupper\/[^/]+\/(\d{4}-\d\d-\d\d)[^"]*">/g)].map((d) => d[1]!),
  }));
  const dates = years.flatMap((y) => y.dates);
  expect(dates.length).toBe(count);
  expect((list.match(/<li>/g) ?? []).length - (list.match(/<li><a href="#/g) ?? []).length).toBe(count);
  for (const y of years) for (const d of y.dates) expect(d.slice(0, 4)).toBe(y.year);
  expect(dates).toEqual([...dates].sort().reverse());
  const links = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
  expect(links).toEqual(count >= 30 && years.length > 1 ? years.map((y) => `beslut-${y.year}`) : []);
}

describe('the pages of a ten-year archive', () => {
  let site: string;
  beforeAll(async () => {
    site = await tenYearSite();
  }, 120_000);

  it('divide the meetings an organisation’s people attended by year and group, with links to each year', () => {
    const index = read(site, 'organisationer/index.html');
    const orgs = [...index.matchAll(/<h2><a href="\/organisationer\/([^/]+)\/">[\s\S]*?· (\d+) möten?<\/p>/g)].map((m) => ({ id: m[1]!, meetings: Number(m[2]) }));
    expect(orgs.length).toBe(8);
    expect(Math.max(...orgs.map((o) => o.meetings))).toBeGreaterThanOrEqual(30);
    for (const o of orgs) {
      expectByYearAndGroup(section(read(site, `organisationer/${o.id}/index.html`), 'moten'), o.meetings);
    }
    expect(brokenLinks(site).filter((l) => l.startsWith('organisationer/'))).toEqual([]);
  });

  /** The ids of the archive's groups, as the folders of their pages: tenYearSite's six. */
  const groupIds = () => {
    const ids = fs.readdirSync(path.join(site, 'grupper')).filter((f) => !f.endsWith('.html'));
    expect(ids).toHaveLength(6);
    return ids;
  };

  it('link to each year of a group’s meetings', () => {
    for (const id of groupIds()) {
      const html = read(site, `grupper/${id}/index.html`);
      const count = Number(/<dt>Protokoll<\/dt><dd>(\d+)/.exec(html)?.[1]);
      expect(count).toBeGreaterThanOrEqual(30);
      expectByYear(section(html, 'moten'), 'ar', count);
    }
    expect(brokenLinks(site).filter((l) => l.startsWith('grupper/'))).toEqual([]);
  });

  it('divide the meetings a person attended, missed and wrote the minutes of by year and group, with links to each year', () => {
    let long = 0;
    let wrote = 0;
    for (const id of fs.readdirSync(path.join(site, 'personer')).filter((f) => !f.endsWith('.html'))) {
      const html = read(site, `personer/${id}/index.html`);
      const attended = /<dt>Möten<\/dt><dd>Närvarande vid (\d+)/.exec(html)?.[1] ?? '0';
      const missed = /<dt>Möten<\/dt><dd>(?:Närvarande vid [^<,]*, f|F)rånvarande vid (\d+)/.exec(html)?.[1] ?? '0';
      if (Number(attended) > 0) expectByYearAndGroup(section(html, 'narvarande'), Number(attended), 'narvarande');
      if (Number(missed) > 0) expectByYearAndGroup(section(html, 'franvarande'), Number(missed), 'franvarande');
      for (const l of contents(html).filter((c) => c.id === 'ordforande' || c.id === 'vid-pennan')) expectByYearAndGroup(section(html, l.id), l.count, l.id);
      if (Number(attended) >= 30) long++;
      if ((contents(html).find((c) => c.id === 'vid-pennan')?.count ?? 0) >= 30) wrote++;
    }
    expect(long).toBeGreaterThan(0);
    expect(wrote).toBeGreaterThan(0);
    expect(brokenLinks(site).filter((l) => l.startsWith('personer/'))).toEqual([]);
  });

  it('divide a project’s timeline by year, oldest first, with links to each year', () => {
    let long = 0;
    for (const id of fs.readdirSync(path.join(site, 'projekt')).filter((f) => !f.endsWith('.html'))) {
      const list = section(read(site, `projekt/${id}/index.html`), 'tidslinje');
      const nav = /<nav class="years"[^>]*>([\s\S]*?)<\/nav>/.exec(list)?.[1] ?? '';
      const years = [...list.matchAll(/<h3 id="ar-(\d{4})"><span class="visually-hidden">Tidslinje <\/span>\1<\/h3>\n<ol class="timeline">([\s\S]*?)<\/ol>/g)].map((m) => ({
        year: m[1]!,
        dates: [...m[2]!.matchAll(/<h4><time datetime="(\d{4}-\d\d-\d\d)">/g)].map((d) => d[1]!),
      }));
      const dates = years.flatMap((y) => y.dates);
      expect(dates.length).toBe((list.match(/<time datetime=/g) ?? []).length);
      expect(dates).toEqual([...dates].sort());
      for (const y of years) for (const d of y.dates) expect(d.slice(0, 4)).toBe(y.year);
      const links = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
      if (dates.length >= 30 && years.length > 1) {
        long++;
        expect(links).toEqual(years.map((y) => `ar-${y.year}`));
      } else expect(links).toEqual([]);
    }
    expect(long).toBeGreaterThan(0);
    expect(brokenLinks(site).filter((l) => l.startsWith('projekt/'))).toEqual([]);
  });

  // Each entry begins with the meeting's date; a meeting with the usual title is then named by its group alone, as
  // "6 juli 2019: Grupp 6 för fritidsfrågor 6 juli 2019" said the date twice (and the line under an agenda item too).
  it('name each meeting on a project’s timeline once, and its date once', () => {
    let whole = 0;
    let sections = 0;
    for (const id of fs.readdirSync(path.join(site, 'projekt')).filter((f) => !f.endsWith('.html'))) {
      const list = section(read(site, `projekt/${id}/index.html`), 'tidslinje');
      for (const entry of list.split('<li>\n<h4>').slice(1)) {
        const [, date, href, link, meta] = /^<time[^>]*>([^<]*)<\/time>: <a href="([^"]+)">([^<]+)<\/a><\/h4>\n(?:<p class="muted">([^<]+)<\/p>)?/.exec(entry) ?? [];
        expect(link, entry).toBeDefined();
        if (href!.endsWith('#protokoll')) {
          whole++;
          expect(link, entry).toMatch(/^Grupp \d+ för \S+$/);
        } else {
          sections++;
          expect(meta, entry).toMatch(/^Grupp \d+ för \S+$/);
        }
        expect(meta, entry).not.toBe(link);
        expect(`${link} ${meta ?? ''}`, entry).not.toContain(date!);
      }
    }
    expect(whole).toBeGreaterThan(0);
    expect(sections).toBeGreaterThan(0);
  });

  it('divide a group’s decisions by year, newest first, with links to each year', () => {
    const data = JSON.parse(read(site, 'data/minutes.json')) as { meetings: { group: string; decisions: unknown[] }[] };
    for (const id of groupIds()) {
      const count = data.meetings.filter((m) => m.group === id).reduce((n, m) => n + m.decisions.length, 0);
      expect(count).toBeGreaterThanOrEqual(30);
      expectDecisionsByYear(section(read(site, `grupper/${id}/index.html`), 'beslut'), count);
    }
  });

  it('start long pages with links to their lists, with how many entries each has', () => {
    const pages = ['grupper', 'organisationer', 'personer', 'projekt'].flatMap((dir) =>
      fs
        .readdirSync(path.join(site, dir))
        .filter((f) => !f.endsWith('.html'))
        .map((id) => `${dir}/${id}/index.html`),
    );
    let long = 0;
    for (const page of pages) {
      const html = read(site, page);
      const lists = contents(html);
      if (lists.length === 0) continue;
      long++;
      // Each link leads to a heading of the page that comes after the links, in the order of the page.
      const after = html.split('<h2 id="pa-sidan">')[1]!;
      const at = lists.map((l) => after.indexOf(`<h2 id="${l.id}">`));
      expect(at.every((i) => i > 0)).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
      for (const l of lists) {
        const part = section(html, l.id);
        const entries =
          l.id === 'oppna-atgarder' || l.id === 'atgarder'
            ? part.match(/<tr role="row">/g)!.length - 1
            : l.id === 'tidslinje'
              ? (part.match(/<li>\n<h4>/g) ?? []).length
              : (page.startsWith('organisationer/') && l.id === 'moten') || page.startsWith('personer/')
                ? (part.match(/<a href="\/grupper\/[^/]+\/\d{4}-/g) ?? []).length
              : (part.match(/<li>/g) ?? []).length - (part.match(/<li><a href="#/g) ?? []).length;
        expect(entries, `${page}#${l.id}`).toBe(l.count);
      }
    }
    expect(long).toBeGreaterThan(6 + 8);
    expect(pages.filter((p) => p.startsWith('projekt/') && contents(read(site, p)).some((l) => l.id === 'tidslinje')).length).toBeGreaterThan(0);
  });

  it("divide the index of people by the first letter of their surnames, A to Ö, with links to each letter, by surname within each", () => {
    const html = read(site, 'personer/index.html');
    const { letters, links, names } = peopleIndex(html);
    expect(names.length).toBe(Number(/<p>(\d+) personer i registret/.exec(html)?.[1]));
    expect(letters.length).toBeGreaterThan(5);
    expect(links).toEqual(letters.map((l) => l.anchor));
    for (const l of letters) for (const name of l.names) expect(surname(name).charAt(0).toLocaleUpperCase('sv').normalize('NFD').charAt(0)).toBe(l.letter.normalize('NFD').charAt(0));
    for (const l of letters) expect(l.names).toEqual([...l.names].sort(collateBySurname));
    const order = letters.map((l) => l.letter);
    expect(order).toEqual([...order].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(brokenLinks(site).filter((l) => l.startsWith('personer/index.html'))).toEqual([]);
  });
});

/** The links at the start of a long page to its lists: each list's id, heading and number of entries. */
function contents(html: string): { id: string; name: string; count: number }[] {
  const nav = /<nav class="toc" aria-labelledby="pa-sidan">\n<h2 id="pa-sidan">På sidan<\/h2>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/<li><a href="#([^"]+)">([^<]+)<\/a> \((\d+)\)<\/li>/g)].map((m) => ({ id: m[1]!, name: m[2]!, count: Number(m[3]) }));
}

/** The index of people: the letter links, each letter's heading and names, and every name listed. */
function peopleIndex(html: string): { links: string[]; letters: { anchor: string; letter: string; names: string[] }[]; names: string[] } {
  const main = html.split('<main')[1]!.split('</main>')[0]!;
  const nav = /<nav class="letters"[^>]*>([\s\S]*?)<\/nav>/.exec(main)?.[1] ?? '';
  const names = (list: string) => [...list.matchAll(/<li><a href="\/personer\/[^"]+\/">([^<]+)<\/a>/g)].map((m) => m[1]!);
  return {
    links: [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!),
    letters: [...main.matchAll(/<h2 id="([^"]+)">([^<]+)<\/h2>\n<ul class="people columns-list">([\s\S]*?)<\/ul>/g)].map((m) => ({ anchor: m[1]!, letter: m[2]!, names: names(m[3]!) })),
    names: names(main),
  };
}

describe('the pages of a small archive', () => {
  it('divide short lists of meetings by year without links to the years', async () => {
    const site = await builtSite(seedArchive());
    expectByYearAndGroup(section(read(site, 'personer/david-bergstrom/index.html'), 'narvarande'), 4, 'narvarande');
    expectByYearAndGroup(section(read(site, 'personer/david-bergstrom/index.html'), 'vid-pennan'), 4, 'vid-pennan');
    expectByYearAndGroup(section(read(site, 'organisationer/socialforvaltningen/index.html'), 'moten'), 5);
    expect(section(read(site, 'organisationer/socialforvaltningen/index.html'), 'moten')).not.toContain('<nav class="years"');
    expectByYear(section(read(site, 'grupper/gemensam-utvecklingsgrupp/index.html'), 'moten'), 'ar', 4);
    expectDecisionsByYear(section(read(site, 'grupper/gemensam-utvecklingsgrupp/index.html'), 'beslut'), 6);
    const people = peopleIndex(read(site, 'personer/index.html'));
    expect(people.names.length).toBeGreaterThan(30);
    expect(people.links).toEqual([]);
    expect(people.letters).toEqual([]);
    for (const page of ['grupper/gemensam-utvecklingsgrupp/', 'organisationer/socialforvaltningen/', 'personer/leif-redestig/', 'projekt/fritidsbanken/']) expect(contents(read(site, `${page}index.html`))).toEqual([]);
  });
});

describe('the start page of an archive of many groups', () => {
  /** The start page's coming meetings when the latest minutes of `announcing` of twelve groups name a next meeting still to come. */
  async function coming(announcing: number): Promise<{ groups: string[]; note: string }> {
    const part = section(read(await builtSite(announcingArchive(12, announcing)), 'index.html'), 'kommande');
    return { groups: [...part.matchAll(/<li><a href="\/grupper\/([^/]+)\/">/g)].map((m) => m[1]!), note: /<p class="muted">([^<]*)<\/p>/.exec(part)?.[1] ?? '' };
  }

  it.each([
    [10, ['grupp-10', 'grupp-9', 'grupp-8', 'grupp-7', 'grupp-6', 'grupp-5', 'grupp-4', 'grupp-3', 'grupp-2', 'grupp-1'], 'Enligt det senaste protokollet från varje grupp.'],
    [12, ['grupp-12', 'grupp-11', 'grupp-10', 'grupp-9', 'grupp-8', 'grupp-7', 'grupp-6', 'grupp-5', 'grupp-4', 'grupp-3'], 'Enligt det senaste protokollet från varje grupp. Här visas de 10 närmaste av 12; varje grupps nästa möte står på gruppens sida.'],
  ])('lists the soonest ten of the meetings to come, when %i groups announce one', async (announcing, groups, note) => {
    expect(await coming(announcing)).toEqual({ groups, note });
  });
});

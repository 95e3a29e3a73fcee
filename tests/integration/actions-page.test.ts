// The actions page lists every open action while they are few; past ACTIONS_PAGE_LIMIT it counts them by group
// and links to the group pages, which list them (a page of every open action in a large archive is megabytes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_PAGE_LIMIT } from '../../src/render/view-lists.js';
import { cleanTemp, seedArchive } from '../helpers/archive.js';
import { builtSite, tenYearSite } from '../helpers/build.js';
import { brokenLinks, read, unescape } from '../helpers/site.js';

afterAll(cleanTemp);

/** The per-group table of the actions page: each row's group, link and counts. */
function perGroup(html: string): { group: string; href: string; open: number; overdue: number }[] {
  const table = /<table class="per-group">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr><th scope="row"><a href="([^"]+)">([^<]+)<\/a><\/th><td class="number">(\d+)<\/td><td class="number">(\d+)<\/td><\/tr>/g)].map((m) => ({
    href: unescape(m[1]!),
    group: unescape(m[2]!),
    open: Number(m[3]),
    overdue: Number(m[4]),
  }));
}

/** The rows of the actions table in the section of `html` whose heading has the id `id`, and how many say they are overdue. */
function listed(html: string, id: string): { rows: number; overdue: number } {
  const section = html.split(`<h2 id="${id}">`)[1]?.split('</section>')[0]?.split('<tbody')[1] ?? '';
  return { rows: (section.match(/<tr role="row">/g) ?? []).length, overdue: (section.match(/class="overdue"/g) ?? []).length };
}

const total = (rows: readonly { open: number }[]) => rows.reduce((n, r) => n + r.open, 0);

describe('the actions page of a large archive', () => {
  let site: string;
  beforeAll(async () => {
    site = await tenYearSite();
  }, 120_000);

  it('counts the open actions of each group and links to the group page that lists them', () => {
    const html = read(site, 'atgarder/index.html');
    const rows = perGroup(html);
    expect(rows.length).toBeGreaterThan(1);
    expect(total(rows)).toBeGreaterThan(ACTIONS_PAGE_LIMIT);
    expect(html).toContain(`${total(rows)} åtgärder är inte klara`);
    expect(html).not.toContain('<table class="actions');
    for (const row of rows) {
      const m = /^\/grupper\/([^/]+)\/#oppna-atgarder$/.exec(row.href);
      expect(m, row.href).not.toBeNull();
      const group = read(site, `grupper/${m![1]}/index.html`);
      expect(group).toContain(`<h1>${row.group}</h1>`);
      expect(listed(group, 'oppna-atgarder')).toEqual({ rows: row.open, overdue: row.overdue });
    }
    expect(rows.some((r) => r.overdue > 0)).toBe(true);
    expect(brokenLinks(site).filter((l) => l.startsWith('atgarder/'))).toEqual([]);
  });

  it('stays small', () => {
    expect(Buffer.byteLength(read(site, 'atgarder/index.html'))).toBeLessThan(30_000);
  });
});

describe('the actions page of a small archive', () => {
  it('lists every open action by group, after a table of contents with their counts', async () => {
    const site = await builtSite(seedArchive());
    const html = read(site, 'atgarder/index.html');
    const rows = perGroup(html);
    expect(rows.map((r) => r.group)).toEqual(['Gemensam ledningsgrupp utveckling', 'Gemensam utvecklingsgrupp']);
    expect(total(rows)).toBeLessThanOrEqual(ACTIONS_PAGE_LIMIT);
    for (const row of rows) {
      expect(row.href).toMatch(/^#grupp-/);
      expect(listed(html, row.href.slice(1))).toEqual({ rows: row.open, overdue: row.overdue });
    }
    expect(html).toContain(`${total(rows)} åtgärder är inte klara`);
    expect(brokenLinks(site).filter((l) => l.startsWith('atgarder/'))).toEqual([]);
  });
});

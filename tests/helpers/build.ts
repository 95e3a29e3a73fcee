// Sites built in process for integration tests, as of a fixed day: any archive, or a generated one of ten years.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { generateArchive } from '../../src/bench/generate.js';
import { build, check, renderSite } from '../../src/pipeline.js';
import type { SiteOptions } from '../../src/render/view-types.js';
import { tempDir } from './archive.js';
import { listFiles } from './site.js';

/** Builds the archive at `root` into `root/site` as on `today`, expecting no errors; returns the site's folder. */
export async function builtSite(root: string, today = '2030-01-01'): Promise<string> {
  const site = path.join(root, 'site');
  const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
  return site;
}

/** The site of a generated archive: 240 meetings of 6 groups over ten years, 60 people, 8 organisations, 10 projects. */
export function tenYearSite(): Promise<string> {
  const root = tempDir();
  generateArchive(root, 240, 5, { groups: 6, people: 60, organisations: 8, projects: 10 });
  return builtSite(root);
}

/**
 * A generated archive of `groups` groups, two meetings each, whose latest minutes of the first `announcing` name a
 * next meeting still to come on 2030-01-01 (builtSite's day): 20 February and the days before it, the later a group's
 * number the sooner; the others' has been.
 */
export function announcingArchive(groups: number, announcing: number): string {
  const root = tempDir();
  generateArchive(root, groups * 2, 5, { groups, people: 60, organisations: 8, projects: 10 });
  const ids = fs.readdirSync(path.join(root, 'minutes')).sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]));
  ids.forEach((g, i) => {
    const latest = path.join(root, 'minutes', g, fs.readdirSync(path.join(root, 'minutes', g)).sort().at(-1)!);
    const next = i < announcing ? `2030-02-${String(20 - (i % 20)).padStart(2, '0')} 13:30` : '2029-12-01 13:30';
    fs.writeFileSync(latest, fs.readFileSync(latest, 'utf8').replace(/^next_meeting: .*$/m, `next_meeting: ${next}`));
  });
  return root;
}

/** Every file of a site with its text, leaving out the search index (watch mode writes it from the pages on disk). */
export function siteContents(dir: string): Map<string, string> {
  return new Map(listFiles(dir).filter((f) => !f.startsWith('pagefind/')).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

/** Expects `live` (a site kept up to date by watch mode) to hold the files a fresh build of `root` writes, byte for byte. */
export async function sameAsFreshBuild(root: string, live: string, options: SiteOptions & { readonly today: string }): Promise<void> {
  const checked = check(root, options.today);
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const fresh = tempDir();
  // Templates read afresh: compiled ones kept by this process from an earlier build would be those before an edit.
  expect((await renderSite(checked, { root, outDir: fresh, ...options, cacheTemplates: false }, fresh, {})).ok).toBe(true);
  const [a, b] = [siteContents(live), siteContents(fresh)];
  expect([...a.keys()]).toEqual([...b.keys()]);
  expect([...b.keys()].filter((f) => a.get(f) !== b.get(f))).toEqual([]);
}

/** A person and an organisation whose names are longer than a phone's line, as `longShapesArchive` adds them. */
export const LONG_NAMES = {
  person: 'Anna-Karin Wallenberg-Nordenskiöld-Lindqvist-Håkansson',
  organisation: 'Stiftelsen Arbetsmarknadsförvaltningensutvecklingsenhetsledningsgruppsrepresentanter i Stockholm',
} as const;

/**
 * A generated archive of 40 meetings in two groups (an attendance chart of 20 bars each) whose first group's latest
 * minutes name a person and an organisation with LONG_NAMES' names, give them an action with a long web address,
 * and hold in their text a long address, a long code and tables of nine and fourteen columns, wider than a phone or a printed page.
 * Returns the archive's root and the address of those minutes' page.
 */
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

export function longShapesArchive(): { root: string; meeting: string } {
  const root = tempDir();
  generateArchive(root, 40, 5, { groups: 2, people: 40, organisations: 4, projects: 4 });
  fs.appendFileSync(path.join(root, 'people.yml'), `lang-person:\n  name: ${LONG_NAMES.person}\n  organisation: lang-org\n`);
  const registry = path.join(root, 'organisations.yml');
  fs.writeFileSync(registry, fs.readFileSync(registry, 'utf8').replace(/^organisations:\n/m, `organisations:\n  lang-org:\n    name: ${LONG_NAMES.organisation}\n`));
  const folder = path.join(root, 'minutes', 'grupp-1');
  const latest = fs.readdirSync(folder).sort().at(-1)!;
  const url = 'https://www.example.org/kommunen/arbetsmarknadsforvaltningen/utvecklingsenheten/rapporter/2022/slutrapport-for-projektet.pdf';
  const text = [
    `## Rapporter\n\nSe ${url} och [rapporten om Arbetsmarknadsförvaltningensutvecklingsenhetsledningsgruppsrepresentanterna](${url}).`,
    'Koden `arbetsmarknadsforvaltningen-utvecklingsenheten-ledningsgrupp-2022-07-20#12` gäller.',
    '| År | Verksamhet | Deltagare | Besök | Kostnad | Intäkter | Resultat | Kommentar | Ansvarig |\n|---|---|---|---|---|---|---|---|---|\n' +
      `| 2022 | Arbetsmarknadsförvaltningen | 1234 | 5678 | 123 456 | 98 765 | −24 691 | Verksamhetsuppföljningsrapporten | ${LONG_NAMES.person} |`,
    // Fourteen columns, one for each month and the year's total: too many for any least width of a column on paper.
    `| Verksamhet | ${MONTHS.join(' | ')} | Totalt |\n|${'---|'.repeat(14)}\n| Arbetsmarknadsförvaltningen | ${MONTHS.map((_, i) => 1000 + i).join(' | ')} | 12 066 |`,
  ].join('\n\n');
  const action = `  - who: [lang-person, lang-org]\n    what: Skicka ${url} till representanterna.\n`;
  let minutes = fs.readFileSync(path.join(folder, latest), 'utf8').replace(/^attendees:\n/m, 'attendees:\n  - lang-person\n');
  // The first "\n---\n" closes the front matter.
  minutes = /^actions:\n/m.test(minutes) ? minutes.replace(/^actions:\n/m, `actions:\n${action}`) : minutes.replace(/\n---\n/, `\nactions:\n${action}---\n`);
  minutes = minutes.replace(/\n---\n/, `\n---\n${text}\n\n`);
  fs.writeFileSync(path.join(folder, latest), minutes);
  return { root, meeting: `grupper/grupp-1/${latest.replace(/\.md$/, '')}/` };
}

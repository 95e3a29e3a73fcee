// Watch mode rebuilds only the pages an edit affects. This checks that it never misses one: after each kind of
// edit, every file of the incrementally updated site must equal a full build of the same sources.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { build, check } from '../../src/pipeline.js';
import { generateArchive } from '../../src/bench/generate.js';
import { archive, cleanTemp, FIXTURES, tempDir } from '../helpers/archive.js';
import { listFiles } from '../helpers/site.js';
import { png } from '../helpers/images.js';

// Built as on a fixed day, so the result does not depend on when the tests run: after every meeting of the
// generated archive, before the meeting grupp-1's latest minutes announce (2024-12-23), so it is still to come.
const TODAY = '2024-05-01';
const SITE = { base: '/', title: 'Protokoll', today: TODAY };

describe('incremental rebuilds in watch mode', () => {
  let root: string;
  let live: string;
  let session: DevSession;
  const file = (rel: string) => path.join(root, rel);
  const meetingFiles = () => listFiles(path.join(root, 'minutes')).map((f) => `minutes/${f}`);

  beforeAll(async () => {
    root = tempDir();
    generateArchive(root, 40, 7, { groups: 3, people: 30, organisations: 5, projects: 6 });
    live = path.join(tempDir(), 'site');
    session = new DevSession({ root, outDir: live, ...SITE });
    const first = await session.start();
    expect(first.kind).toBe('rendered');
  });
  afterAll(cleanTemp);

  /** Applies an edit, updates incrementally, then compares every file with a fresh full build. */
  async function editAndCompare(change: () => string[]) {
    const changed = change();
    const result = await session.update(changed);
    if (result.kind === 'rendered') written = result.written;
    expect(result.kind, JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error'))).toBe('rendered');
    // The data files made only when the save asks for them, as dev makes them: the comparison below finds a save that
    // changed what they hold without saying so.
    if (result.kind === 'rendered' && result.afterwards.data) expect(await session.writeExtras(() => false)).toBe(true);
    const fresh = path.join(tempDir(), 'site');
    const checked = check(root, TODAY);
    expect(checked.ok).toBe(true);
    const full = await build({ root, outDir: fresh, ...SITE, cacheTemplates: false });
    expect(full.ok).toBe(true);
    const relevant = (dir: string) => listFiles(dir).filter((f) => !f.startsWith('pagefind/'));
    expect(relevant(live)).toEqual(relevant(fresh));
    const differing = relevant(fresh).filter((f) => fs.readFileSync(path.join(live, f), 'utf8') !== fs.readFileSync(path.join(fresh, f), 'utf8'));
    if (differing.length > 0 && process.env.MINUTES_DEBUG_DIFF) {
      for (const f of differing) console.log(f, '\n--- live\n', fs.readFileSync(path.join(live, f), 'utf8'), '\n--- fresh\n', fs.readFileSync(path.join(fresh, f), 'utf8'));
    }
    expect(differing).toEqual([]);
  }

  /** The pages the last update wrote. */
  let written: readonly string[] = [];

  const edit = (rel: string, fn: (text: string) => string) => {
    const text = fs.readFileSync(file(rel), 'utf8');
    const next = fn(text);
    expect(next).not.toBe(text);
    fs.writeFileSync(file(rel), next);
    return [rel];
  };

  it('after a change to the text of the minutes', async () => {
    const [target] = meetingFiles().slice(5);
    await editAndCompare(() => edit(target!, (t) => `${t}\nEtt nytt stycke om Projekt ${'x'}.\n`));
  });

  it('after a comment left open, then closed, then one across paragraphs and a <br>: the page shows what the previewer does', async () => {
    const [target] = meetingFiles().slice(6);
    const page = () => fs.readFileSync(path.join(live, ...target!.replace(/^minutes\//, 'grupper/').replace(/\.md$/, '/index.html').split('/')), 'utf8');
    await editAndCompare(() => edit(target!, (t) => `${t}\nText <!-- anteckning om hyran\n`));
    expect(page()).toContain('&lt;!-- anteckning om hyran');
    await editAndCompare(() => edit(target!, (t) => t.replace('<!-- anteckning om hyran\n', '<!-- anteckning om hyran --> efter.\n')));
    expect(page()).toContain('Text  efter.');
    await editAndCompare(() => edit(target!, (t) => `${t}\n<!-- Ta inte med\n\nLeif var sur -->\nRad ett<br>rad två\n`));
    expect(page()).toContain('Rad ett<br>\nrad två');
    expect(page()).not.toMatch(/hyran|Leif var sur/);
  });

  it('after a project first named in the text of some minutes: the list of projects counts the meeting', async () => {
    const list = () => fs.readFileSync(path.join(live, 'projekt', 'index.html'), 'utf8');
    const organisations = fs.readFileSync(file('organisations.yml'), 'utf8');
    const [, id, name] = /^ {2}(projekt-\d+):\n {4}name: (.+)$/m.exec(organisations)!;
    const target = meetingFiles().find((f) => !fs.readFileSync(file(f), 'utf8').includes(name!) && !fs.readFileSync(file(f), 'utf8').includes(`${id}\n`))!;
    const counted = () => new RegExp(`>${name}</a>[\\s\\S]*?Har tagits upp på (\\d+) möte`).exec(list())![1];
    const before = Number(counted());
    await editAndCompare(() => edit(target, (t) => `${t}\n## Nytt projekt\n\nVi började med ${name!}.\n`));
    expect(Number(counted())).toBe(before + 1);
  });

  it('after one attendee is swapped for another (the same number present)', async () => {
    const target = meetingFiles()[4]!;
    const text = fs.readFileSync(file(target), 'utf8');
    const listed = new Set([...text.matchAll(/^ {2}- (.+)$/gm)].map((m) => m[1]!));
    const stranger = [...fs.readFileSync(file('people.yml'), 'utf8').matchAll(/^([a-z0-9-]+):$/gm)].map((m) => m[1]!).find((id) => !listed.has(id) && !text.includes(id))!;
    await editAndCompare(() => edit(target, (t) => t.replace(/\nattendees:\n {2}- [^\n]+\n/, `\nattendees:\n  - ${stranger}\n`)));
  });

  it('after a change of who attended', async () => {
    const [target] = meetingFiles().slice(8);
    await editAndCompare(() => edit(target!, (t) => t.replace(/\nattendees:\n {2}- [^\n]+\n/, '\nattendees:\n')));
  });

  it('after an organisation written after an attendee\'s name ("Name, Organisation")', async () => {
    const target = meetingFiles()[2]!;
    // An organisation nobody belongs to: only what the minutes write puts the meeting on its page.
    await editAndCompare(() => edit('organisations.yml', (t) => t.replace(/^organisations:\n/m, 'organisations:\n  nyforeningen:\n    name: Nyföreningen\n')));
    await editAndCompare(() => edit(target, (t) => t.replace(/\nattendees:\n( {2}- [^\n,]+)\n/, '\nattendees:\n$1, Nyföreningen\n')));
    expect(written.some((f) => f.includes('/organisationer/nyforeningen/'))).toBe(true);
    await editAndCompare(() => edit(target, (t) => t.replace(', Nyföreningen\n', ', ordförande\n')));
  });

  it('after a follow-up that closes an earlier action', async () => {
    const files = meetingFiles();
    const withAction = files.find((f) => /\nactions:\n/.test(fs.readFileSync(file(f), 'utf8')))!;
    const [, group, date] = /minutes\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.md$/.exec(withAction)!;
    const later = files.filter((f) => f.includes(`/${group}/`) && f > withAction).pop()!;
    await editAndCompare(() =>
      edit(later, (t) => t.replace(/\nfollowups:\n/, '\nfollowups_old:\n').replace(/^---\n/, `---\nfollowups:\n  - action: ${group}/${date}#1\n    status: done\n    note: Klart nu.\n`).replace(/\nfollowups_old:\n((?: {2}- [\s\S]*?)?)(?=\n[a-z_]+:|\n---)/, '\n')),
    );
    // "Enligt mötet …" under the action leads to the follow-up's item (#uppfoljning-…), on every page showing it.
    const anchor = `uppfoljning-${group}-${date}-1`;
    expect(fs.readFileSync(path.join(live, ...later.replace(/^minutes\//, 'grupper/').replace(/\.md$/, '/index.html').split('/')), 'utf8')).toContain(`<li id="${anchor}">`);
    // A heading in its text that reads as that anchor gets another, also once the follow-up is taken away and put back.
    const followup = `  - action: ${group}/${date}#1\n    status: done\n    note: Klart nu.\n`;
    await editAndCompare(() => edit(later, (t) => t.replace(/\n---\n/, `\n---\n## Uppföljning ${group} ${date} 1\n\nText.\n\n`)));
    await editAndCompare(() => edit(later, (t) => t.replace(`followups:\n${followup}`, '')));
    await editAndCompare(() => edit(later, (t) => t.replace(/^---\n/, `---\nfollowups:\n${followup}`)));
  });

  it('after an action added, then done, then removed: the start page counts the open actions', async () => {
    const start = () => fs.readFileSync(path.join(live, 'index.html'), 'utf8');
    const count = () => Number(/Alla öppna åtgärder \((\d+)\)/.exec(start())![1]);
    const before = count();
    const target = meetingFiles().find((f) => !/\nactions:\n/.test(fs.readFileSync(file(f), 'utf8')))!;
    const secretary = /\nsecretary: ([^\n]+)/.exec(fs.readFileSync(file(target), 'utf8'))![1]!;
    const action = `  - who: ${secretary}\n    what: Ringa hyresvärden.\n`;
    await editAndCompare(() => edit(target, (t) => t.replace(/\n---\n/, `\nactions:\n${action}---\n`)));
    expect(count()).toBe(before + 1);
    await editAndCompare(() => edit(target, (t) => t.replace(action, `${action}    status: done\n`)));
    expect(count()).toBe(before);
    await editAndCompare(() => edit(target, (t) => t.replace(`\nactions:\n${action}    status: done\n`, '\n')));
  });

  it('after links to other minutes and to an attachment: the meeting linked to moves, the attachment is saved, removed and comes back', async () => {
    const [linking, linked] = meetingFiles().filter((f) => f.startsWith('minutes/grupp-2/')).slice(0, 2);
    const dir = path.dirname(file(linking!));
    const pdf = path.join(dir, 'bilaga 1.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4 första');
    const page = () => fs.readFileSync(path.join(live, 'grupper', 'grupp-2', path.basename(linking!, '.md'), 'index.html'), 'utf8');
    await editAndCompare(() => [...edit(linking!, (t) => `${t}
Se [mötet](${path.basename(linked!)}) och [bilagan](bilaga%201.pdf).
`), pdf]);
    expect(page()).toContain('href="/bilagor/grupp-2/bilaga%201.pdf"');
    expect(fs.readFileSync(path.join(live, 'bilagor', 'grupp-2', 'bilaga 1.pdf'), 'utf8')).toBe('%PDF-1.4 första');
    // The meeting linked to gets another date, and with it another address: the page linking to it follows.
    const moved = linked!.replace(/\d{4}-\d{2}-\d{2}\.md$/, '2011-01-03.md');
    await editAndCompare(() => {
      // Kept under former_ids, so that follow-ups of its actions still find them.
      const oldDate = /(\d{4}-\d{2}-\d{2})\.md$/.exec(linked!)![1]!;
      fs.writeFileSync(file(moved), fs.readFileSync(file(linked!), 'utf8').replace(/\ndate: [\d-]+/, `\ndate: 2011-01-03\nformer_ids: [grupp-2/${oldDate}]`));
      fs.rmSync(file(linked!));
      edit(linking!, (t) => t.replace(`(${path.basename(linked!)})`, `(${path.basename(moved)})`));
      return [linked!, moved, linking!];
    });
    expect(page()).toContain('href="/grupper/grupp-2/2011-01-03/"');
    // The attachment saved again is copied into the site as it is, with no page rebuilt.
    fs.writeFileSync(pdf, '%PDF-1.4 andra');
    expect(await session.update([pdf])).toMatchObject({ kind: 'copied', written: ['bilagor/grupp-2/bilaga 1.pdf'] });
    expect(fs.readFileSync(path.join(live, 'bilagor', 'grupp-2', 'bilaga 1.pdf'), 'utf8')).toBe('%PDF-1.4 andra');
    // Removed, it is the error; back again, the site is as a build makes it.
    fs.rmSync(pdf);
    const removed = await session.update([pdf]);
    expect(removed.kind).toBe('errors');
    expect(removed.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.code])).toEqual([[linking, 'broken-link']]);
    fs.writeFileSync(pdf, '%PDF-1.4 tredje');
    await editAndCompare(() => [pdf]);
    // A file nobody links to, saved beside the minutes, rebuilds nothing.
    fs.writeFileSync(path.join(dir, 'utkast.pdf'), 'utkast');
    expect((await session.update([path.join(dir, 'utkast.pdf')])).kind).toBe('unchanged');
    // The link taken away: the attachment goes from the site.
    await editAndCompare(() => edit(linking!, (t) => t.replace(' och [bilagan](bilaga%201.pdf)', '')));
    expect(fs.existsSync(path.join(live, 'bilagor'))).toBe(false);
  });

  it('after an attachment renamed with its link, an image in a new folder, and the linked meeting given another date in its file', async () => {
    const [linking, linked] = meetingFiles().filter((f) => f.startsWith('minutes/grupp-3/')).slice(0, 2);
    const dir = path.dirname(file(linking!));
    fs.writeFileSync(path.join(dir, 'gammal.pdf'), '%PDF-1.4');
    await editAndCompare(() => [...edit(linking!, (t) => `${t}\nSe [mötet](${path.basename(linked!)}#punkt) och [bilagan](gammal.pdf).\n`), path.join(dir, 'gammal.pdf')]);
    fs.renameSync(path.join(dir, 'gammal.pdf'), path.join(dir, 'ny.pdf'));
    await editAndCompare(() => [path.join(dir, 'gammal.pdf'), path.join(dir, 'ny.pdf'), ...edit(linking!, (t) => t.replace('gammal.pdf', 'ny.pdf'))]);
    fs.mkdirSync(path.join(dir, 'bilder'));
    fs.writeFileSync(path.join(dir, 'bilder', 'karta.png'), 'png');
    await editAndCompare(() => [path.join(dir, 'bilder'), path.join(dir, 'bilder', 'karta.png'), ...edit(linking!, (t) => `${t}\n![Karta](bilder/karta.png)\n`)]);
    await editAndCompare(() => edit(linked!, (t) => t.replace(/\ndate: ([\d-]+)/, (_, d: string) => `\ndate: ${new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10)}\nformer_ids: [grupp-3/${d}]`)));
    fs.rmSync(path.join(dir, 'ny.pdf'));
    await editAndCompare(() => [path.join(dir, 'ny.pdf'), ...edit(linking!, (t) => t.replace(' och [bilagan](ny.pdf)', ''))]);
    fs.rmSync(path.join(dir, 'bilder'), { recursive: true });
    await editAndCompare(() => [path.join(dir, 'bilder'), path.join(dir, 'bilder', 'karta.png'), ...edit(linking!, (t) => t.replace('\n![Karta](bilder/karta.png)\n', ''))]);
    expect(fs.existsSync(path.join(live, 'bilagor'))).toBe(false);
  });

  it('after an image saved again: at another size the page showing it follows, at the same size it is only copied', async () => {
    const [linking] = meetingFiles().filter((f) => f.startsWith('minutes/grupp-1/')).slice(3, 4);
    const image = path.join(path.dirname(file(linking!)), 'ritning.png');
    const page = () => fs.readFileSync(path.join(live, 'grupper', 'grupp-1', path.basename(linking!, '.md'), 'index.html'), 'utf8');
    fs.writeFileSync(image, png(40, 30));
    await editAndCompare(() => [...edit(linking!, (t) => `${t}\n![Ritning över lokalen](ritning.png)\n`), image]);
    expect(page()).toContain('alt="Ritning över lokalen" width="40" height="30"');
    // Redrawn at another size: the page gives it the new one, as a build would.
    fs.writeFileSync(image, png(80, 20));
    await editAndCompare(() => [image]);
    expect(written).toContain(path.join(live, 'grupper', 'grupp-1', path.basename(linking!, '.md'), 'index.html'));
    expect(page()).toContain('alt="Ritning över lokalen" width="80" height="20"');
    // Changed within the same size, it is copied into the site as it is, with no page rebuilt.
    const recoloured = png(80, 20).map((b, i, all) => (i === all.length - 20 ? b ^ 1 : b));
    fs.writeFileSync(image, recoloured);
    expect(await session.update([image])).toMatchObject({ kind: 'copied', written: ['bilagor/grupp-1/ritning.png'] });
    expect(fs.readFileSync(path.join(live, 'bilagor', 'grupp-1', 'ritning.png'))).toEqual(Buffer.from(recoloured));
    fs.rmSync(image);
    await editAndCompare(() => [image, ...edit(linking!, (t) => t.replace('\n![Ritning över lokalen](ritning.png)\n', ''))]);
  });

  it('after a new title', async () => {
    const [target] = meetingFiles().slice(12);
    await editAndCompare(() => edit(target!, (t) => t.replace(/^---\n/, '---\ntitle: Extrainsatt möte om budgeten\n')));
  });

  it('after a change of the next meeting, still to come, announced by the latest minutes of a group', async () => {
    // The start page lists the meetings to come; the group's page is rebuilt with any of its minutes anyway.
    const start = () => fs.readFileSync(path.join(live, 'index.html'), 'utf8');
    const latest = meetingFiles().filter((f) => f.startsWith('minutes/grupp-1/')).sort().pop()!;
    const announced = /\nnext_meeting: (\d{4}-\d{2}-\d{2})/.exec(fs.readFileSync(file(latest), 'utf8'))![1]!;
    expect(announced > TODAY).toBe(true);
    expect(start()).toContain(`<time datetime="${announced}T13:30">`);
    await editAndCompare(() => edit(latest, (t) => t.replace(`\nnext_meeting: ${announced}`, '\nnext_meeting: 2024-12-16')));
    expect(start()).toContain('<time datetime="2024-12-16T13:30">');
  });

  it('after a new title of a meeting written up by someone not listed in it', async () => {
    // Their person page lists the minutes they wrote, so it changes with the meeting's title too. They are
    // someone the target's group never mentions (so no other link between them rebuilds that page anyway).
    const files = meetingFiles();
    const target = files[20]!;
    const inGroup = (f: string) => path.dirname(f) === path.dirname(target);
    const groupText = files.filter(inGroup).map((f) => fs.readFileSync(file(f), 'utf8')).join('\n');
    const others = files.filter((f) => !inGroup(f)).flatMap((f) => [...fs.readFileSync(file(f), 'utf8').matchAll(/\n {2}- ([a-z0-9-]+)\n/g)].map((m) => m[1]!));
    const stranger = others.find((id) => !groupText.includes(id))!;
    expect(stranger).toBeDefined();
    await editAndCompare(() => edit(target, (t) => t.replace(/\nsecretary: [^\n]+/, `\nsecretary: ${stranger}`)));
    await editAndCompare(() => edit(target, (t) => t.replace(/^---\n/, '---\ntitle: Möte om lokalerna\n')));
  });

  it('after a new file, between existing meetings', async () => {
    const existing = meetingFiles()[3]!;
    const text = fs.readFileSync(file(existing), 'utf8');
    const date = /\ndate: (\S+)/.exec(text)![1]!;
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const rel = existing.replace(date, next);
    await editAndCompare(() => {
      fs.writeFileSync(file(rel), text.replace(`\ndate: ${date}`, `\ndate: ${next}`).replace(/\nactions:[\s\S]*?(?=\n[a-z_]+:|\n---)/, '').replace(/\nfollowups:[\s\S]*?(?=\n[a-z_]+:|\n---)/, ''));
      return [rel];
    });
  });

  it('after a deleted file', async () => {
    const files = meetingFiles();
    // A meeting whose actions nobody follows up, so deleting it leaves the archive valid.
    const target = files.find((f) => !/\nactions:\n/.test(fs.readFileSync(file(f), 'utf8')) && !/\nfollowups:\n/.test(fs.readFileSync(file(f), 'utf8')))!;
    await editAndCompare(() => {
      fs.rmSync(file(target));
      return [target];
    });
  });

  it('after a folder whose name ends in .md appears with minutes in it, and is removed again', async () => {
    const existing = meetingFiles()[5]!;
    const text = fs.readFileSync(file(existing), 'utf8');
    const date = /\ndate: (\S+)/.exec(text)![1]!;
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    const folder = `${path.posix.dirname(existing)}/arkiv.md`;
    const inside = `${folder}/${next}.md`;
    const meetingPages = () => listFiles(live).filter((f) => /^grupper\/[^/]+\/[^/]+\/index\.html$/.test(f));
    const before = meetingPages();
    // As the watcher reports it: the folder first, then the file in it.
    await editAndCompare(() => {
      fs.mkdirSync(file(folder));
      fs.writeFileSync(file(inside), text.replace(`\ndate: ${date}`, `\ndate: ${next}`).replace(/\nactions:[\s\S]*?(?=\n[a-z_]+:|\n---)/, '').replace(/\nfollowups:[\s\S]*?(?=\n[a-z_]+:|\n---)/, ''));
      return [folder, inside];
    });
    const added = meetingPages().filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toContain(`/${next}/`);
    // Removed: the watcher may report only the folder.
    await editAndCompare(() => {
      fs.rmSync(file(folder), { recursive: true });
      return [folder];
    });
    expect(meetingPages()).toEqual(before);
  });

  it('after a rename reported as the new name alone (the old name is reported later, or not at all)', async () => {
    const target = meetingFiles().find((f) => !/\nactions:\n/.test(fs.readFileSync(file(f), 'utf8')) && !/\nfollowups:\n/.test(fs.readFileSync(file(f), 'utf8')))!;
    const renamed = target.replace(/\.md$/, '-kopia.md');
    await editAndCompare(() => {
      fs.renameSync(file(target), file(renamed));
      return [renamed];
    });
    // The late report of the old name changes nothing more: nothing is rebuilt.
    expect((await session.update([target])).kind).toBe('unchanged');
    fs.renameSync(file(renamed), file(target));
    await editAndCompare(() => [target, renamed]);
  });

  // An edit of a registry is built by comparing every page's data, old and new: only what differs is written.
  describe('after an edit of a registry', () => {
    const people = () => fs.readFileSync(file('people.yml'), 'utf8');
    /** A person in the archive, with the id and name people.yml gives. */
    const someone = (n: number) => {
      const m = [...people().matchAll(/^([a-z0-9-]+):\n(?: {2}publish: .+\n)? {2}name: (.+)$/gm)][n]!;
      return { id: m[1]!, name: m[2]! };
    };

    it('a new person: their page and the lists of people, nothing else', async () => {
      await editAndCompare(() => edit('people.yml', (t) => `${t}ny-personsson:\n  name: Ny Personsson\n`));
      expect(written.some((f) => f.includes('personer/ny-personsson/'))).toBe(true);
      expect(written.filter((f) => /grupper\/[^/]+\/[^/]+\/index\.html$/.test(f))).toEqual([]);
      expect(written.length).toBeLessThan(10);
    });

    it('a person now published by initials, whose name is in the text of some minutes', async () => {
      const { id, name } = someone(2);
      const target = meetingFiles()[0]!;
      await editAndCompare(() => edit(target, (t) => `${t}\n${name} berättade om läget.\n`));
      await editAndCompare(() => edit('people.yml', (t) => t.replace(new RegExp(`^${id}:\\n`, 'm'), `${id}:\n  publish: initials\n`)));
      // Its name is hidden in the text it appears in (a full build of the same sources is compared above).
      expect(listFiles(live).filter((f) => f.endsWith('.html') && fs.readFileSync(path.join(live, f), 'utf8').includes(`${name} berättade`))).toEqual([]);
    });

    it('the same person then hidden, and their organisation renamed: what stands in their place follows', async () => {
      const { id } = someone(2);
      await editAndCompare(() => edit('people.yml', (t) => t.replace(new RegExp(`^(${id}:\\n {2}publish: )initials$`, 'm'), '$1hidden')));
      const org = new RegExp(`^${id}:\\n(?: {2}.*\\n)*? {2}organisation: (.+)$`, 'm').exec(people())![1]!;
      await editAndCompare(() => edit('organisations.yml', (t) => t.replace(new RegExp(`^( {2}${org}:\\n {4}name: )(.+)$`, 'm'), '$1$2 (omdöpt)\n    aliases: ["$2"]')));
      expect(listFiles(live).some((f) => f.endsWith('.html') && fs.readFileSync(path.join(live, f), 'utf8').includes('(omdöpt) berättade'))).toBe(true);
    });

    it('the same person, hidden, since moved on from another organisation, given an action: the page of the one they represented then lists it', async () => {
      const { id, name } = someone(2);
      const now = new RegExp(`^${id}:\\n(?: {2}.*\\n)*? {2}organisation: (.+)$`, 'm').exec(people())![1]!;
      const then = [...fs.readFileSync(file('organisations.yml'), 'utf8').matchAll(/^ {2}([a-z0-9-]+):\n {4}name: /gm)].map((m) => m[1]!).find((o) => o !== now)!;
      const target = meetingFiles().find((f) => !fs.readFileSync(file(f), 'utf8').includes('\nactions:'))!;
      const before = { people: people(), minutes: fs.readFileSync(file(target), 'utf8') };
      await editAndCompare(() => edit('people.yml', (t) => t.replace(new RegExp(`^${id}:\\n(?: {2}publish: .+\\n)?`, 'm'), `${id}:\n  publish: hidden\n  memberships:\n    - organisation: ${then}\n      to: 2024-04-30\n`)));
      await editAndCompare(() => edit(target, (t) => t.replace(/\n---\n/, `\nactions:\n  - who: ${name}\n    what: Ringa hyresvärden om lokalen.\n---\n`)));
      const page = fs.readFileSync(path.join(live, 'organisationer', then, 'index.html'), 'utf8');
      expect(page).toContain('Ringa hyresvärden om lokalen.');
      await editAndCompare(() => edit(target, (t) => t.replace('Ringa hyresvärden om lokalen.', 'Ringa hyresvärden om lokalen i dag.')));
      expect(fs.readFileSync(path.join(live, 'organisationer', then, 'index.html'), 'utf8')).toContain('Ringa hyresvärden om lokalen i dag.');
      // As it was, for the tests after this one.
      await editAndCompare(() => {
        fs.writeFileSync(file('people.yml'), before.people);
        fs.writeFileSync(file(target), before.minutes);
        return [file('people.yml'), file(target)];
      });
    });

    it('the same person, hidden, mentioned in minutes from before they moved on: the text says whom they represented then, as the attendance does', async () => {
      const { id, name } = someone(2);
      const target = meetingFiles()[0]!;
      const before = { people: people(), minutes: fs.readFileSync(file(target), 'utf8') };
      const now = new RegExp(`^${id}:\\n(?: {2}.*\\n)*? {2}organisation: (.+)$`, 'm').exec(people())![1]!;
      const organisations = [...fs.readFileSync(file('organisations.yml'), 'utf8').matchAll(/^ {2}([a-z0-9-]+):\n {4}name: (.+)$/gm)].filter((m) => m[1] !== now);
      const [then, written] = [organisations[0]!, organisations[1]!];
      const page = () => fs.readFileSync(path.join(live, 'grupper', target.split('/')[1]!, path.basename(target, '.md'), 'index.html'), 'utf8');
      // The person in the registry: left `then` after the meeting. Its text says whom they represented on its day.
      await editAndCompare(() => edit('people.yml', (t) => t.replace(new RegExp(`^${id}:\\n(?: {2}publish: .+\\n)?`, 'm'), `${id}:\n  publish: hidden\n  memberships:\n    - organisation: ${then[1]!}\n      to: 2024-04-30\n`)));
      expect(page()).toContain(`En representant för ${then[2]!} berättade om läget.`);
      // The minutes: the organisation written after their name in the attendance, the text unchanged.
      const listed = new RegExp(`\\n {2}- (?:${name}|${id})\\n`);
      await editAndCompare(() => edit(target, (t) => (listed.test(t) ? t.replace(listed, `\n  - ${name}, ${written[2]!}\n`) : t.replace('\nattendees:\n', `\nattendees:\n  - ${name}, ${written[2]!}\n`))));
      expect(page()).toContain(`En representant för ${written[2]!} berättade om läget.`);
      // As it was, for the tests after this one.
      await editAndCompare(() => {
        fs.writeFileSync(file('people.yml'), before.people);
        fs.writeFileSync(file(target), before.minutes);
        return [file('people.yml'), file(target)];
      });
    });

    it("a person's other spelling (an alias): the search page knows it", async () => {
      const { id, name } = someone(5);
      await editAndCompare(() => edit('people.yml', (t) => t.replace(new RegExp(`^(${id}:\\n {2}name: .+)$`, 'm'), '$1\n  aliases: [Annan Stavning]')));
      expect(written.some((f) => f.endsWith('sok/index.html'))).toBe(true);
      expect(fs.readFileSync(path.join(live, 'sok', 'index.html'), 'utf8')).toContain(`&quot;Annan Stavning&quot;:&quot;${name}&quot;`);
    });

    it('two people with the same initials published by initials, then the second at a meeting: their page addresses swap', async () => {
      const entries = 'aa-lena-rosen:\n  name: Lena Rosén\n  publish: initials\nzz-lars-ryd:\n  name: Lars Ryd\n  publish: initials\n';
      await editAndCompare(() => edit('people.yml', (t) => `${t}${entries}`));
      const page = (id: string) => fs.readFileSync(path.join(live, 'personer', id, 'index.html'), 'utf8');
      expect(page('anonym-l-r')).toMatch(/<h1>L\. R\.<\/h1>/);
      const target = meetingFiles()[3]!;
      // Numbered by the first meeting they were at: Lars Ryd, now at one, comes before Lena Rosén, at none.
      await editAndCompare(() => edit(target, (t) => t.replace(/\nattendees:\n/, '\nattendees:\n  - Lars Ryd\n')));
      expect(page('anonym-l-r')).toContain('<dt>Möten</dt><dd>Närvarande vid 1 möte</dd>');
      expect(page('anonym-l-r-2')).not.toContain('<dt>Möten</dt>');
      await editAndCompare(() => edit(target, (t) => t.replace('\n  - Lars Ryd\n', '\n')));
      await editAndCompare(() => edit('people.yml', (t) => t.replace(entries, '')));
    });

    it('a person removed who is in no minutes: their page goes', async () => {
      await editAndCompare(() => edit('people.yml', (t) => t.replace('ny-personsson:\n  name: Ny Personsson\n', '')));
      expect(fs.existsSync(path.join(live, 'personer', 'ny-personsson'))).toBe(false);
    });

    it("a person's membership of a group, current and then ended: the group's page lists them, then not", async () => {
      const groupPage = () => fs.readFileSync(path.join(live, 'grupper', 'grupp-1', 'index.html'), 'utf8');
      await editAndCompare(() => edit('people.yml', (t) => `${t}mia-medlemsson:\n  name: Mia Medlemsson\n  memberships:\n    - group: grupp-1\n      role: ersättare\n      from: 2016-01-01\n`));
      expect(written.some((f) => f.endsWith('grupper/grupp-1/index.html'))).toBe(true);
      expect(groupPage()).toContain('Mia Medlemsson</a> (ersättare)');
      await editAndCompare(() => edit('people.yml', (t) => t.replace('      from: 2016-01-01\n', '      from: 2016-01-01\n      to: 2016-06-30\n')));
      expect(written.some((f) => f.endsWith('grupper/grupp-1/index.html'))).toBe(true);
      expect(groupPage()).not.toContain('Mia Medlemsson');
    });

    it('a group that ends, and then does not: its page, the index pages and the coming meetings follow', async () => {
      const groupPage = () => fs.readFileSync(path.join(live, 'grupper', 'grupp-2', 'index.html'), 'utf8');
      await editAndCompare(() => edit('organisations.yml', (t) => t.replace(/^( {2}grupp-2:\n)/m, '$1    ended: 2016-01-31\n')));
      expect(written.some((f) => f.endsWith('grupper/grupp-2/index.html'))).toBe(true);
      expect(groupPage()).toContain('Gruppen avslutades 31 januari 2016.');
      await editAndCompare(() => edit('organisations.yml', (t) => t.replace('    ended: 2016-01-31\n', '')));
      expect(groupPage()).not.toContain('Gruppen avslutades');
    });

    it('someone who moved on from an organisation, added to a meeting: the organisation they were in then lists it', async () => {
      // An organisation nobody else belongs to: only the membership puts the meeting on its page.
      await editAndCompare(() => edit('organisations.yml', (t) => t.replace(/^organisations:\n/m, 'organisations:\n  gamla-verket:\n    name: Gamla verket\n')));
      const now = /^ {2}organisation: (.+)$/m.exec(fs.readFileSync(file('people.yml'), 'utf8'))![1]!;
      await editAndCompare(() => edit('people.yml', (t) => `${t}fia-flyttsson:\n  name: Fia Flyttsson\n  organisation: ${now}\n  memberships:\n    - organisation: gamla-verket\n      to: 2099-12-31\n`));
      await editAndCompare(() => edit(meetingFiles()[3]!, (t) => t.replace(/\nattendees:\n/, '\nattendees:\n  - Fia Flyttsson\n')));
      expect(written.some((f) => f.includes('/organisationer/gamla-verket/'))).toBe(true);
    });

    it('an organisation renamed: every page that names it', async () => {
      // The old name stays as an alias, as minutes use it.
      await editAndCompare(() => edit('organisations.yml', (t) => t.replace(/^( {2}[a-z0-9-]+:\n {4}name: )(.+)$/m, '$1$2 (nytt namn)\n    aliases: ["$2"]')));
      expect(written.length).toBeGreaterThan(1);
    });

    it('a project with a new alias that some minutes use', async () => {
      const target = meetingFiles()[1]!;
      await editAndCompare(() => edit(target, (t) => `${t}\nVi pratade om Solrosprojektet.\n`));
      await editAndCompare(() => edit('organisations.yml', (t) => t.replace(/^( {2}projekt-1:\n {4}name: .+\n {4}aliases: \[)/m, '$1"Solrosprojektet", ')));
      expect(written.some((f) => f.includes('/projekt/projekt-1/'))).toBe(true);
    });
  });

  // Pages at former addresses are written with the open data (writeExtras), and go when the former id does.
  describe('after former ids are kept and given up', () => {
    const redirect = (page: string) => {
      const file = path.join(live, page, 'index.html');
      return fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes('http-equiv="refresh"');
    };
    /** Whether the site has the file `from` (a former address's feed or calendar), the same as the file `to`. */
    const copy = (from: string, to: string) => {
      const [a, b] = [from, to].map((f) => path.join(live, f));
      return fs.existsSync(a!) && fs.readFileSync(a!, 'utf8') === fs.readFileSync(b!, 'utf8');
    };

    it("a group's former id: its old address, and its meetings' old addresses, lead on; then they go", async () => {
      const meeting = path.basename(meetingFiles().find((f) => f.startsWith('minutes/grupp-2/'))!, '.md');
      await editAndCompare(() => edit('organisations.yml', (t) => t.replace(/^( {2}grupp-2:\n)/m, '$1    former_ids: [gamla-gruppen]\n')));
      expect(redirect('grupper/gamla-gruppen/')).toBe(true);
      expect(redirect(`grupper/gamla-gruppen/${meeting}/`)).toBe(true);
      // Its feed and calendar too, for the readers and calendar apps subscribed there; and kept up to date.
      for (const f of ['feed.xml', 'kalender.ics']) expect(copy(`grupper/gamla-gruppen/${f}`, `grupper/grupp-2/${f}`), f).toBe(true);
      const plain = meetingFiles().find((f) => f.startsWith('minutes/grupp-2/') && !fs.readFileSync(file(f), 'utf8').includes('\nsummary:'))!;
      await editAndCompare(() => edit(plain, (t) => t.replace(/\ndate: ([\d-]+)\n/, '\ndate: $1\nsummary: Ett nytt utdrag.\n')));
      expect(fs.readFileSync(path.join(live, 'grupper/gamla-gruppen/feed.xml'), 'utf8')).toContain('Ett nytt utdrag.');
      expect(copy('grupper/gamla-gruppen/feed.xml', 'grupper/grupp-2/feed.xml')).toBe(true);
      await editAndCompare(() => edit('organisations.yml', (t) => t.replace('    former_ids: [gamla-gruppen]\n', '')));
      expect(fs.existsSync(path.join(live, 'grupper', 'gamla-gruppen'))).toBe(false);
    });

    it("a project's former id: its old address leads on, and its feed is there too; then they go", async () => {
      await editAndCompare(() => edit('organisations.yml', (t) => t.replace(/^( {2}projekt-1:\n)/m, '$1    former_ids: [gamla-projektet]\n')));
      expect(redirect('projekt/gamla-projektet/')).toBe(true);
      expect(copy('projekt/gamla-projektet/feed.xml', 'projekt/projekt-1/feed.xml')).toBe(true);
      await editAndCompare(() => edit('organisations.yml', (t) => t.replace('    former_ids: [gamla-projektet]\n', '')));
      expect(fs.existsSync(path.join(live, 'projekt', 'gamla-projektet'))).toBe(false);
    });

    it("a person's former id: their old address leads on; then it goes", async () => {
      const id = /^([a-z0-9-]+):\n {2}name: .+\n/m.exec(fs.readFileSync(file('people.yml'), 'utf8'))![1]!;
      await editAndCompare(() => edit('people.yml', (t) => t.replace(new RegExp(`^(${id}:\\n {2}name: .+\\n)`, 'm'), '$1  former_ids: [stavat-fel]\n')));
      expect(redirect('personer/stavat-fel/')).toBe(true);
      await editAndCompare(() => edit('people.yml', (t) => t.replace('  former_ids: [stavat-fel]\n', '')));
      expect(fs.existsSync(path.join(live, 'personer', 'stavat-fel'))).toBe(false);
    });

    it("a meeting's date corrected, its old id kept: the old address leads on; the old id given up: it goes", async () => {
      const target = meetingFiles().find((f) => !/\n(actions|followups):\n/.test(fs.readFileSync(file(f), 'utf8')))!;
      const [, group, date] = /^minutes\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.md$/.exec(target)!;
      const next = new Date(Date.parse(`${date!}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const moved = target.replace(date!, next);
      await editAndCompare(() => {
        fs.writeFileSync(file(moved), fs.readFileSync(file(target), 'utf8').replace(`\ndate: ${date}\n`, `\ndate: ${next}\nformer_ids: [${group}/${date}]\n`));
        fs.rmSync(file(target));
        return [target, moved];
      });
      expect(redirect(`grupper/${group}/${date}/`)).toBe(true);
      expect(redirect(`grupper/${group}/${next}/`)).toBe(false);
      await editAndCompare(() => edit(moved, (t) => t.replace(`former_ids: [${group}/${date}]\n`, '')));
      expect(fs.existsSync(path.join(live, 'grupper', group!, date!))).toBe(false);
    });

    // The save's reload comes before the open data is written: a page open at the old address (the 404 page since the
    // save) must find the page that leads on there when it reloads, not only once the open data follows.
    it.each([
      ['a former id added to a group', () => ({ page: 'grupper/nyss-gruppen/', changed: edit('organisations.yml', (t) => t.replace(/^( {2}grupp-1:\n)/m, '$1    former_ids: [nyss-gruppen]\n')) })],
      ["a meeting's date corrected, its old id kept", () => {
        const target = meetingFiles().find((f) => /^minutes\/[^/]+\/[\d-]+\.md$/.test(f) && !/\n(actions|followups):\n/.test(fs.readFileSync(file(f), 'utf8')))!;
        const [, group, date] = /^minutes\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.md$/.exec(target)!;
        const next = new Date(Date.parse(`${date!}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        const moved = target.replace(date!, next);
        fs.writeFileSync(file(moved), fs.readFileSync(file(target), 'utf8').replace(`\ndate: ${date}\n`, `\ndate: ${next}\nformer_ids: [${group}/${date}]\n`));
        fs.rmSync(file(target));
        return { page: `grupper/${group}/${date}/`, changed: [target, moved] };
      }],
    ] as const)("%s: the old address leads on with the save's pages, and not once given up before the open data was written", async (_, change) => {
      const saved = new Map(['organisations.yml', ...meetingFiles()].map((f) => [f, fs.readFileSync(file(f), 'utf8')]));
      const { page, changed } = change();
      const result = await session.update(changed);
      expect(result.kind).toBe('rendered');
      expect(redirect(page)).toBe(true);
      expect(result.kind === 'rendered' && result.written.some((f) => f.endsWith(`/${page}index.html`))).toBe(true);
      // Given up at once, with no open data written in between: what is at the old address is as a build has it.
      await editAndCompare(() => {
        for (const f of meetingFiles()) if (!saved.has(f)) fs.rmSync(file(f));
        for (const [f, text] of saved) fs.writeFileSync(file(f), text);
        return [...new Set([...saved.keys(), ...changed])];
      });
      expect(redirect(page)).toBe(false);
    });

    it("a group's id changed and changed back: the pages at the old addresses are the group's pages again", async () => {
      const pages = () => listFiles(path.join(live, 'grupper', 'grupp-3'));
      const before = pages();
      await editAndCompare(() => edit('organisations.yml', (t) => t.replace(/^ {2}grupp-3:\n/m, '  grupp-3-ny:\n    former_ids: [grupp-3]\n')));
      expect(redirect('grupper/grupp-3/')).toBe(true);
      await editAndCompare(() => edit('organisations.yml', (t) => t.replace('  grupp-3-ny:\n    former_ids: [grupp-3]\n', '  grupp-3:\n')));
      expect(redirect('grupper/grupp-3/')).toBe(false);
      expect(pages()).toEqual(before);
    });
  });

  it('after a change of date that moves the meeting', async () => {
    const target = meetingFiles().find((f) => !/\nactions:\n/.test(fs.readFileSync(file(f), 'utf8')) && !/\nfollowups:\n/.test(fs.readFileSync(file(f), 'utf8')))!;
    await editAndCompare(() => edit(target, (t) => t.replace(/\ndate: (\d{4})-/, (_, y: string) => `\ndate: ${Number(y) - 30}-`).replace(/\nnext_meeting: [^\n]+/, '')));
  });
});

describe('a text attachment in watch mode', () => {
  it('is copied when saved, and read for names again: one with a hidden name is the error and stays out of the site until fixed', async () => {
    const root = archive([path.join(FIXTURES, 'check', '_base')], {
      'minutes/gug/2016-03-07.md': '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Leif Redestig]\n---\n## Punkt\n\nSe [originalet](protokoll.txt).\n',
      'minutes/gug/protokoll.txt': 'Närvarande: Leif Redestig\n',
    });
    const site = path.join(tempDir(), 'site');
    const session = new DevSession({ root, outDir: site, ...SITE });
    expect((await session.start()).kind).toBe('rendered');
    const txt = path.join(root, 'minutes', 'gug', 'protokoll.txt');
    const published = () => fs.readFileSync(path.join(site, 'bilagor', 'gug', 'protokoll.txt'), 'utf8');
    // Saved again, as a build publishes it (a .txt is one the walk of minutes/ reports, and was not copied).
    fs.writeFileSync(txt, 'Närvarande: Leif Redestig, Åke Malmén\n');
    expect((await session.update([txt])).kind).toBe('rendered');
    expect(published()).toBe('Närvarande: Leif Redestig, Åke Malmén\n');
    fs.writeFileSync(txt, 'Närvarande: Leif Redestig, Per Norbeck\n');
    const named = await session.update([txt]);
    expect([named.kind, ...named.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)]).toEqual(['errors', 'minutes/gug/protokoll.txt:1:28 private-name-in-attachment']);
    expect(published()).toBe('Närvarande: Leif Redestig, Åke Malmén\n');
    fs.writeFileSync(txt, 'Närvarande: Leif Redestig och en från Bryggan\n');
    expect((await session.update([txt])).kind).toBe('rendered');
    expect(published()).toBe('Närvarande: Leif Redestig och en från Bryggan\n');
  });
});

// Watch mode through the shapes check learnt to tell lately, save after save: an id written twice in a registry
// (its later copy checked too), a registry field written as far out as the ids, the front matter pasted twice, an
// unknown group in a group's folder (the folder's group suggested: moving the file changes the hint), an
// abbreviation of a group's name, absence notes and roles in brackets after names, an e-mail address where a name
// belongs (its hint changes with people.yml), names in a block of text and a list written as a sentence. After
// each save the session must report exactly what `minutes check` finds from scratch.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { generateArchive } from '../../src/bench/generate.js';
import { cleanTemp, tempDir } from '../helpers/archive.js';
import { checkedSteps, replaceIn, unlocated } from './check-steps.js';

// As in diagnostics.test.ts: a fixed day, after every meeting of the generated archive.
const TODAY = '2024-05-01';

describe('problems reported in watch mode through the newer shapes, save after save', () => {
  let root: string;
  let step: ReturnType<typeof checkedSteps>;
  /** The minutes of grupp-3, oldest first (set before the steps). */
  let third: string[] = [];
  /** Where the minutes with an unknown group lie now (moved between folders by the steps). */
  let stray = '';

  beforeAll(async () => {
    root = tempDir();
    generateArchive(root, 40, 11, { groups: 3, people: 30, organisations: 5, projects: 6 });
    third = fs.readdirSync(path.join(root, 'minutes/grupp-3')).sort().map((f) => `minutes/grupp-3/${f}`);
    stray = third[1]!;
    const session = new DevSession({ root, outDir: path.join(tempDir(), 'site'), base: '/', title: 'Protokoll', today: TODAY });
    expect((await session.start()).kind).toBe('rendered');
    step = checkedSteps(root, session, TODAY, unlocated);
  });
  afterAll(cleanTemp);

  const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
  const replace = (rel: string, from: string | RegExp, to: string) => replaceIn(root, rel, from, to);
  /** Moves the stray minutes into `folder` (renamed, as an editor's file manager does); the watcher reports both paths. */
  const moveStray = (folder: string) => {
    const to = `minutes/${folder}/${path.posix.basename(stray)}`;
    expect(fs.existsSync(path.join(root, to))).toBe(false);
    // A new folder is reported with the file.
    const folders = fs.existsSync(path.join(root, path.posix.dirname(to))) ? [] : [path.posix.dirname(to)];
    fs.mkdirSync(path.join(root, path.posix.dirname(to)), { recursive: true });
    const from = stray;
    fs.renameSync(path.join(root, from), path.join(root, to));
    stray = to;
    return [...folders, from, to];
  };
  /** The front matter of the first minutes of grupp-3, with its ---. */
  const frontMatter = () => /^---\n[\s\S]*?\n---\n/.exec(read(third[0]!))![0];

  const steps: [string, string[], boolean, () => string[]][] = [
    // The later copy's unknown organisation is told at its own line.
    ['a person\'s entry pasted again at the end of people.yml, with another organisation', ['duplicate-id', 'unknown-organisation'], false, () => replace('people.yml', /\n*$/, '\nkarin-ullberg:\n  name: Karin Ullberg\n  organisation: okanda-huset\n')],
    ['the copy\'s organisation fixed', [], true, () => replace('people.yml', /organisation: okanda-huset\n$/, 'organisation: anhorighuset\n')],
    ['the copy\'s date field written wrong', ['invalid-date'], false, () => replace('people.yml', /(\nkarin-ullberg:\n {2}name: Karin Ullberg\n {2}organisation: anhorighuset\n)$/, '$1  memberships:\n    - organisation: miljohuset\n      from: 2016-13-45\n')],
    ['the copy removed', [], true, () => replace('people.yml', /\nkarin-ullberg:\n {2}name: Karin Ullberg\n {2}organisation: anhorighuset\n {2}memberships:\n.*\n.*\n$/, '\n')],
    ['a person\'s field written as far out as the ids', ['invalid-type'], false, () => replace('people.yml', /^(karin-ullberg:\n {2}name: .+\n) {2}organisation:/m, '$1organisation:')],
    ['that field indented again', [], true, () => replace('people.yml', /^(karin-ullberg:\n {2}name: .+\n)organisation:/m, '$1  organisation:')],
    ['minutes in grupp-3\'s folder with an unknown group: grupp-3 suggested', ['unknown-group'], false, () => replace(stray, /\ngroup: grupp-3\n/, '\ngroup: Okänd arbetsgrupp\n')],
    ['those minutes moved to grupp-1\'s folder: grupp-1 suggested', ['unknown-group'], true, () => moveStray('grupp-1')],
    ['and on to grupp-2\'s', ['unknown-group'], true, () => moveStray('grupp-2')],
    ['to a folder no group is named by: nothing suggested', ['unknown-group'], true, () => moveStray('arkiv')],
    ['the group written as an abbreviation no group has yet', ['unknown-group'], true, () => replace(stray, /\ngroup: Okänd arbetsgrupp\n/, '\ngroup: GUG\n')],
    ['organisations.yml saved with a group GUG abbreviates: the hint names it', ['unknown-group'], true, () => replace('organisations.yml', /\nprojects:\n/, '\n  gemensam-utvecklingsgrupp:\n    name: Gemensam utvecklingsgrupp\n    organisation: miljohuset\nprojects:\n')],
    ['moved back to grupp-3\'s folder: still the abbreviation', ['unknown-group'], true, () => moveStray('grupp-3')],
    ['the group written again', [], true, () => replace(stray, /\ngroup: GUG\n/, '\ngroup: grupp-3\n')],
    ['the front matter pasted twice', ['front-matter-twice'], false, () => replace(third[0]!, /^(---\n[\s\S]*?\n---\n)/, `$1${frontMatter().replace(/\ntime: 13:30\n/, '\ntime: 14:00\n')}`)],
    ['the copy removed', [], true, () => replace(third[0]!, /^(---\n[\s\S]*?\n---\n)---\n[\s\S]*?\n---\n/, '$1')],
    ['an attendee marked ill, another with the chair in brackets', ['present-and-absent', 'unknown-person'], false, () => replace(third[0]!, '  - Karin Ullberg\n  - Yvonne Eriksson\n', '  - Karin Ullberg (sjuk)\n  - Yvonne Eriksson (ordf.)\n')],
    ['an absence note in square brackets', ['present-and-absent'], true, () => replace(third[0]!, '  - Karin Ullberg (sjuk)\n', '  - Karin Ullberg [sjuk]\n')],
    ['the notes taken away', [], true, () => replace(third[0]!, '  - Karin Ullberg [sjuk]\n  - Yvonne Eriksson (ordf.)\n', '  - Karin Ullberg\n  - Yvonne Eriksson\n')],
    ['an e-mail address of someone not in people.yml as an attendee', ['unknown-person'], false, () => replace(third[0]!, '  - Karin Ullberg\n', '  - Karin Ullberg\n  - nora.naslund@example.se\n')],
    ['people.yml saved with her: the hint names her', ['unknown-person'], true, () => replace('people.yml', /\n*$/, '\nnora-naslund:\n  name: Nora Näslund\n  organisation: miljohuset\n')],
    ['her name changed in people.yml: the hint follows', ['unknown-person'], true, () => replace('people.yml', 'name: Nora Näslund\n', 'name: Nora Kvist\n  aliases: [Nora Näslund]\n')],
    ['her entry removed again: no name to give', ['unknown-person'], true, () => replace('people.yml', /\nnora-naslund:\n {2}name: Nora Kvist\n {2}aliases: \[Nora Näslund\]\n {2}organisation: miljohuset\n$/, '\n')],
    ['the address taken away', [], true, () => replace(third[0]!, '  - nora.naslund@example.se\n', '')],
    // Allan Nilsson attended: each name of the block is checked.
    ['the absent written as a block of text', ['invalid-type', 'present-and-absent', 'unknown-person'], false, () => replace(third[0]!, '\nabsent:\n  - marta-malmen\n', '\nabsent: >\n  Marta Malmén\n  Allan Nilsson\n')],
    ['and as a sentence, without the full stop in the hint', ['invalid-type'], true, () => replace(third[0]!, '\nabsent: >\n  Marta Malmén\n  Allan Nilsson\n', '\nabsent: Marta Malmén, Jonas Eriksson.\n')],
    ['a list again', [], true, () => replace(third[0]!, '\nabsent: Marta Malmén, Jonas Eriksson.\n', '\nabsent:\n  - marta-malmen\n')],
  ];

  it.each(steps)('after %s', (_, added, removed, change) => step(added, removed, change));
});

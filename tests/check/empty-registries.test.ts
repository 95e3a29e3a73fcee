// An emptied registry (people.yml or organisations.yml empty or of comments only, or organisations.yml without one of
// its sections) is said once, at the registry, when something names its entries; no reference to it is also said to
// be unknown. Each row is the valid _base archive with files of its own in place, every diagnostic said exactly.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const ORGANISATIONS = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8');
const MINUTES = 'minutes/gug/2016-02-08.md';
afterAll(cleanTemp);

/** organisations.yml without one of its sections. */
const without = (section: string): string => ORGANISATIONS.replace(new RegExp(`^${section}:\\n(?:  .*\\n)*`, 'm'), '');
const RESTORE = (file: string, what: string) => `Har filen tömts av misstag: ta tillbaka filen (med git: git checkout -- ${file}). Annars skriv in ${what} där; namnen i protokollen kontrolleras mot filen först när den har något i sig.`;
const SECTION = (section: string, the: string) => `Skriv ${the} under en rad ${section}: längst till vänster, med varje id två mellanslag in. Har raden tagits bort av misstag: ta tillbaka den (med git: git checkout -- organisations.yml).`;
const PEOPLE_EMPTY: Said = ['people.yml 1:1', 'people.yml är tom, men personer nämns 8 gånger, första gången "David Bergström" i minutes/gug/2016-02-08.md.', RESTORE('people.yml', 'personer')];
const ORGANISATIONS_EMPTY: Said = ['organisations.yml 1:1', 'organisations.yml är tom, men grupper, projekt och organisationer nämns 8 gånger, första gången "Gemensam utvecklingsgrupp" i minutes/gug/2016-02-08.md.', RESTORE('organisations.yml', 'grupper, projekt och organisationer')];

type Said = readonly [place: string, message: string, hint: string];
const rows: [what: string, files: Record<string, string>, said: Said[]][] = [
  ['people.yml empty', { 'people.yml': '' }, [PEOPLE_EMPTY]],
  ['people.yml of comments only', { 'people.yml': '# Personerna\n\n# kommer här\n' }, [PEOPLE_EMPTY]],
  ['organisations.yml empty', { 'organisations.yml': '' }, [ORGANISATIONS_EMPTY]],
  ['organisations.yml of comments only', { 'organisations.yml': '# Grupper och projekt\n' }, [ORGANISATIONS_EMPTY]],
  ['organisations.yml with its sections and nothing under them', { 'organisations.yml': 'organisations:\ngroups:\nprojects:\n' }, [ORGANISATIONS_EMPTY]],
  [
    'organisations.yml without its organisations: section, which people.yml names: once, for the section',
    { 'organisations.yml': without('organisations') },
    [['organisations.yml 1:1', 'I organisations.yml saknas raden organisations: med organisationerna under, men organisationer nämns 5 gånger, första gången "socialforvaltningen" i people.yml.', SECTION('organisations', 'organisationerna')]],
  ],
  [
    'organisations.yml without its groups: section: once, for the section',
    { 'organisations.yml': without('groups') },
    [['organisations.yml 1:1', 'I organisations.yml saknas raden groups: med grupperna under, men grupper nämns en gång, första gången "Gemensam utvecklingsgrupp" i minutes/gug/2016-02-08.md.', SECTION('groups', 'grupperna')]],
  ],
  [
    'organisations.yml without its projects: section: once, for the section',
    { 'organisations.yml': without('projects') },
    [['organisations.yml 1:1', 'I organisations.yml saknas raden projects: med projekten under, men projekt nämns 2 gånger, första gången "fritidsbanken" i minutes/gug/2016-02-08.md.', SECTION('projects', 'projekten')]],
  ],
  // Nothing names the entries of an empty section: no problem.
  ['no projects: section, and no minutes naming a project', { 'organisations.yml': without('projects'), [MINUTES]: '---\ngroup: GUG\ndate: 2016-02-08\nattendees: [Leif Redestig]\n---\nText.\n' }, []],
  [
    'people.yml empty, and an action owned by an organisation: the organisation is no person',
    { 'people.yml': '', [MINUTES]: '---\ngroup: GUG\ndate: 2016-02-08\nattendees: [Leif Redestig, Anna Ek]\nactions:\n  - who: [Bryggan, Anna Ek]\n    what: Boka lokal.\n' + '---\nText.\n' },
    [['people.yml 1:1', 'people.yml är tom, men personer nämns 5 gånger, första gången "Leif Redestig" i minutes/gug/2016-02-08.md.', RESTORE('people.yml', 'personer')]],
  ],
  [
    'people.yml empty, and many minutes: still once',
    { 'people.yml': '', ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`minutes/gug/2017-01-${String(i + 1).padStart(2, '0')}.md`, `---\ngroup: GUG\ndate: 2017-01-${String(i + 1).padStart(2, '0')}\nattendees: [Leif Redestig, David Bergström]\n---\nText.\n`])) },
    [['people.yml 1:1', 'people.yml är tom, men personer nämns 68 gånger, första gången "David Bergström" i minutes/gug/2016-02-08.md.', RESTORE('people.yml', 'personer')]],
  ],
];

describe('an empty registry', () => {
  it.each(rows)('%s', (_what, files, said) => {
    const result = check(archive([BASE], files));
    expect(result.diagnostics.map((d) => [`${d.file} ${d.line}:${d.col}`, d.message, d.hint])).toEqual(said);
    expect(result.diagnostics.every((d) => d.code === 'registry-empty')).toBe(true);
  });
});

describe('an empty organisations: section and the owners of actions', () => {
  it('an owner found nowhere is put down to it, while one near a person is told, with the person', () => {
    const minutes = '---\ngroup: GUG\ndate: 2016-02-08\nattendees: [Leif Redestig]\nactions:\n  - who: [Kulturrådet, Leif Redestg]\n    what: Boka lokal.\n  - who: Kulturrådet\n    what: Boka en till.\n---\nText.\n';
    const result = check(archive([BASE], { 'organisations.yml': without('organisations'), [MINUTES]: minutes }));
    expect(result.diagnostics.map((d) => [`${d.file} ${d.line}:${d.col}`, d.code, d.message, d.hint])).toEqual([
      ['minutes/gug/2016-02-08.md 6:24', 'unknown-owner', 'Hittar inte någon person eller organisation "Leif Redestg".', 'Menade du Leif Redestig?'],
      ['organisations.yml 1:1', 'registry-empty', 'I organisations.yml saknas raden organisations: med organisationerna under, men organisationer nämns 7 gånger, första gången "Kulturrådet" i minutes/gug/2016-02-08.md.', SECTION('organisations', 'organisationerna')],
    ]);
  });
});

// A section written with nothing under it says there are none: each reference to one is told where it stands.
describe('a section written with nothing under it', () => {
  it('projects: alone: each project named is unknown, at its place', () => {
    const result = check(archive([BASE], { 'organisations.yml': `${without('projects')}projects:\n` }));
    expect(result.diagnostics.map((d) => `${d.file} ${d.line}:${d.col} ${d.code}`)).toEqual(['minutes/gug/2016-02-08.md 12:12 unknown-project', 'minutes/gug/2016-02-08.md 16:14 unknown-project']);
  });
});

// The model: ids, action status after follow-ups, previous/next meetings, upcoming meetings, back-links,
// and what may be shown of people who are not to be named.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import { meetingIds, parseActionId } from '../../src/model/ids.js';
import { displayName, initials, NameHider, publicIds, withoutRepeatedOrganisation } from '../../src/model/privacy.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

function modelOf(files: Record<string, string>) {
  const result = check(archive([BASE], files));
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildModel(result.validated.minutes, result.validated.registry);
}

const meeting = (date: string, extra = '') => `---\ngroup: gug\ndate: ${date}\nattendees: [Leif Redestig, David Bergström]\n${extra}---\nText.\n`;

describe('meeting and action ids', () => {
  it.each([
    [[{ groupId: 'g', date: '2016-01-01' }], ['g/2016-01-01']],
    [[{ groupId: 'g', date: '2016-01-01', title: 'Förmiddag' }, { groupId: 'g', date: '2016-01-01', title: 'Eftermiddag' }], ['g/2016-01-01-formiddag', 'g/2016-01-01-eftermiddag']],
    [[{ groupId: 'g', date: '2016-01-01' }, { groupId: 'g', date: '2016-01-01', title: 'Extra' }], [undefined, 'g/2016-01-01-extra']],
    [[{ groupId: 'g', date: '2016-01-01' }, { groupId: 'h', date: '2016-01-01' }], ['g/2016-01-01', 'h/2016-01-01']],
    // A long title is cut to 100 characters at a hyphen: the id is a folder's name in the site (ENAMETOOLONG).
    [[{ groupId: 'g', date: '2016-01-01' }, { groupId: 'g', date: '2016-01-01', title: 'ord '.repeat(100) }], [undefined, `g/2016-01-01-${'ord-'.repeat(24)}ord`]],
    [[{ groupId: 'g', date: '2016-01-01' }, { groupId: 'g', date: '2016-01-01', title: 'x'.repeat(300) }], [undefined, `g/2016-01-01-${'x'.repeat(100)}`]],
  ])('meetingIds(%j)', (inputs, ids) => expect(meetingIds(inputs)).toEqual(ids));
  it.each([
    ['gug/2016-02-08#1', { meetingId: 'gug/2016-02-08', number: 1 }],
    ['gug/2016-02-08-extra#12', { meetingId: 'gug/2016-02-08-extra', number: 12 }],
    ['gug/2016-02-08', undefined],
    ['Leif ska boka', undefined],
  ])('parseActionId(%j)', (text, parsed) => expect(parseActionId(text)).toEqual(parsed));
});

describe('buildModel', () => {
  const model = modelOf({
    'minutes/gug/2016-03-07.md': meeting('2016-03-07', 'actions:\n  - who: [Leif Redestig, SOF]\n    what: Boka lokal.\n    project: fritidsbanken\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n    note: Mötet hölls.\nnext_meeting: 2016-04-04 13:30\n'),
    'minutes/gug/2016-04-04.md': meeting('2016-04-04', 'followups:\n  - action: gemensam-utvecklingsgrupp/2016-03-07#1\n    status: dropped\n'),
  });

  it('orders meetings and links each to its previous and next', () => {
    expect(model.meetings.map((m) => m.id)).toEqual(['gemensam-utvecklingsgrupp/2016-02-08', 'gemensam-utvecklingsgrupp/2016-03-07', 'gemensam-utvecklingsgrupp/2016-04-04']);
    const mid = model.meetingById.get('gemensam-utvecklingsgrupp/2016-03-07')!;
    expect([mid.previousId, mid.nextId]).toEqual(['gemensam-utvecklingsgrupp/2016-02-08', 'gemensam-utvecklingsgrupp/2016-04-04']);
    expect(mid.title).toBe('Gemensam utvecklingsgrupp 7 mars 2016');
  });

  it('moves an action’s status along with each follow-up', () => {
    const first = model.actions.get('gemensam-utvecklingsgrupp/2016-02-08#1')!;
    expect(first).toMatchObject({ initialStatus: 'open', status: 'done', meetingsSince: 2 });
    expect(first.reports).toEqual([{ meetingId: 'gemensam-utvecklingsgrupp/2016-03-07', date: '2016-03-07', status: 'done', note: 'Mötet hölls.' }]);
    const second = model.actions.get('gemensam-utvecklingsgrupp/2016-03-07#1')!;
    expect(second.status).toBe('dropped');
    expect(second.who).toEqual([{ kind: 'person', id: 'leif-redestig' }, { kind: 'organisation', id: 'socialforvaltningen' }]);
  });

  it('computes back-links once: attendance, open actions, owners, projects', () => {
    const leif = model.people.get('leif-redestig')!;
    expect(leif.attended).toHaveLength(3);
    expect(leif.actions).toEqual(['gemensam-utvecklingsgrupp/2016-03-07#1', 'gemensam-utvecklingsgrupp/2016-02-08#1']);
    expect(model.people.get('ake-malmen')!.missed).toEqual(['gemensam-utvecklingsgrupp/2016-02-08']);
    expect(model.groups.get('gemensam-utvecklingsgrupp')!.openActions).toEqual([]);
    expect(model.organisations.get('socialforvaltningen')!.actions).toEqual(['gemensam-utvecklingsgrupp/2016-03-07#1']);
    expect(model.projects.get('fritidsbanken')!.actions).toHaveLength(2);
  });

  it('lists an owner written twice once, and the action once on their page', () => {
    const twice = modelOf({ 'minutes/gug/2016-03-07.md': meeting('2016-03-07', 'actions:\n  - who: [Leif Redestig, SOF, leif-redestig, Socialförvaltningen]\n    what: Boka lokal.\n') });
    const id = 'gemensam-utvecklingsgrupp/2016-03-07#1';
    expect(twice.actions.get(id)!.who).toEqual([{ kind: 'person', id: 'leif-redestig' }, { kind: 'organisation', id: 'socialforvaltningen' }]);
    expect(twice.people.get('leif-redestig')!.actions).toEqual(['gemensam-utvecklingsgrupp/2016-02-08#1', id]);
    expect(twice.organisations.get('socialforvaltningen')!.actions).toEqual([id]);
  });

  // Per Norbeck is hidden (Bryggan), Ia Jonsson shown by initials, Leif Redestig in full (Socialförvaltningen).
  // Each organisation's actions: [its own, of people of it who are not named], by number.
  it.each<[string, string, Record<string, [number[], number[]]>]>([
    ['a hidden person', 'Per Norbeck', { bryggan: [[], [1]] }],
    ['a hidden person with someone named', '[Per Norbeck, Leif Redestig]', { bryggan: [[], [1]], socialforvaltningen: [[], []] }],
    ['a hidden person with their organisation', '[Per Norbeck, Bryggan]', { bryggan: [[1], []] }],
    ['someone shown by initials (who has a page)', 'Ia Jonsson', { bryggan: [[], []] }],
    ['someone named (who has a page)', 'Leif Redestig', { socialforvaltningen: [[], []] }],
  ])('lists an action of %s on their organisation’s page as its own or of someone unnamed', (_name, who, expected) => {
    const model = modelOf({ 'minutes/gug/2016-03-07.md': meeting('2016-03-07', `actions:\n  - who: ${who}\n    what: Boka lokal.\n`) });
    const id = (n: number) => `gemensam-utvecklingsgrupp/2016-03-07#${n}`;
    for (const [org, [own, unnamed]] of Object.entries(expected)) {
      const o = model.organisations.get(org)!;
      expect([o.actions, o.actionsOfUnnamed], org).toEqual([own.map(id), unnamed.map(id)]);
    }
  });

  it('announces the next meeting only when no minutes exist for it yet', () => {
    expect(model.groups.get('gemensam-utvecklingsgrupp')!.upcoming).toBeUndefined();
    const announced = modelOf({ 'minutes/gug/2016-03-07.md': meeting('2016-03-07', 'next_meeting: 2016-04-04 13:30\n') });
    expect(announced.groups.get('gemensam-utvecklingsgrupp')!.upcoming).toEqual({ date: '2016-04-04', time: '13:30', announcedIn: 'gemensam-utvecklingsgrupp/2016-03-07' });
  });
});

describe('privacy', () => {
  it.each([
    ['Leif Redestig', 'L. R.'],
    ['Nils-Erik Lund', 'N.-E. L.'],
    ['åke malmén', 'Å. M.'],
  ])('initials(%j) = %j', (name, shown) => expect(initials(name)).toBe(shown));

  it.each([
    [{ name: 'Per Norbeck', publish: 'full' as const }, 'Per Norbeck'],
    [{ name: 'Per Norbeck', publish: 'initials' as const }, 'P. N.'],
    [{ name: 'Per Norbeck', publish: 'hidden' as const, organisationName: 'Bryggan' }, 'en representant för Bryggan'],
    [{ name: 'Per Norbeck', publish: 'hidden' as const, role: 'brukarmentor' }, 'en brukarmentor'],
    // Whom they represent comes before what they are (README: "en representant för RFHL").
    [{ name: 'Per Norbeck', publish: 'hidden' as const, organisationName: 'Bryggan', role: 'brukarmentor' }, 'en representant för Bryggan'],
    [{ name: 'Per Norbeck', publish: 'hidden' as const }, 'en deltagare'],
  ])('displayName(%j) = %j', (p, shown) => expect(displayName(p)).toBe(shown));

  it.each([
    ['en representant för Bryggan, Bryggan', 'en representant för Bryggan'],
    ['En representant för Ria/G7, Ria/G7', 'En representant för Ria/G7'],
    ['en representant för Bryggan, RFHL', 'en representant för Bryggan, RFHL'],
    ['Bengt Nilsson, Bryggan', 'Bengt Nilsson, Bryggan'],
  ])('a hidden guest %j reads %j', (shown, once) => expect(withoutRepeatedOrganisation(shown)).toBe(once));

  it('gives people shown by initials neutral page ids and hidden people none', () => {
    const ids = publicIds([
      { id: 'leif-redestig', name: 'Leif Redestig', publish: 'full' },
      { id: 'lars-roos', name: 'Lars Roos', publish: 'initials' },
      { id: 'lena-ryd', name: 'Lena Ryd', publish: 'initials' },
      { id: 'per-norbeck', name: 'Per Norbeck', publish: 'hidden' },
    ]);
    expect([...ids]).toEqual([
      ['leif-redestig', 'leif-redestig'],
      ['lars-roos', 'anonym-l-r'],
      ['lena-ryd', 'anonym-l-r-2'],
    ]);
  });

  it.each([
    ['someone added later, at later meetings, whose id sorts first', [['lena-ryd', '2016-03-07'], ['anna-rask', '2017-01-09']], { 'lena-ryd': 'anonym-l-r', 'anna-rask': 'anonym-l-r-2' }],
    ['someone at no meeting yet', [['anna-rask', undefined], ['lena-ryd', '2016-03-07']], { 'lena-ryd': 'anonym-l-r', 'anna-rask': 'anonym-l-r-2' }],
    ['two first at the same meeting, by id', [['lena-ryd', '2016-03-07'], ['anna-rask', '2016-03-07']], { 'anna-rask': 'anonym-l-r', 'lena-ryd': 'anonym-l-r-2' }],
  ])('numbers people with the same initials by their first meeting: %s', (_, people, expected) => {
    const names: Record<string, string> = { 'lena-ryd': 'Lena Ryd', 'anna-rask': 'Lisa Rask' };
    const ids = publicIds(people.map(([id, since]) => ({ id: id!, name: names[id!]!, publish: 'initials' as const, ...(since ? { since } : {}) })));
    expect(Object.fromEntries(ids)).toEqual(expected);
  });

  it('hides names and aliases in text, capitalised where a sentence starts', () => {
    const hider = new NameHider([{ id: 'p', names: ['Per Norbeck', 'Pelle Norbeck'], display: 'en representant för Bryggan' }]);
    expect(hider.hide('Per Norbeck ska ringa. Sedan ringer pelle norbeck. Per Norbecks bil.')).toBe('En representant för Bryggan ska ringa. Sedan ringer en representant för Bryggan. En representant för Bryggans bil.');
    expect(hider.hide('## Per Norbeck\n\n- Per Norbeck ringer')).toBe('## En representant för Bryggan\n\n- En representant för Bryggan ringer');
    const initialsOnly = new NameHider([{ id: 'l', names: ['Lisa Rönnqvist'], display: 'L. R.' }]);
    expect(initialsOnly.hide('Enligt Lisa Rönnqvists rapport')).toBe('Enligt L. R:s rapport');
  });

  it.each([
    ['emphasis stays closed', 'Hej **Leif** Redestig här', 'Hej **L. R.** här'],
    ['emphasis around the whole name', 'Hej **Leif Redestig**.', 'Hej **L. R**.'],
    ['no double full stop', 'Ansvarig är Leif Redestig.', 'Ansvarig är L. R.'],
    ['an alias as link text, the name in the address', '[Leffe](https://example.org/leif-redestig)', '[L. R.](https://example.org/LR)'],
    ['a bare address', 'Se https://example.org/leif-redestig/ nu', 'Se https://example.org/LR/ nu'],
    ['a soft hyphen inside the name', 'L\u00ADeif Redestig kom', 'L. R. kom'],
    ['a genitive after a line break', 'Enligt Leif\nRedestigs rapport', 'Enligt L. R:s rapport'],
    ['each word emphasised: one emphasis', 'Hej **Leif** **Redestig** här', 'Hej **L. R.** här'],
    ['each word emphasised, with underscores', 'Hej _Leif_ _Redestig_ här', 'Hej _L. R._ här'],
    ['each word emphasised, nested', 'Hej *__Leif__* *__Redestig__* här', 'Hej *__L. R.__* här'],
    ['each word emphasised differently: both kept', 'Hej **Leif** *Redestig* här', 'Hej ***L. R.*** här'],
  ])('keeps Markdown whole while it hides a name: %s', (_name, text, expected) => {
    const hider = new NameHider([{ id: 'l', names: ['Leif Redestig', 'Leffe'], display: 'L. R.' }]);
    expect(hider.hide(text)).toBe(expected);
    expect(hider.hideInSource(text)).toBe(expected);
  });

  // Rendering hides these in the link's text and the text after it (see hidden-names-text.test.ts); text that is
  // not Markdown has them hidden at once, brackets and all.
  it.each([
    ['a link to an anchor alone, the surname after it', 'Hej [Leif](#) Redestig här', 'Hej [L. R.] här'],
    ['two links to the root', 'Hej [Leif](/) [Redestig](/) här', 'Hej [L. R.](/) här'],
    ['two links by their own text', 'Hej [Leif] [Redestig] här', 'Hej [L. R.] här'],
    ['a collapsed reference link', 'Hej [Leif][] Redestig här', 'Hej [L. R.][] här'],
  ])("leaves a name a link's brackets run through to the rendering, in Markdown source: %s", (_name, text, hidden) => {
    const hider = new NameHider([{ id: 'l', names: ['Leif Redestig'], display: 'L. R.' }]);
    expect(hider.hideInSource(text)).toBe(text);
    expect(hider.hide(text)).toBe(hidden);
  });

  it('hides in Markdown source a name that runs into a link destination, which rendering would not see', () => {
    const hider = new NameHider([{ id: 'l', names: ['Leif Redestig'], display: 'L. R.' }]);
    expect(hider.hideInSource('Hej [Leif](<Redestig>) här')).not.toMatch(/Leif|Redestig/);
  });

  it('shows hidden and initials people only as allowed, everywhere in the model', () => {
    const model = modelOf({ 'minutes/gug/2016-03-07.md': meeting('2016-03-07', 'absent: [Per Norbeck, Ia Jonsson]\nsummary: Per Norbeck och Ia Jonsson var borta.\n') });
    expect(model.people.get('per-norbeck')).toMatchObject({ display: 'en representant för Bryggan' });
    expect(model.people.get('per-norbeck')).not.toHaveProperty('publicId');
    expect(model.people.get('ia-jonsson')).toMatchObject({ display: 'I. J.', publicId: 'anonym-i-j' });
    expect(model.meetingById.get('gemensam-utvecklingsgrupp/2016-03-07')!.summary).toBe('En representant för Bryggan och I. J. var borta.');
  });
});

describe('what an attendee came as ("Name, Organisation")', () => {
  const attendees = (lines: string[]) => `---\ngroup: gug\ndate: 2016-04-04\nattendees:\n${lines.map((l) => `  - ${l}\n`).join('')}---\nText.\n`;
  it.each([
    ['a registered organisation, by alias', 'Leif Redestig, SOF', { text: 'SOF', organisationIds: ['socialforvaltningen'], organisationId: 'socialforvaltningen' }],
    ['two organisations', 'Leif Redestig, Bryggan/Vorta Drom', { text: 'Bryggan/Vorta Drom', organisationIds: ['bryggan', 'vorta-drom'] }],
    ['two organisations joined by "och"', 'Leif Redestig, SOF och Bryggan', { text: 'SOF och Bryggan', organisationIds: ['socialforvaltningen', 'bryggan'] }],
    ['a title, as written', 'Leif Redestig,   brukarmentor ', { text: 'brukarmentor', organisationIds: [] }],
    ['nothing after the comma', 'Leif Redestig,', undefined],
    ['only separators after the comma', '"Leif Redestig, / ,"', undefined],
    ['organisations separated by commas', '"Leif Redestig, Bryggan, SOF"', { text: 'Bryggan, SOF', organisationIds: ['bryggan', 'socialforvaltningen'] }],
    ['no comma', 'Leif Redestig', undefined],
  ])('%s', (_name, line, expected) => {
    const m = modelOf({ 'minutes/gug/2016-04-04.md': attendees([line, 'David Bergström']) }).meetings.find((x) => x.date === '2016-04-04')!;
    expect(m.attendees).toEqual(['leif-redestig', 'david-bergstrom']);
    expect(m.affiliations['leif-redestig']).toEqual(expected);
  });
});

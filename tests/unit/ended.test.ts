// Groups, projects and organisations that have ended (`ended` in organisations.yml): what their pages, the index
// pages, the start page's coming meetings, the calendars and the open data say, as of the day of the build.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import { buildView, renderMeetings } from '../../src/render/view.js';
import { extraFiles, openData } from '../../src/render/opendata.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

/**
 * The base archive with Gemensam utvecklingsgrupp ending on `ended` (none when undefined), a second group that goes
 * on unless `open` ends it (Öppna gruppen, after it in the alphabet, without minutes), minutes of 2016-06-20 announcing a meeting on 2016-07-15, and Anna
 * Ny, a member of the group from 2016-01-01 to 2016-12-31, and Bo Sent, one from 2016-09-01.
 */
function modelWith(ended: { group?: string; project?: string; organisation?: string; open?: string }) {
  const end = (v: string | undefined, indent: string) => (v ? `${indent}ended: ${v}\n` : '');
  const orgs = fs
    .readFileSync(path.join(BASE, 'organisations.yml'), 'utf8')
    .replace('    aliases: [GUG]\n', `    aliases: [GUG]\n${end(ended.group, '    ')}`)
    .replace('    aliases: [Fritidsbank]\n', `    aliases: [Fritidsbank]\n${end(ended.project, '    ')}`)
    .replace('  bryggan:\n    name: Bryggan\n', `  bryggan:\n    name: Bryggan\n${end(ended.organisation, '    ')}  aaa-foreningen:\n    name: Aaa-föreningen\n`)
    .replace(/^groups:\n/m, `groups:\n  oppna-gruppen:\n    name: Öppna gruppen\n${end(ended.open, '    ')}`);
  const people = `${fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8')}anna-ny:\n  name: Anna Ny\n  memberships:\n    - group: gug\n      from: 2016-01-01\n      to: 2016-12-31\nbo-sent:\n  name: Bo Sent\n  memberships:\n    - group: gug\n      from: 2016-09-01\n`;
  const later = '---\ngroup: GUG\ndate: 2016-06-20\nattendees: [Leif Redestig]\nnext_meeting: 2016-07-15 13:30\n---\nText.\n';
  const result = check(archive([BASE], { 'organisations.yml': orgs, 'people.yml': people, 'minutes/gug/2016-06-20.md': later }));
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildModel(result.validated.minutes, result.validated.registry);
}

function site(ended: Parameters<typeof modelWith>[0], today: string) {
  const model = modelWith(ended);
  const options = { base: '/', title: 'Protokoll', today };
  const view = buildView(model, renderMeetings(model, options.base), options);
  const data = JSON.parse(openData(model, options)) as Record<'groups' | 'projects' | 'organisations', { id: string; ended: string | null; members?: { name: string }[] }[]>;
  const calendar = extraFiles(model, options).find((f) => f.path === 'grupper/gemensam-utvecklingsgrupp/kalender.ics')!.content;
  return { view, data, calendar, group: view.pages.groups.find((g) => g.id === 'gemensam-utvecklingsgrupp')! };
}

describe('a group that has ended', () => {
  it.each([
    // what, ended, day of the build, the page's sentence, members listed, coming meeting shown, groups index order
    ['no end', undefined, '2016-07-01', undefined, ['Leif Redestig', 'David Bergström', 'Anna Ny'], true, ['Gemensam utvecklingsgrupp', 'Öppna gruppen']],
    ['an end still to come, after the coming meeting', '2016-12-31', '2016-07-01', 'Gruppen avslutas 31 december 2016.', ['Leif Redestig', 'David Bergström', 'Anna Ny'], true, ['Gemensam utvecklingsgrupp', 'Öppna gruppen']],
    ['an end still to come, before the coming meeting', '2016-07-10', '2016-07-01', 'Gruppen avslutas 10 juli 2016.', ['Leif Redestig', 'David Bergström', 'Anna Ny'], false, ['Gemensam utvecklingsgrupp', 'Öppna gruppen']],
    ['its last day is the day of the build', '2016-07-01', '2016-07-01', 'Gruppen avslutas 1 juli 2016.', ['Leif Redestig', 'David Bergström', 'Anna Ny'], false, ['Gemensam utvecklingsgrupp', 'Öppna gruppen']],
    // Members as of its last day: Anna Ny's membership held then (not on the day of the build), Bo Sent's not yet.
    ['ended: the members on its last day, after the active groups', '2016-06-30', '2017-03-01', 'Gruppen avslutades 30 juni 2016.', ['Leif Redestig', 'David Bergström', 'Anna Ny'], false, ['Öppna gruppen', 'Gemensam utvecklingsgrupp']],
    ['no end, a year later: the members that day', undefined, '2017-03-01', undefined, ['Leif Redestig', 'David Bergström', 'Bo Sent'], false, ['Gemensam utvecklingsgrupp', 'Öppna gruppen']],
  ] as const)('%s', (_, ended, today, text, members, coming, order) => {
    const { view, data, calendar, group } = site({ ...(ended ? { group: ended } : {}) }, today);
    expect(group.ended?.text).toBe(text);
    expect(group.members.map((p) => p.name)).toEqual(members);
    expect(data.groups.find((g) => g.id === 'gemensam-utvecklingsgrupp')!.members!.map((p) => p.name)).toEqual(members);
    expect(data.groups.find((g) => g.id === 'gemensam-utvecklingsgrupp')!.ended).toBe(ended ?? null);
    expect(group.upcoming !== undefined).toBe(coming);
    expect(view.upcoming.some((u) => u.group.name === 'Gemensam utvecklingsgrupp')).toBe(coming);
    expect(calendar.includes('BEGIN:VEVENT')).toBe(coming);
    expect(view.groups.map((g) => g.name)).toEqual(order);
    const entry = view.groups.find((g) => g.name === 'Gemensam utvecklingsgrupp')!;
    expect(entry.ended?.past ? entry.ended.mark : undefined).toBe(text?.includes('avslutades') ? `Avslutad ${group.ended!.dateText}` : undefined);
  });
});

describe('a project or organisation that has ended', () => {
  it.each([
    ['project', { project: '2017-05-31' }, 'projects', 'fritidsbanken', 'Projektet avslutades 31 maj 2017.', 'Avslutat 31 maj 2017'],
    ['organisation', { organisation: '2017-05-31' }, 'organisations', 'bryggan', 'Organisationen upphörde 31 maj 2017.', 'Upphörde 31 maj 2017'],
  ] as const)('%s: its page says so, the index marks it and lists it last, the open data carries the day', (_, ended, list, id, text, mark) => {
    const before = site({}, '2018-01-01');
    const { view, data } = site(ended, '2018-01-01');
    const page = (view.pages[list] as readonly { id: string; ended?: { text: string } }[]).find((e) => e.id === id)!;
    expect(page.ended?.text).toBe(text);
    expect(view[list].at(-1)!.ended?.mark).toBe(mark);
    expect(before.view[list].at(-1)!.ended).toBeUndefined();
    expect(data[list].find((e) => e.id === id)!.ended).toBe('2017-05-31');
    expect(before.data[list].every((e) => e.ended === null)).toBe(true);
  });
});

describe('the start page when no meeting is coming', () => {
  it.each([
    // what, ended (GUG, Öppna gruppen), day of the build, what the start page says
    ['the announced meeting has passed: the minutes did name one', {}, '2017-03-01', 'Inga kommande möten är kända. Mötet som en grupps senaste protokoll angav som nästa möte har redan varit. Sidan uppdaterades senast 1 mars 2017.'],
    ['a group ended before the meeting it announced: none named', { group: '2016-06-30' }, '2017-03-01', 'Inget av gruppernas senaste protokoll anger ett kommande möte. Sidan uppdaterades senast 1 mars 2017.'],
    ['every group has ended', { group: '2016-12-31', open: '2016-12-31' }, '2017-03-01', 'Inga möten är utsatta: alla grupper har avslutats.'],
    ['every group ends on the day of the build: not yet ended', { group: '2016-12-31', open: '2016-12-31' }, '2016-12-31', 'Inga kommande möten är kända. Mötet som en grupps senaste protokoll angav som nästa möte har redan varit. Sidan uppdaterades senast 31 december 2016.'],
  ] as const)('%s', (_, ended, today, text) => {
    const { view } = site(ended, today);
    expect(view.upcoming).toEqual([]);
    expect(view.noUpcoming).toBe(text);
  });
});

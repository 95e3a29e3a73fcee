// Someone who has moved to another organisation keeps the one they left as a membership with an end date (`to`):
// minutes from the days it held show them as of that organisation, with their role there, and count for it, not
// for the organisation they belong to now. What the minutes write after a name ("Name, Organisation") still wins.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import { buildView, renderMeetings } from '../../src/render/view.js';
import { openData } from '../../src/render/opendata.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const MEETING = 'gemensam-utvecklingsgrupp/2016-02-08';

interface OpenData {
  readonly meetings: readonly { id: string; attendees: readonly { name: string }[]; secretary: { name: string } | null; actions: readonly { who: readonly { name: string }[] }[] }[];
}
afterAll(cleanTemp);

/**
 * The base archive, in which Leif Redestig attends the meeting of 2016-02-08, with his entry in people.yml replaced;
 * `edit` changes those minutes further, `files` adds others.
 */
function siteWith(leif: string, attendee = 'Leif Redestig', secretary?: string, edit: (minutes: string) => string = (x) => x, files: Record<string, string> = {}) {
  const people = fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8').replace(/^leif-redestig:\n(?: {2}.*\n)+/m, `leif-redestig:\n  name: Leif Redestig\n${leif}`);
  const written = fs.readFileSync(path.join(BASE, 'minutes/gug/2016-02-08.md'), 'utf8').replace('  - Leif Redestig\n', `  - ${attendee}\n`);
  const minutes = edit(secretary ? written.replace(/^secretary: .*$/m, secretary) : written);
  const result = check(archive([BASE], { 'people.yml': people, 'minutes/gug/2016-02-08.md': minutes, ...files }));
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const model = buildModel(result.validated.minutes, result.validated.registry);
  const options = { base: '/', title: 'Protokoll', today: '2020-01-01' };
  const rendered = renderMeetings(model, options.base, undefined, result.validated.files);
  return { site: buildView(model, rendered, options), data: JSON.parse(openData(model, options)) as OpenData, model };
}

const moved = (membership: string) => `  organisation: bryggan\n  role: samordnare\n  memberships:\n    - ${membership.split('; ').join('\n      ')}\n`;

describe('the organisation someone came for, when they have since moved on', () => {
  it.each([
    ['a membership ended after the meeting: the organisation and role then', moved('organisation: SOF; role: utvecklingsledare; to: 2016-12-31'), 'Leif Redestig', 'Socialförvaltningen', 'utvecklingsledare'],
    ['a membership ended on the day of the meeting', moved('organisation: SOF; role: utvecklingsledare; to: 2016-02-08'), 'Leif Redestig', 'Socialförvaltningen', 'utvecklingsledare'],
    ['a membership ended without a role: no role', moved('organisation: SOF; to: 2016-12-31'), 'Leif Redestig', 'Socialförvaltningen', null],
    ['a membership ended before the meeting: the organisation now', moved('organisation: SOF; to: 2016-02-07'), 'Leif Redestig', 'Bryggan', 'samordnare'],
    ['a membership that began after the meeting: the organisation now', moved('organisation: SOF; from: 2016-03-01; to: 2016-12-31'), 'Leif Redestig', 'Bryggan', 'samordnare'],
    ['an assignment beside the organisation, not ended: the organisation now', moved('organisation: SOF; role: styrelseledamot; from: 2015-01-01'), 'Leif Redestig', 'Bryggan', 'samordnare'],
    ['what the minutes write after the name wins', moved('organisation: SOF; to: 2016-12-31'), 'Leif Redestig, Vorta Drom', 'Vorta Drom', null],
    ['someone published by initials: the organisation then, no role', `  publish: initials\n${moved('organisation: SOF; role: utvecklingsledare; to: 2016-12-31')}`, 'Leif Redestig', 'Socialförvaltningen', null],
  ])('%s', (_, leif, attendee, organisation, role) => {
    const { site } = siteWith(leif, attendee);
    const page = site.pages.meetings.find((m) => m.id === 'gemensam-utvecklingsgrupp/2016-02-08')!;
    const shown = page.attendees.find((p) => p.url?.includes('/personer/leif-redestig/') || p.name === 'L. R.')!;
    expect([shown.organisation?.name ?? null, shown.role ?? null]).toEqual([organisation, role]);
    // The meeting counts for the organisation shown, in its page and in the search filter, and for no other.
    const listing = (name: string) => site.pages.organisations.find((o) => o.name === name)!.meetings.some((m) => m.url.endsWith('/2016-02-08/'));
    expect(listing(organisation)).toBe(true);
    if (organisation !== 'Bryggan') expect(listing('Bryggan')).toBe(false);
    expect(page.filters.filter((f) => f.name === 'organisation').map((f) => f.value)).toContain(organisation);
  });
});

describe('someone not named, at a meeting they came to for another organisation than their own now', () => {
  it.each([
    ['a membership ended after the meeting: whom they represented then', moved('organisation: SOF; to: 2016-12-31'), 'Leif Redestig', 'en representant för Socialförvaltningen'],
    ['a membership ended before the meeting: their organisation now', moved('organisation: SOF; to: 2016-02-07'), 'Leif Redestig', 'en representant för Bryggan'],
    ['an organisation written after the name', '  organisation: bryggan\n', 'Leif Redestig, Vorta Drom', 'en representant för Vorta Drom'],
    ['two organisations written after the name', '  organisation: bryggan\n', 'Leif Redestig, Vorta Drom/SOF', 'en representant för Vorta Drom och Socialförvaltningen'],
    ['a title written after the name: their organisation now', '  organisation: bryggan\n', 'Leif Redestig, brukarmentor', 'en representant för Bryggan'],
  ])('%s', (_, leif, attendee, shown) => {
    const { site, data } = siteWith(`  publish: hidden\n${leif}`, attendee);
    const page = site.pages.meetings.find((m) => m.id === MEETING)!;
    expect(page.attendees.map((p) => p.name)).toContain(shown);
    expect(page.attendees.some((p) => /Leif|Redestig/.test(p.name))).toBe(false);
    expect(data.meetings.find((m) => m.id === MEETING)!.attendees.map((p) => p.name)).toContain(shown);
  });
});

describe('someone not named, as the owner of an action or the secretary of a meeting from before they moved on', () => {
  // Leif owns the meeting's action; here he is its secretary too. Whom he represented then is said wherever the
  // meeting names him (its page, the actions lists, the open data), and the action is listed on that
  // organisation's page among those of its unnamed representatives, not on the page of his organisation now.
  it.each([
    ['a membership ended after the meeting: whom they represented then', moved('organisation: SOF; to: 2016-12-31'), 'Leif Redestig', 'Socialförvaltningen'],
    ['a membership ended before the meeting: their organisation now', moved('organisation: SOF; to: 2016-02-07'), 'Leif Redestig', 'Bryggan'],
    ['an organisation written after the name in the attendance', '  organisation: bryggan\n', 'Leif Redestig, Vorta Drom', 'Vorta Drom'],
  ])('%s', (_, leif, attendee, then) => {
    const { site, data } = siteWith(`  publish: hidden\n${leif}`, attendee, 'secretary: Leif Redestig');
    const shown = `en representant för ${then}`;
    const page = site.pages.meetings.find((m) => m.id === MEETING)!;
    expect(page.secretary?.name).toBe(shown);
    expect(page.actions.map((a) => a.who.map((w) => w.name))).toEqual([[shown]]);
    const inData = data.meetings.find((m) => m.id === MEETING)!;
    expect(inData.secretary?.name).toBe(shown);
    expect(inData.actions.map((a) => a.who.map((w) => w.name))).toEqual([[shown]]);
    const unnamed = (name: string) => site.pages.organisations.find((o) => o.name === name)!.actionsOfUnnamed.map((a) => a.who.map((w) => w.name));
    expect(unnamed(then)).toEqual([[shown]]);
    if (then !== 'Bryggan') expect(unnamed('Bryggan')).toEqual([]);
    expect(JSON.stringify(site.pages.meetings)).not.toContain('Redestig');
  });
});

describe('someone not named, mentioned in the text of meetings from before and after they moved on', () => {
  // The text says whom they represented at each meeting, as its attendance does: the body (its headings and their
  // anchors too), summary, decisions, actions and notes of 2016-02-08, and of a meeting after the membership
  // ended, which follows up the action with a note and links to a heading of 2016-02-08.
  const mentioned = (minutes: string) =>
    minutes
      .replace('projects: [fritidsbanken]\n', 'projects: [fritidsbanken]\nsummary: Leif Redestig föreslog en träff. Gruppen tackade Leif Redestig.\nnote: Leif Redestigs anteckningar saknas.\ndecisions:\n  - Leif Redestig bokar lokal.\n')
      .replace('what: Skicka ut förslag på tid för ett möte.', 'what: Leif Redestig skickar ut förslag på tid.')
      .replace('## Fritidsbank\n', '## Fritidsbank\n\nLeif Redestig föreslog en träff, och **Leif Redestig** visade [bilden](#leif-redestigs-forslag).\n\n## Leif Redestigs förslag\n');
  const later = [
    '---',
    'group: Gemensam utvecklingsgrupp',
    'date: 2017-03-06',
    'attendees:',
    '  - David Bergström',
    'followups:',
    '  - action: gemensam-utvecklingsgrupp/2016-02-08#1',
    '    status: done',
    '    note: Leif Redestig har skickat ut förslaget.',
    '---',
    '## Uppföljning',
    '',
    'Se [förslaget](2016-02-08.md#leif-redestigs-forslag). Leif Redestig var inte med.',
    '',
  ].join('\n');
  const LATER = 'gemensam-utvecklingsgrupp/2017-03-06';

  it.each([
    ['a membership ended after the meeting: whom they represented then', moved('organisation: SOF; to: 2016-12-31'), 'Leif Redestig', 'Socialförvaltningen', 'Bryggan'],
    ['a membership ended before the meeting: their organisation now', moved('organisation: SOF; to: 2016-02-07'), 'Leif Redestig', 'Bryggan', 'Bryggan'],
    ['an organisation written after the name in the attendance', '  organisation: bryggan\n', 'Leif Redestig, Vorta Drom', 'Vorta Drom', 'Bryggan'],
  ])('%s', (_, leif, attendee, then, after) => {
    const { site, data, model } = siteWith(`  publish: hidden\n${leif}`, attendee, undefined, mentioned, { 'minutes/gug/2017-03-06.md': later });
    const shown = `en representant för ${then}`;
    const Shown = `En representant för ${then}`;
    const page = site.pages.meetings.find((m) => m.id === MEETING)!;
    expect(page.attendees.map((p) => p.name)).toContain(shown);
    expect(page.summary).toBe(`${Shown} föreslog en träff. Gruppen tackade ${shown}.`);
    expect(page.note).toBe(`${Shown}s anteckningar saknas.`);
    expect(page.description).toBe(`${Shown} föreslog en träff. Gruppen tackade ${shown}.`);
    expect(page.decisions.map((d) => d.text)).toEqual([`${Shown} bokar lokal.`]);
    expect(page.actions.map((a) => a.what)).toEqual([`${Shown} skickar ut förslag på tid.`]);
    expect(page.html).toContain(`<p>${Shown} föreslog en träff, och <strong>${shown}</strong> visade`);
    const anchor = `${then === 'Vorta Drom' ? 'en-representant-for-vorta-droms' : then === 'Bryggan' ? 'en-representant-for-bryggans' : 'en-representant-for-socialforvaltningens'}-forslag`;
    expect(page.html).toContain(`<h2 id="${anchor}">${Shown}s förslag</h2>`);
    expect(page.html).toContain(`href="#${anchor}"`);
    const inData = data.meetings.find((m) => m.id === MEETING)! as unknown as { summary: string; decisions: { text: string }[] };
    expect([inData.summary, inData.decisions[0]!.text]).toEqual([page.summary, page.decisions[0]!.text]);
    // The meeting after: its own text as of its day, its link to the heading of 2016-02-08 as that page has it.
    const next = site.pages.meetings.find((m) => m.id === LATER)!;
    expect(next.followups.map((f) => f.note)).toEqual([`En representant för ${after} har skickat ut förslaget.`]);
    expect(next.html).toContain(`/gemensam-utvecklingsgrupp/2016-02-08/#${anchor}"`);
    expect(next.html).toContain(`En representant för ${after} var inte med.`);
    expect(JSON.stringify(site)).not.toContain('Redestig');
    // Only where it differs from their display now does the meeting say what stands for them.
    expect(model.meetingById.get(MEETING)!.shownAs).toEqual(then === 'Bryggan' ? undefined : { 'leif-redestig': shown });
    expect(model.meetingById.get(LATER)!.shownAs).toBeUndefined();
  });
});

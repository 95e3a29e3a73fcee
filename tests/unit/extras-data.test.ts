// Whether a save changed what the data files made after it hold (the open data, the calendars, the sitemap, the
// pages at former addresses): dev makes them again only then (at 10,000 minutes half a second of a core).
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import type { Meeting, Model, Person } from '../../src/model/types.js';
import { extraFiles } from '../../src/render/opendata.js';
import { sameExtrasData, sameExtrasDataOf } from '../../src/watch/extras-data.js';
import { PROJECT } from '../helpers/archive.js';

const OPTIONS = { base: '/', title: 'Protokoll', today: '2024-05-01', siteUrl: 'https://example.org/' };
const checked = check(PROJECT, OPTIONS.today);
/** A new model of the seed archive each time, as each save makes one. */
const model = () => buildModel(checked.validated.minutes, checked.validated.registry);
const ID = 'gemensam-utvecklingsgrupp/2016-03-07';

/** The seed's model with the meeting ID changed by `change`, and its actions by `action`. */
function edited(change: (m: Meeting) => Meeting, action: (a: NonNullable<ReturnType<Model['actions']['get']>>) => typeof a = (a) => a): Model {
  const m = model();
  const meetings = m.meetings.map((x) => (x.id === ID ? change(x) : x));
  const actions = new Map([...m.actions].map(([id, a]) => [id, a.meetingId === ID ? action(a) : a]));
  return { ...m, meetings, meetingById: new Map(meetings.map((x) => [x.id, x])), actions };
}

describe('the data files of two models', () => {
  it('are made from the seed, whose meeting has actions to change', () => {
    expect(checked.ok).toBe(true);
    expect(model().meetingById.get(ID)?.actions.length).toBeGreaterThan(0);
  });

  it.each([
    { what: 'nothing changed', after: () => model(), same: true },
    { what: 'a blank line added to a body', after: () => edited((m) => ({ ...m, body: `${m.body}\n` })), same: true },
    { what: 'a paragraph added to a body', after: () => edited((m) => ({ ...m, body: `${m.body}\nEtt nytt stycke.\n` })), same: true },
    { what: 'the place changed', after: () => edited((m) => ({ ...m, location: 'Stadsbiblioteket' })), same: false },
    { what: 'a decision changed', after: () => edited((m) => ({ ...m, decisions: m.decisions.map((d, i) => (i === 0 ? { ...d, text: `${d.text} Ändrat.` } : d)) })), same: false },
    { what: "an action's text changed", after: () => edited((m) => m, (a) => ({ ...a, what: `${a.what} Ändrat.` })), same: false },
    { what: 'the meeting gone', after: () => edited((m) => m), gone: true, same: false },
  ])('$what: the same $same', ({ after, same, gone }) => {
    const before = model();
    let now = after();
    if (gone) now = { ...now, meetings: now.meetings.filter((m) => m.id !== ID) };
    expect(sameExtrasData(before, now)).toBe(same);
    expect(sameExtrasDataOf(before, now, [[ID, gone ? undefined : ID]])).toBe(same);
    // What the comparison stands for: the files themselves are the same, or not.
    expect(JSON.stringify(extraFiles(now, OPTIONS)) === JSON.stringify(extraFiles(before, OPTIONS))).toBe(same);
  });

  it('differ when a registry changed what they show of someone', () => {
    const before = model();
    const now = model();
    const [id, person] = [...now.people].find(([, p]) => p.publish === 'full' && p.publicId !== undefined)!;
    const people = new Map<string, Person>([...now.people].map(([k, p]) => [k, k === id ? { ...person, display: `${person.display} Andersson` } : p]));
    expect(sameExtrasData(before, { ...now, people })).toBe(false);
    expect(JSON.stringify(extraFiles({ ...now, people }, OPTIONS))).not.toBe(JSON.stringify(extraFiles(before, OPTIONS)));
  });
});

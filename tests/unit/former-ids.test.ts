// Former ids: how an id an entry or a meeting had before resolves (registry lookups, action ids in follow-ups),
// and the former addresses the model and the site's pages at former addresses derive from them.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import { formerExtraPaths, formerFiles, redirectPage, redirects } from '../../src/render/redirects.js';
import { currentActionId, formerMeetings, guessMeetingId, parseMeetingId } from '../../src/validate/former-meetings.js';
import type { Kind } from '../../src/validate/registry.js';
import { firstMeetingKey } from '../../src/model/ids.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

const people = fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8');
const organisations = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8');
const baseMinutes = fs.readFileSync(path.join(BASE, 'minutes/gug/2016-02-08.md'), 'utf8');

/**
 * The base archive with changed ids: the group gemensam-utvecklingsgrupp is now "gug" (its old id kept), Leif
 * Redestig was "leif-r", Socialförvaltningen "sof-gamla", Fritidsbanken "fritidsbank-projekt"; the base meeting
 * was dated 2016-02-07 before, and a later one follows up its action by that old id.
 */
const files = {
  'organisations.yml': organisations
    .replace('  gemensam-utvecklingsgrupp:\n', '  gug-grupp:\n    former_ids: [gemensam-utvecklingsgrupp]\n')
    .replace('  socialforvaltningen:\n', '  socialforvaltningen:\n    former_ids: [sof-gamla]\n')
    .replace('  fritidsbanken:\n', '  fritidsbanken:\n    former_ids: [fritidsbank-projekt]\n'),
  'people.yml': people.replace('leif-redestig:\n', 'leif-redestig:\n  former_ids: [leif-r]\n'),
  'minutes/gug/2016-02-08.md': baseMinutes.replace('date: 2016-02-08', 'date: 2016-02-08\nformer_ids: [gemensam-utvecklingsgrupp/2016-02-07]'),
  'minutes/gug/2016-03-07.md':
    '---\ngroup: gemensam-utvecklingsgrupp\ndate: 2016-03-07\nattendees:\n  - leif-r, sof-gamla\nprojects: [fritidsbank-projekt]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-07#1\n    status: done\n---\nText.\n',
};

function checked() {
  const result = check(archive([BASE], files));
  expect(result.diagnostics).toEqual([]);
  return result.validated;
}

describe('a former id resolves wherever an id is accepted', () => {
  const { registry } = checked();
  it.each<[Kind, string, string | undefined]>([
    ['person', 'leif-r', 'leif-redestig'],
    ['person', 'leif-redestig', 'leif-redestig'],
    ['organisation', 'sof-gamla', 'socialforvaltningen'],
    ['group', 'gemensam-utvecklingsgrupp', 'gug-grupp'],
    ['project', 'fritidsbank-projekt', 'fritidsbanken'],
    // Each kind keeps its own former ids.
    ['project', 'gemensam-utvecklingsgrupp', undefined],
    ['person', 'sof-gamla', undefined],
  ])('%s %s -> %s', (kind, text, id) => expect(registry.id(kind, text)).toBe(id));
});

describe('action ids with a former meeting id', () => {
  const { minutes, registry } = checked();
  const former = formerMeetings(minutes, registry);
  it.each([
    // The meeting as it is now.
    ['gug-grupp/2016-02-08#1', 'gug-grupp/2016-02-08#1'],
    // Under the group's former id: same date, same meeting.
    ['gemensam-utvecklingsgrupp/2016-02-08#1', 'gug-grupp/2016-02-08#1'],
    // The meeting's former id, in either spelling of its group.
    ['gemensam-utvecklingsgrupp/2016-02-07#1', 'gug-grupp/2016-02-08#1'],
    ['gug-grupp/2016-02-07#3', 'gug-grupp/2016-02-08#3'],
    [' gemensam-utvecklingsgrupp/2016-03-07#2 ', 'gug-grupp/2016-03-07#2'],
    // What leads nowhere is left as written (the check reports it).
    ['gug-grupp/2016-02-06#1', 'gug-grupp/2016-02-06#1'],
    ['okand-grupp/2016-02-07#1', 'okand-grupp/2016-02-07#1'],
    ['gemensam-utvecklingsgrupp/2016-02-07', 'gemensam-utvecklingsgrupp/2016-02-07'],
  ])('%j -> %j', (written, current) => expect(currentActionId(written, former)).toBe(current));

  it('lists every former id of each meeting, in every spelling of its group', () => {
    expect(Object.fromEntries(former.formerOf)).toEqual({
      'gug-grupp/2016-02-08': ['gemensam-utvecklingsgrupp/2016-02-08', 'gug-grupp/2016-02-07', 'gemensam-utvecklingsgrupp/2016-02-07'],
      'gug-grupp/2016-03-07': ['gemensam-utvecklingsgrupp/2016-03-07'],
    });
  });
});

describe('meeting ids written under former_ids', () => {
  it.each([
    ['gug/2016-02-08', { groupId: 'gug', slug: '2016-02-08' }],
    ['gug/2016-02-08-extramote', { groupId: 'gug', slug: '2016-02-08-extramote' }],
    [' gug/2016-02-08 ', { groupId: 'gug', slug: '2016-02-08' }],
    ['gug/2016-02-30', undefined],
    ['gug/2016-02-08#1', undefined],
    ['GUG/2016-02-08', undefined],
    ['/grupper/gug/2016-02-08/', undefined],
    ['gug', undefined],
  ])('parseMeetingId(%j)', (text, parsed) => expect(parseMeetingId(text)).toEqual(parsed));

  const { registry } = checked();
  it.each([
    ['/grupper/gemensam-utvecklingsgrupp/2016-02-07/', 'gemensam-utvecklingsgrupp/2016-02-07'],
    ['https://example.org/protokoll/grupper/gug-grupp/2016-02-07/', 'gug-grupp/2016-02-07'],
    ['gug-grupp/2016-02-07#2', 'gug-grupp/2016-02-07'],
    ['Gemensam utvecklingsgrupp/2016-02-07', 'gug-grupp/2016-02-07'],
    ['Okänd grupp/2016-02-07', 'okand-grupp/2016-02-07'],
    ['gug-grupp/2016-02-30', undefined],
    ['något helt annat', undefined],
  ])('guessMeetingId(%j) = %j', (text, guess) => expect(guessMeetingId(text, registry)).toBe(guess));
});

describe('the model', () => {
  const { minutes, registry } = checked();
  const model = buildModel(minutes, registry);

  it('follows up an action named by its meeting’s former id, and shows the follow-up with the id as it is now', () => {
    expect(model.actions.get('gug-grupp/2016-02-08#1')!.status).toBe('done');
    expect(model.meetingById.get('gug-grupp/2016-03-07')!.followups.map((f) => f.actionId)).toEqual(['gug-grupp/2016-02-08#1']);
  });

  it('resolves people, organisations and projects named by their former ids', () => {
    const m = model.meetingById.get('gug-grupp/2016-03-07')!;
    expect(m.attendees).toEqual(['leif-redestig']);
    expect(m.affiliations['leif-redestig']).toMatchObject({ organisationIds: ['socialforvaltningen'], organisationId: 'socialforvaltningen' });
    expect(m.projects).toEqual(['fritidsbanken']);
  });

  it('keeps each entry’s and meeting’s former ids', () => {
    expect(model.groups.get('gug-grupp')!.formerIds).toEqual(['gemensam-utvecklingsgrupp']);
    expect(model.people.get('leif-redestig')!.formerIds).toEqual(['leif-r']);
    expect(model.organisations.get('socialforvaltningen')!.formerIds).toEqual(['sof-gamla']);
    expect(model.projects.get('fritidsbanken')!.formerIds).toEqual(['fritidsbank-projekt']);
    expect(model.meetingById.get('gug-grupp/2016-02-08')!.formerIds).toContain('gug-grupp/2016-02-07');
  });

  // What its feed entry id is made of (README: Correcting a meeting's date or group).
  it.each([
    // Written with the group's former id, and the group given a new id: the id it was published under.
    ['gug-grupp/2016-02-08', { groupId: 'gemensam-utvecklingsgrupp', slug: '2016-02-07' }],
    // No former_ids: its own id, under its group's first id, as before.
    ['gug-grupp/2016-03-07', { groupId: 'gemensam-utvecklingsgrupp', slug: '2016-03-07' }],
  ])('gives %s the id it was first published under', (id, key) => {
    expect(firstMeetingKey(model.meetingById.get(id)!, model.groups)).toEqual(key);
  });
});

describe('the id a meeting was first published under', () => {
  const groups = new Map([
    ['ug', { id: 'ug', formerIds: ['gug', 'utvecklingsgruppen'] }],
    ['samrad', { id: 'samrad', formerIds: [] }],
  ]);
  it.each([
    ['no former_ids', { groupId: 'ug', slug: '2016-02-08' }, { groupId: 'gug', slug: '2016-02-08' }],
    ['no former_ids, a group never renamed', { groupId: 'samrad', slug: '2016-02-08' }, { groupId: 'samrad', slug: '2016-02-08' }],
    ['its date corrected', { groupId: 'ug', slug: '2016-02-08', firstFormerId: { groupId: 'ug', slug: '2016-02-07' } }, { groupId: 'gug', slug: '2016-02-07' }],
    ['its group corrected', { groupId: 'ug', slug: '2016-02-08', firstFormerId: { groupId: 'samrad', slug: '2016-02-08' } }, { groupId: 'samrad', slug: '2016-02-08' }],
    ['a group no longer in the registry', { groupId: 'ug', slug: '2016-02-08', firstFormerId: { groupId: 'borta', slug: '2016-02-08-extra' } }, { groupId: 'borta', slug: '2016-02-08-extra' }],
  ])('%s', (_, meeting, key) => expect(firstMeetingKey(meeting, groups)).toEqual(key));
});

describe('pages at former addresses', () => {
  const { minutes, registry } = checked();
  const model = buildModel(minutes, registry);

  it('are one per former address, leading to the page as it is now', () => {
    expect(redirects(model).map((r) => [r.from, r.to, r.title])).toEqual([
      ['grupper/gemensam-utvecklingsgrupp/', 'grupper/gug-grupp/', 'Gemensam utvecklingsgrupp'],
      ['personer/leif-r/', 'personer/leif-redestig/', 'Leif Redestig'],
      ['projekt/fritidsbank-projekt/', 'projekt/fritidsbanken/', 'Fritidsbanken'],
      ['organisationer/sof-gamla/', 'organisationer/socialforvaltningen/', 'Socialförvaltningen'],
      ['grupper/gemensam-utvecklingsgrupp/2016-02-08/', 'grupper/gug-grupp/2016-02-08/', 'Gemensam utvecklingsgrupp 8 februari 2016'],
      ['grupper/gug-grupp/2016-02-07/', 'grupper/gug-grupp/2016-02-08/', 'Gemensam utvecklingsgrupp 8 februari 2016'],
      ['grupper/gemensam-utvecklingsgrupp/2016-02-07/', 'grupper/gug-grupp/2016-02-08/', 'Gemensam utvecklingsgrupp 8 februari 2016'],
      ['grupper/gemensam-utvecklingsgrupp/2016-03-07/', 'grupper/gug-grupp/2016-03-07/', 'Gemensam utvecklingsgrupp 7 mars 2016'],
    ]);
  });

  it('are left out for people not published in full', () => {
    const hidden = check(archive([BASE], { ...files, 'people.yml': files['people.yml'].replace('ia-jonsson:\n', 'ia-jonsson:\n  former_ids: [ia-j]\n') }));
    expect(hidden.diagnostics).toEqual([]);
    expect(redirects(buildModel(hidden.validated.minutes, hidden.validated.registry)).filter((r) => r.from.startsWith('personer/'))).toEqual([
      { from: 'personer/leif-r/', to: 'personer/leif-redestig/', title: 'Leif Redestig', kind: 'person' },
    ]);
  });

  it('send readers on under the base, with the new address as canonical (absolute with --url), escaping what they show', () => {
    const r = { from: 'grupper/gammal/', to: 'grupper/ny/', title: 'Ria & <Vänner>' };
    const page = redirectPage(r, { base: '/protokoll/', title: 'Protokoll "Ria"' });
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/protokoll/grupper/ny/">');
    expect(page).toContain('<link rel="canonical" href="/protokoll/grupper/ny/">');
    expect(page).toContain('<a href="/protokoll/grupper/ny/">Ria &amp; &lt;Vänner&gt;</a>');
    expect(page).toContain('<title>Ny adress: Ria &amp; &lt;Vänner&gt; – Protokoll &quot;Ria&quot;</title>');
    expect(redirectPage(r, { base: '/protokoll/', siteUrl: 'https://example.org/protokoll/', title: 'P' })).toContain('<link rel="canonical" href="https://example.org/protokoll/grupper/ny/">');
    // An entry's kind follows its name in the title, as on its page; a meeting's title stands alone.
    expect(redirectPage({ ...r, kind: 'grupp' }, { base: '/', title: 'Protokoll' })).toContain('<title>Ny adress: Ria &amp; &lt;Vänner&gt; (grupp) – Protokoll</title>');
  });
});

describe('feeds and calendars at former addresses', () => {
  it("are the group's feed and calendar and the project's feed, at each former id's address", () => {
    const { minutes, registry } = checked();
    const model = buildModel(minutes, registry);
    expect(formerFiles(model)).toEqual([
      { kind: 'feed', from: 'grupper/gemensam-utvecklingsgrupp/feed.xml', to: 'grupper/gug-grupp/feed.xml' },
      { kind: 'calendar', from: 'grupper/gemensam-utvecklingsgrupp/kalender.ics', to: 'grupper/gug-grupp/kalender.ics' },
      { kind: 'feed', from: 'projekt/fritidsbank-projekt/feed.xml', to: 'projekt/fritidsbanken/feed.xml' },
    ]);
    // Written beside the open data, and removed in watch mode once given up: the pages and the calendar.
    expect(formerExtraPaths(model)).toEqual([...redirects(model).map((r) => `${r.from}index.html`), 'grupper/gemensam-utvecklingsgrupp/kalender.ics']);
  });

  it("are never written over a current one: a former id that is the entry's own (only a warning) gives none", () => {
    const own = check(
      archive([BASE], {
        ...files,
        'organisations.yml': files['organisations.yml'].replace('former_ids: [gemensam-utvecklingsgrupp]', 'former_ids: [gemensam-utvecklingsgrupp, gug-grupp]').replace('former_ids: [fritidsbank-projekt]', 'former_ids: [fritidsbank-projekt, fritidsbanken]'),
      }),
    );
    expect(own.diagnostics.map((d) => d.code)).toEqual(['former-id-own', 'former-id-own']);
    const model = buildModel(own.validated.minutes, own.validated.registry);
    expect(formerFiles(model).map((f) => f.from)).toEqual(['grupper/gemensam-utvecklingsgrupp/feed.xml', 'grupper/gemensam-utvecklingsgrupp/kalender.ics', 'projekt/fritidsbank-projekt/feed.xml']);
  });
});

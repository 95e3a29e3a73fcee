// What readers cite on a meeting page keeps its anchor: each decision (#beslut-1), action (#atgard-1) and follow-up
// (#uppfoljning-…, by the action it follows up) has its own, and a heading in the minutes text that would make the
// same anchor ("## Åtgärd 1") gets another.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import { buildView, renderMeetings } from '../../src/render/view.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const FILE = 'minutes/gug/2016-02-08.md';
afterAll(cleanTemp);

describe('the anchors of a meeting page', () => {
  it('keep #atgard-N and #beslut-N for the actions and decisions, not for headings in the text that read the same', () => {
    const minutes = fs
      .readFileSync(path.join(BASE, FILE), 'utf8')
      .replace('actions:\n', 'decisions:\n  - Vi ses igen i mars.\nactions:\n')
      .replace('## Fritidsbank\n', '## Åtgärd 1\n\nText.\n\n## Beslut 1\n\nText.\n\n## Fritidsbank\n');
    const result = check(archive([BASE], { [FILE]: minutes }));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const model = buildModel(result.validated.minutes, result.validated.registry);
    const site = buildView(model, renderMeetings(model, '/'), { base: '/', title: 'Protokoll', today: '2020-01-01' });
    const page = site.pages.meetings.find((m) => m.id === 'gemensam-utvecklingsgrupp/2016-02-08')!;
    expect(page.actions.map((a) => a.anchor)).toEqual(['atgard-1']);
    expect(page.decisions.map((d) => d.anchor)).toEqual(['beslut-1']);
    const headings = page.toc.map((s) => s.anchor);
    expect(headings).toHaveLength(3);
    expect(headings).not.toContain('atgard-1');
    expect(headings).not.toContain('beslut-1');
    expect(headings).toContain('fritidsbank');
  });

  // The follow-ups of 2016-03-07, in either order: each item's anchor is its action's, wherever it stands in the list.
  const LATER = 'minutes/gug/2016-03-07.md';
  const followups = ['  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n', '  - action: gemensam-utvecklingsgrupp/2016-02-08#2\n    status: open\n'];
  it.each([
    ['in the order written', followups],
    ['reordered', [...followups].reverse()],
  ])('give each follow-up the anchor of the action it follows up, %s, which "Enligt mötet …" leads to and no heading takes', (_, items) => {
    const earlier = fs
      .readFileSync(path.join(BASE, FILE), 'utf8')
      .replace('---\n## Fritidsbank\n', '  - who: David Bergström\n    what: Boka lokal.\n---\n## Fritidsbank\n\nSe [uppföljningen](2016-03-07.md#uppfoljning-gemensam-utvecklingsgrupp-2016-02-08-2).\n');
    const later = `---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-03-07\nattendees: [Leif Redestig]\nfollowups:\n${items.join('')}---\n## Uppföljning gemensam utvecklingsgrupp 2016-02-08 1\n\nText.\n`;
    const result = check(archive([BASE], { [FILE]: earlier, [LATER]: later }));
    // The link in the earlier minutes to the follow-up's anchor is known to lead there (no unknown-anchor).
    expect(result.diagnostics).toEqual([]);
    const model = buildModel(result.validated.minutes, result.validated.registry);
    const site = buildView(model, renderMeetings(model, '/'), { base: '/', title: 'Protokoll', today: '2020-01-01' });
    const page = site.pages.meetings.find((m) => m.id === 'gemensam-utvecklingsgrupp/2016-03-07')!;
    expect(Object.fromEntries(page.followups.map((f) => [f.action.id, f.anchor]))).toEqual({
      'gemensam-utvecklingsgrupp/2016-02-08#1': 'uppfoljning-gemensam-utvecklingsgrupp-2016-02-08-1',
      'gemensam-utvecklingsgrupp/2016-02-08#2': 'uppfoljning-gemensam-utvecklingsgrupp-2016-02-08-2',
    });
    expect(page.toc.map((s) => s.anchor)).toEqual(['uppfoljning-gemensam-utvecklingsgrupp-2016-02-08-1-2']);
    const actions = site.pages.meetings.find((m) => m.id === 'gemensam-utvecklingsgrupp/2016-02-08')!.actions;
    expect(actions.map((a) => a.statusMeeting?.url)).toEqual(['/grupper/gemensam-utvecklingsgrupp/2016-03-07/#uppfoljning-gemensam-utvecklingsgrupp-2016-02-08-1', '/grupper/gemensam-utvecklingsgrupp/2016-03-07/#uppfoljning-gemensam-utvecklingsgrupp-2016-02-08-2']);
  });
});

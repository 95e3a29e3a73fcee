// buildModel given the previous model (watch mode): a save that changed only a meeting's Markdown text shares the
// previous model's objects; any other change builds it whole. Either way the model is the one built from nothing.
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

const FILE = 'minutes/gug/2016-03-07.md';
const saved = (fields: string, body = '## Lokal\n\nLeif bokar lokalen.\n') =>
  `---\ngroup: gug\ndate: 2016-03-07\nattendees: [Leif Redestig, David Bergström]\n${fields}---\n${body}`;
const BEFORE = saved('actions:\n  - who: Leif Redestig\n    what: Boka lokal.\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n');

it.each([
  ['the text edited', true, saved('actions:\n  - who: Leif Redestig\n    what: Boka lokal.\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n', '## Lokal\n\nLeif bokar lokalen i morgon.\n')],
  ['saved as it was', true, BEFORE],
  ['an attendee added', false, saved('actions:\n  - who: Leif Redestig\n    what: Boka lokal.\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n').replace('David Bergström]', 'David Bergström, Åke Malmén]')],
  ['a follow-up’s status changed', false, saved('actions:\n  - who: Leif Redestig\n    what: Boka lokal.\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: dropped\n')],
  ['an action taken away', false, saved('followups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n')],
  ['a title given', false, saved('title: Extra möte\nactions:\n  - who: Leif Redestig\n    what: Boka lokal.\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n')],
  ['a former id added', false, saved('former_ids: [gug/2016-03-06]\nactions:\n  - who: Leif Redestig\n    what: Boka lokal.\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n')],
  ['a decision added', false, saved('decisions:\n  - Lokalen bokas.\nactions:\n  - who: Leif Redestig\n    what: Boka lokal.\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n')],
  ['the date changed', false, saved('actions:\n  - who: Leif Redestig\n    what: Boka lokal.\n').replace('2016-03-07', '2016-03-08')],
])('%s: the model built from the previous one is the one built anew (shared: %s)', (_, shared, text) => {
  const first = check(archive([BASE], { [FILE]: BEFORE }));
  const second = check(archive([BASE], { [FILE]: text }));
  for (const r of [first, second]) expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const { minutes, registry } = first.validated;
  // As watch mode has them: the unchanged files' documents and the registry as they were, the saved file's anew.
  const edited = second.validated.minutes.find((d) => d.file === FILE)!;
  const now = minutes.map((d) => (d.file === FILE ? edited : d));
  const previous = buildModel(minutes, registry);
  const model = buildModel(now, registry, previous);
  expect(model).toEqual(buildModel(now, registry));
  expect(model.people === previous.people).toBe(shared);
});

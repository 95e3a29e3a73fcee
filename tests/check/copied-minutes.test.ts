// copied-minutes: last meeting's file copied with only the date changed is told; what real archives repeat is not
// (a recurring action or decision, a one-line text, the same text in another group, a group's first minutes).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const ORGANISATIONS = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8');
afterAll(cleanTemp);

const PREV = 'minutes/gug/2016-03-07.md';
const NEXT = 'minutes/gug/2016-03-21.md';
const SUMMARY = 'summary: >-\n  Fritidsbanken tar form och flera organisationer vill vara med.\n  Vi ses igen om två veckor.\n';
const DECISIONS = 'decisions:\n  - Vi bokar ett nytt möte om Fritidsbanken.\n  - Mötestiden blir 13:30.\n';
const ACTIONS = 'actions:\n  - who: Leif Redestig\n    what: Skicka ut protokollet.\n  - who: David Bergström\n    what: Boka lokal till invigningen.\n';
const TEXT = '## Fritidsbank\n\nFlera representanter träffades 2 mars och ville jobba med frågan om en fritidsbank.\n\n## Övrigt\n\nInget.\n';

/** Minutes of `group` (GUG) from `date`, with `fields` after the attendees and `text` under the front matter. */
const minutes = (date: string, fields: string, text = 'Eget.\n', group = 'GUG') => `---\ngroup: ${group}\ndate: ${date}\nattendees: [David Bergström, Leif Redestig]\n${fields}---\n${text}`;
const FULL = minutes('2016-03-07', `${SUMMARY}${DECISIONS}${ACTIONS}`, TEXT);

/** What the minutes are, and "file line:col code" of each diagnostic. */
type Row = readonly [what: string, files: Record<string, string>, expected: readonly string[]];

const rows: readonly Row[] = [
  ['the previous minutes copied, only the date changed: at the summary', { [PREV]: FULL, [NEXT]: FULL.replace('2016-03-07', '2016-03-21') }, [`${NEXT} 5:10 copied-minutes`]],
  ['only the summary the same', { [PREV]: FULL, [NEXT]: minutes('2016-03-21', SUMMARY) }, [`${NEXT} 5:10 copied-minutes`]],
  ['every decision and action the same, the summary and text new: at the first decision', { [PREV]: FULL, [NEXT]: minutes('2016-03-21', `summary: Nytt.\n${DECISIONS}${ACTIONS}`) }, [`${NEXT} 7:5 copied-minutes`]],
  ['both actions the same, no decisions: at the first action', { [PREV]: FULL, [NEXT]: minutes('2016-03-21', ACTIONS) }, [`${NEXT} 7:11 copied-minutes`]],
  ['both decisions the same, written over lines', { [PREV]: FULL, [NEXT]: minutes('2016-03-21', 'decisions:\n  - >-\n    Vi bokar ett nytt möte\n    om Fritidsbanken.\n  - Mötestiden blir 13:30.\n') }, [`${NEXT} 6:5 copied-minutes`]],
  ['only the text the same, its lines broken and ended otherwise: at its first line', { [PREV]: FULL, [NEXT]: minutes('2016-03-21', '', `\n${TEXT.replace('och ville', 'och\nville').replaceAll('\n', '\r\n')}\n\n`) }, [`${NEXT} 7:1 copied-minutes`]],
  ['a copy of the later of two meetings the day before: that one named', { [PREV]: minutes('2016-03-07', 'title: Extramöte\n', TEXT), 'minutes/gug/2016-03-07-b.md': minutes('2016-03-07', 'title: Andra mötet\n', 'Eget.\n'), [NEXT]: minutes('2016-03-21', '', TEXT) }, [`${NEXT} 6:1 copied-minutes`]],
  // What real archives repeat.
  ['one action the same, as recurring ones are', { [PREV]: FULL, [NEXT]: minutes('2016-03-21', 'actions:\n  - who: Leif Redestig\n    what: Skicka ut protokollet.\n') }, []],
  ['one decision the same', { [PREV]: FULL, [NEXT]: minutes('2016-03-21', 'decisions:\n  - Mötestiden blir 13:30.\n') }, []],
  ['one decision the same, the action new', { [PREV]: FULL, [NEXT]: minutes('2016-03-21', 'decisions:\n  - Mötestiden blir 13:30.\nactions:\n  - who: Leif Redestig\n    what: Ring Bryggan.\n') }, []],
  ['an action the same as a decision before', { [PREV]: FULL, [NEXT]: minutes('2016-03-21', 'actions:\n  - who: Leif Redestig\n    what: Mötestiden blir 13:30.\n  - who: Leif Redestig\n    what: Skicka ut protokollet.\n') }, []],
  ['a one-line text the same', { [PREV]: minutes('2016-03-07', '', 'Mötet ställdes in på grund av sjukdom.\n'), [NEXT]: minutes('2016-03-21', '', 'Mötet ställdes in på grund av sjukdom.\n') }, []],
  ['a short summary the same', { [PREV]: minutes('2016-03-07', 'summary: Mötet ställdes in.\n'), [NEXT]: minutes('2016-03-21', 'summary: Mötet ställdes in.\n') }, []],
  ['the same text as an earlier meeting than the previous one', { [PREV]: minutes('2016-03-07', '', TEXT), 'minutes/gug/2016-03-14.md': minutes('2016-03-14', ''), [NEXT]: minutes('2016-03-21', '', TEXT) }, []],
  ['the same text as another group, in that group\'s first minutes', { 'organisations.yml': ORGANISATIONS.replace('groups:\n', 'groups:\n  styrgruppen:\n    name: Styrgruppen\n'), [PREV]: FULL, 'minutes/styrgruppen/2016-03-21.md': FULL.replace('2016-03-07', '2016-03-21').replace('GUG', 'Styrgruppen') }, []],
  ['the group\'s first minutes, the next the same as the base\'s, but earlier', { 'minutes/gug/2016-01-11.md': minutes('2016-01-11', SUMMARY, TEXT), [NEXT]: minutes('2016-03-21', '', 'Eget.\n') }, []],
];

describe('copied-minutes', () => {
  it.each(rows)('%s', (_what, files, expected) => {
    const result = check(archive([BASE], files));
    expect(result.diagnostics.filter((d) => d.code !== 'secretary-not-present').map((d) => `${d.file} ${d.line}:${d.col} ${d.code}`)).toEqual(expected);
  });

  it('names the previous minutes, and says to follow an action up instead of writing it again', () => {
    const [d] = check(archive([BASE], { [PREV]: FULL, [NEXT]: minutes('2016-03-21', ACTIONS) })).diagnostics;
    expect(d!.message).toBe(`Protokollet ser ut att vara en kopia av gruppens förra protokoll, ${PREV}, som inte har skrivits om: alla åtgärder står där redan.`);
    expect(d!.hint).toBe('Skriv det här mötets egna anteckningar i stället för förra mötets. En åtgärd som inte är klar än skrivs inte in igen under actions, där den blir en ny öppen åtgärd, utan följs upp under followups med koden den har på förra mötets sida: "  - action: gemensam-utvecklingsgrupp/2016-03-07#1" och under den "    status: open"');
  });

  // Two files fresh from the template share its text, which placeholder-text tells already: said once, by it.
  it('leaves two files fresh from minutes new to placeholder-text', async () => {
    const root = archive([BASE]);
    const io = { stdout: () => {}, stderr: () => {}, env: {}, cwd: root };
    for (const date of ['2016-03-07', '2016-03-21']) expect(await runCli(['new', '--group', 'gug', '--date', date], io)).toBe(0);
    expect(check(root).diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['minutes/gug/2016-03-07.md placeholder-text', 'minutes/gug/2016-03-21.md placeholder-text']);
  });
});

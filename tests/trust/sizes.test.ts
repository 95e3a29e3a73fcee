// Inputs far larger than real minutes (a whole text of one thing, pasted or generated) go through check, build and
// import like any other: no internal error, and time in proportion to their size. Each row is a case that once
// failed: it crashed, or took minutes. Sizes are chosen so the old code failed clearly and the new one is quick.
import { describe, expect, it } from 'vitest';
import { checkLoaded } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import type { SourceFile } from '../../src/load/source.js';
import { registryFrom } from '../import/helpers.js';
import { splitLines } from '../../src/import/lines.js';
import { buildSections } from '../../src/import/body.js';
import { findAttendance } from '../../src/import/attendance.js';
import { Resolver } from '../../src/import/names.js';
import { weekdayMentions } from '../../src/import/dates.js';
import { numberedHeadings } from '../../src/import/agenda.js';
import { renderBody } from '../../src/render/markdown.js';
import { publicIds } from '../../src/model/privacy.js';
import { htmlToMarkdown } from '../../src/import/docx.js';

/** One minutes file (front matter fields after group, date and attendees; then the text) checked in memory. */
function checkMinutes(fields: string, body: string) {
  const text = `---\ngroup: Styrgruppen\ndate: 2016-03-07\nattendees: [Leif Redestig]\n${fields}---\n${body}`;
  const source = (path: string, t: string): SourceFile => ({ path, absPath: `/sizes/${path}`, text: t });
  return checkLoaded({
    root: '/sizes',
    minutes: [source('minutes/styrgruppen/2016-03-07.md', text)],
    people: source('people.yml', 'leif-redestig:\n  name: Leif Redestig\ndavid-bergstrom:\n  name: David Bergström\n'),
    organisations: source('organisations.yml', 'groups:\n  styrgruppen:\n    name: Styrgruppen\n'),
    findings: [],
  });
}

const count = (codes: readonly { code: string }[], code: string) => codes.filter((d) => d.code === code).length;

// 200,000 of one thing: past the number of arguments one call can take (`list.push(...items)` overflowed the stack).
const MANY = 200_000;

describe('hundreds of thousands of one thing', () => {
  it.each([
    ['check: invisible characters in the text', () => count(checkMinutes('', `## Punkt\n\n${'a\u200B'.repeat(MANY)}\n`).diagnostics, 'invisible-character'), MANY],
    ['build: decisions of one meeting', () => {
      const c = checkMinutes(`decisions:\n${'  - Beslut.\n'.repeat(MANY)}`, '## Punkt\n\nText.\n');
      return buildModel(c.validated.minutes, c.validated.registry).meetings[0]!.decisions.length;
    }, MANY],
    ['import: Markdown headings', () => buildSections(splitLines('## Punkt\n'.repeat(MANY)), new Set(), true).length, MANY],
    ['import: names under "Närvarande"', () => findAttendance(splitLines(`Närvarande:\n${'Leif Redestig\n'.repeat(MANY)}`), new Set(), new Resolver(registryFrom())).consumed.length, MANY + 1],
    // Each line under a name is looked at with the one after it ("kom 13.30" is a remark only where names go on or the list ends).
    ['import: names under "Närvarande", each with a remark line under it', () => findAttendance(splitLines(`Närvarande:\n${'Leif Redestig\nkom 13.30\n'.repeat(MANY)}`), new Set(), new Resolver(registryFrom())).consumed.length, 2 * MANY + 1],
    // A remark without brackets is judged with those right under it, by what follows them all: looked past only as
    // far as remarks may join one name's line.
    ['import: names under "Närvarande", each with two remark lines under it', () => findAttendance(splitLines(`Närvarande:\n${'Leif Redestig\nkom 13.30\ngick 15.00\n'.repeat(MANY / 2)}`), new Set(), new Resolver(registryFrom())).consumed.length, (3 * MANY) / 2 + 1],
    // An unregistered name written again is asked about once, not once for each time.
    ['import: an unregistered name under "Närvarande"', () => findAttendance(splitLines(`Närvarande:\n${'Okänd Persson\n'.repeat(MANY)}`), new Set(), new Resolver(registryFrom())).notes.length, 1],
  ])('%s', (_, run, expected) => {
    expect(run()).toBe(expected);
  });
});

/** Far more than the new code needs for any row below, and far less than the old code took (each row says). */
const LIMIT_MS = 5_000;

describe('time in proportion to size', () => {
  it.each([
    // 33 s before: each line joined to its paragraph copied the paragraph so far.
    ['import: a paragraph of 200,000 short lines', () => (buildSections(splitLines('x\n'.repeat(MANY)), new Set(), false)[0]!.blocks[0] as { text: string }).text.length, 2 * MANY - 1],
    // 78 s for 40,000 before (413 s at 80,000): each numbered line was looked for among all the numbered lines of its
    // kind, for being indented further than they and for the one it goes on from, and again among those of the agenda.
    ['import: 40,000 numbered lines counting 1 to 50 again and again, each with text under it, every seventh with spaces before it', () => numberedHeadings(splitLines(Array.from({ length: 40_000 }, (_, i) => `${i % 7 === 6 ? '   ' : ''}${(i % 50) + 1}. Punkt ${i + 1}\nText under punkten.\n`).join('\n')), (l) => l !== undefined).size, 50],
    // Over 60 s for 20,000 as first written (never committed): each remark in brackets under a name was read again
    // with the name's line and every remark before it.
    ['import: 200,000 remarks in brackets under one name', () => findAttendance(splitLines(`Närvarande:\nLeif Redestig, Bryggan\n${'(a)\n'.repeat(MANY)}`), new Set(), new Resolver(registryFrom())).attendance.present.length, 1],
    // Remarks without brackets under a name are looked past to what follows them, but no further than they may join its line.
    ['import: 200,000 remarks without brackets under one name, then text', () => findAttendance(splitLines(`Närvarande:\nLeif Redestig, Bryggan\n${'kom 13.30\n'.repeat(MANY)}Vi började.\n`), new Set(), new Resolver(registryFrom())).attendance.present.length, 1],
    // 20 s before (a 5 KB text): every split of the spaces between "\s*" and "\s*" around a missing "kl" was tried, from every space.
    ['import: a weekday and a date 5,000 spaces apart', () => weekdayMentions(`Torsdag${' '.repeat(5_000)}19 november`).length, 1],
    // 23 s before: the same, once, after the date.
    ['import: a date followed by 200,000 spaces', () => weekdayMentions(`torsdag 19 november${' '.repeat(MANY)}.`)[0]?.text, 'torsdag 19 november'],
    // 7 s before at 80,000 spaces, four times that here: an unknown attendee was tried as "name (what they came
    // as)" and as list items run together ("A - B") from every space of the run.
    ['check: an unknown attendee of 160,000 spaces between two words', () => count(checkMinutes(`absent:\n  - "Xyzw${' '.repeat(160_000)}x"\n`, '## Punkt\n\nText.\n').diagnostics, 'unknown-person'), 1],
    // 10 s before: for each level the parser said the colons open (some 900, until its stack ran out), the slips
    // read the front matter up to the line again, with patterns anchored at the end of the line of 1,000,000 characters.
    ['check: a line of 1,000,000 characters with a colon every few', () => count(checkMinutes(`title: ${'a: '.repeat(333_333)}a\n`, '## Punkt\n\nText.\n').diagnostics, 'yaml-syntax'), 2],
    // 13 s before: each repeated key's name was searched for up to a colon, to the end of the line.
    ['check: 40,000 repeated keys without values in braces', () => count(checkMinutes(`title: {${'a, '.repeat(40_000)}a}\n`, '## Punkt\n\nText.\n').diagnostics, 'yaml-duplicate-key'), 40_000],
    // 144 s for 20,000 as first written (never committed): each name of a block of text was placed at its own line
    // by reading the whole block again.
    ['check: 40,000 unknown names one per line in a block of text', () => count(checkMinutes(`absent: |\n${Array.from({ length: 40_000 }, (_, i) => `  Okänd Person${i}\n`).join('')}`, '## Punkt\n\nText.\n').diagnostics, 'unknown-person'), 40_000],
    // 48 s as first written (never committed): each name was looked at as the last of a sentence, its full stop to
    // drop, by reading the whole block again.
    ['check: 40,000 unknown names, each with a full stop, one per line in a block of text', () => count(checkMinutes(`absent: |\n${Array.from({ length: 40_000 }, (_, i) => `  Okänd Person${i}.\n`).join('')}`, '## Punkt\n\nText.\n').diagnostics, 'unknown-person'), 40_000],
    // 7 s before (50 s at 20,000): for each comma the parser reported, the slips read the whole list again for an
    // item at it; now the commas in a row are found first, each pair once.
    ['check: 10,000 pairs of commas in a row in brackets, on one line', () => count(checkMinutes(`title: [a${',,a'.repeat(10_000)}]\n`, '## Punkt\n\nText.\n').diagnostics, 'yaml-syntax'), 10_000],
    // 10 s before (19 s at 100,000): for each comma the parser reported, the line it stands on was searched back to its
    // start, twice (for a tab in its indentation, and for the fields off the errors' lines).
    ['check: 80,000 pairs of commas in a row in brackets, on one line', () => count(checkMinutes(`title: [a${',,a'.repeat(80_000)}]\n`, '## Punkt\n\nText.\n').diagnostics, 'yaml-syntax'), 80_000],
    // Every line indented with a tab is said, found in one pass over the lines (the parser, misled by the first, says
    // nothing of the others); and, once, read again with two spaces a tab for the lines to write.
    ['check: a block of text of 100,000 lines indented with tabs', () => count(checkMinutes(`summary: |\n${'\tFritidsbanken tar form.\n'.repeat(100_000)}`, '## Punkt\n\nText.\n').diagnostics, 'yaml-syntax'), 100_000],
    // A blank line with a tab is said only in a block of text: where the blocks are is read once, not for each line.
    ['check: a block of text of 50,000 lines indented with tabs, a blank line with a tab after each', () => count(checkMinutes(`summary: |\n${'\tFritidsbanken tar form.\n\t\n'.repeat(25_000)}`, '## Punkt\n\nText.\n').diagnostics, 'yaml-syntax'), 50_000],
    // 12 s before: the same, for each of the commas before the first value, said once.
    ['check: 200,000 commas before the first value in brackets, on the line below the [', () => count(checkMinutes(`title: [\n  ${','.repeat(MANY)}a]\n`, '## Punkt\n\nText.\n').diagnostics, 'yaml-syntax'), 1],
    // 25 s before (6 s at 100,000): for each "}" the parser reported, the slips read its line again, from its start
    // (the line's shape, and a list in brackets on it); now what the line's shape says is found once for the line.
    ['check: 200,000 "}" on one line', () => count(checkMinutes(`title: ${'} '.repeat(MANY)}\n`, '## Punkt\n\nText.\n').diagnostics, 'yaml-syntax'), 1],
    // 14 s before: each of the parser's errors at the &s, all of one slip, copied the list of those before it.
    ['check: 50,000 anchors on one line', () => count(checkMinutes(`title: ${'&a '.repeat(50_000)}\n`, '## Punkt\n\nText.\n').diagnostics, 'yaml-syntax'), 1],
    // 19 s before: for each item, its list was read again from its line's start, the item looked for among all of its
    // items, and the line around it joined and trimmed for its hint.
    ['check: 10,000 items starting with @ in brackets, on one line', () => count(checkMinutes(`guests: [Anna${', @a'.repeat(10_000)}]\n`, '## Punkt\n\nText.\n').diagnostics, 'yaml-syntax'), 10_000],
    // 26 s before: for each "}" in the one item, the item was read again (its line breaks made blanks).
    ['check: 20,000 "}" in one item in brackets', () => count(checkMinutes(`guests: [Anna${' }'.repeat(20_000)}]\n`, '## Punkt\n\nText.\n').diagnostics, 'yaml-syntax'), 2],
    // 17 s before: for each missing comma, the line up to it was matched for a quote it opens and never closes.
    ['check: 10,000 items of a quoted word and a word, in brackets on one line', () => count(checkMinutes(`guests: [Anna${', "a" b'.repeat(10_000)}]\n`, '## Punkt\n\nText.\n').diagnostics, 'yaml-syntax'), 1],
    // Each value of a list in brackets told as "Leif Redestig (sjuk)" or "Leif Redestig och …" gives the list's line to
    // write: made once for the list (made for each value as first written, never committed, it took the square of them).
    ['check: 20,000 reasons in brackets in a list in brackets', () => count(checkMinutes(`absent: [${'Leif Redestig (sjuk), '.repeat(20_000)}Leif]\n`, '## Punkt\n\nText.\n').diagnostics, 'unknown-person'), 20_001],
    ['check: 20,000 people joined by "och" in a list in brackets', () => count(checkMinutes(`absent: [${'Leif Redestig och David Bergström, '.repeat(20_000)}Leif Redestig]\n`, '## Punkt\n\nText.\n').diagnostics, 'people-on-one-line'), 20_000],
    // Lines that start with dashes are looked at once each, for the one meant as the --- after the fields.
    ['check: 200,000 lines starting with two dashes, never closed', () => count(checkLoaded({ root: '/sizes', minutes: [{ path: 'minutes/a/2016-03-07.md', absPath: '/sizes/a.md', text: `---\n${'--a\n'.repeat(MANY)}` }], findings: [] }).diagnostics, 'front-matter-unclosed'), 1],
    // Blanks before the opening --- are read once (a pattern of blank lines then spaces, as first written, never
    // committed, tried every split of them: 3 s at 50,000 spaces).
    ['check: 200,000 spaces and a word at the top of a file', () => count(checkLoaded({ root: '/sizes', minutes: [{ path: 'minutes/a/2016-03-07.md', absPath: '/sizes/a.md', text: `${' '.repeat(MANY)}x\n` }], findings: [] }).diagnostics, 'front-matter-missing'), 1],
    // 26 s before: at each of Word's runs the paragraph so far was matched for a line's start and copied, and each
    // run's bold or italics was written by cutting the paragraph so far apart and joining it again.
    ['import: a Word paragraph of 20,000 runs in bold, italics and links', () => htmlToMarkdown(`<p>${'<strong>Plats:</strong>Stadshuset <em>kursiv</em> och <a href="https://x.se/">länk</a>, <b>fet</b> '.repeat(5_000)}</p>`).split('**Plats**:Stadshuset').length - 1, 5_000],
    // 14 s before: at each text of a Word table's row, its cells so far were read for one with text (a line's start
    // is only in the first cell with text); cells holding a space have none.
    // The converter writes a row as one line of marked cells (docx-table.ts), read as the text of its cells with text.
    ["import: a Word table's row of 200,000 cells holding a space, then one with text", () => splitLines(htmlToMarkdown(`<table><tr>${'<td><p> </p></td>'.repeat(MANY)}<td><p>Ria</p></td></tr></table>`)).map((l) => l.text).join('\n').trim(), 'Ria'],
    // 22 s before: each paragraph of a Word table's cell was joined to the cell's text so far, which was copied.
    ["import: a Word table's cell of 100,000 paragraphs", () => htmlToMarkdown(`<table><tr><td>${'<p>Ria</p>'.repeat(100_000)}</td></tr></table>`).split('Ria').length - 1, 100_000],
    // Bold around a link before a letter is split at the link, the link's text bold inside it; each split moves a few
    // of the paragraph's tokens (inserting the new runs, as first written, never committed, took 128 s at 50,000).
    ['import: a Word paragraph of 20,000 bold links, each with bold text before it and a letter after it', () => htmlToMarkdown(`<p>${'Se <strong>Läs <a href="https://x.se/">länken</a></strong>nu '.repeat(20_000)}</p>`).split('**Läs** [**länken**](https://x.se/)nu').length - 1, 20_000],
    // 12 s before: each heading's anchor was numbered by trying "rubrik-2", "rubrik-3" … from 2 again.
    ['build: 20,000 headings of one name', () => renderBody('## Rubrik\n\n'.repeat(20_000)).sections[19_999]?.anchor, 'rubrik-20000'],
    // 23 s before: the same for the page addresses of people published by initials.
    ['build: 20,000 people published by the same initials', () => new Set(publicIds(Array.from({ length: 20_000 }, (_, i) => ({ id: `p${i}`, name: 'Anna Andersson', publish: 'initials' as const }))).values()).size, 20_000],
  ])('%s', (_, run, expected) => {
    const start = performance.now();
    expect(run()).toBe(expected);
    expect(performance.now() - start).toBeLessThan(LIMIT_MS);
  });
});

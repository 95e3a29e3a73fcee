// Text saved from a PDF: lines hard-wrapped to the page's width, words broken by a hyphen at a line's end. A hyphen is
// taken out where the word whole is known (written so elsewhere in the text, or a registered name), and kept elsewhere.
import { describe, expect, it } from 'vitest';
import { draftOf, missingWords, split, type DraftOptions } from './helpers.js';

const HEAD = 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\nPunkt\n\n';

interface Case extends DraftOptions {
  readonly name: string;
  /** The source's text under its title and attendance. */
  readonly text: string;
  /** The draft's body, exactly. */
  readonly body: string;
  /** Comment lines the front matter must have. */
  readonly notes?: readonly RegExp[];
}

const CASES: readonly Case[] = [
  { name: 'a registered name broken at a line end', text: 'Vi pratade om Fritids-\nbanken och lokalen.\n', body: '## Punkt\n\nVi pratade om Fritidsbanken och lokalen.\n' },
  { name: "a registered name's alias broken at a line end", text: 'Hyllorna till Fritids-\nbank i Drottninghög är klara.\n', body: '## Punkt\n\nHyllorna till Fritidsbank i Drottninghög är klara.\n' },
  {
    name: 'a word written whole elsewhere in the text',
    text: 'Vi har fått svar från fastighets-\nkontoret om lokalen.\n\nFastighetskontoret hör av sig i april.\n',
    body: '## Punkt\n\nVi har fått svar från fastighetskontoret om lokalen.\n\nFastighetskontoret hör av sig i april.\n',
  },
  { name: "a list item's word broken at a line end", text: '- Leif ringer Fritids-\nbanken om hyllorna.\n- Kassan är klar.\n', body: '## Punkt\n\n- Leif ringer Fritidsbanken om hyllorna.\n- Kassan är klar.\n' },
  { name: 'a broken word across a blank line, as a page break leaves it', text: 'Vi pratade om Fritids-\n\nbanken och lokalen.\n', body: '## Punkt\n\nVi pratade om Fritidsbanken och lokalen.\n' },
  { name: 'a broken word in a .md file', markdown: true, text: 'Vi pratade om Fritids-\nbanken och lokalen.\n', body: '## Punkt\n\nVi pratade om Fritidsbanken och lokalen.\n' },
  // Page numbers between the pages, a form feed after them, as a PDF's text has them: no part of the minutes' text.
  {
    name: 'a page number between paragraphs',
    text: 'Första sidan.\n\nSida 1 av 2\n\fAndra sidan.\n\nSida 2 av 2\n',
    body: '## Punkt\n\nFörsta sidan.\n\nAndra sidan.\n',
    notes: [/Sidnummer i källan, som inte står med i texten: "Sida 1 av 2", "Sida 2 av 2"\./],
  },
  { name: 'a sentence going on over a page break', text: 'Vi diskuterade frågan om\n\nSida 1 av 2\n\flokalen och hyllorna.\n', body: '## Punkt\n\nVi diskuterade frågan om lokalen och hyllorna.\n' },
  { name: 'a page number written "2 (3)"', text: 'Ett.\n\n2 (3)\n\nTvå.\n', body: '## Punkt\n\nEtt.\n\nTvå.\n', notes: [/"2 \(3\)"/] },
  { name: 'a page number between dashes', text: 'Ett.\n\n- 2 -\n\nTvå.\n', body: '## Punkt\n\nEtt.\n\nTvå.\n', notes: [/"- 2 -"/] },
  {
    name: 'page numbers right under lines, each quoted',
    text: 'Ett.\nSida 1\nTvå.\nSida 2\nTre.\nSida 3\nFyra.\nSida 4\n',
    body: '## Punkt\n\nEtt.\n\nTvå.\n\nTre.\n\nFyra.\n',
    notes: [/"Sida 1", "Sida 2", "Sida 3", "Sida 4"\./],
  },
];

/** Letters and digits of a text, a hyphen between letters (kept or taken out at a line's end) being no part of them. */
const unbroken = (text: string): string => text.replace(/(\p{L})-\n*(?=\p{Ll})/gu, '$1');

describe('text saved from a PDF', () => {
  it.each(CASES)('$name', ({ text, body, notes, name: _name, ...options }) => {
    const source = HEAD + text;
    const { rendered } = draftOf(source, options);
    const draft = split(rendered);
    expect(draft.body).toBe(body);
    for (const n of notes ?? []) expect(draft.comments).toMatch(n);
    // No letter of the source is lost: the words are the source's, a word broken at a line's end read whole.
    expect(missingWords(unbroken(source), unbroken(rendered))).toEqual([]);
  });
});

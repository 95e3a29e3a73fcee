// The --- that opens a minutes file's fields, not on its first line: left out above fields whose closing --- is there,
// or below blank lines or after spaces. Said so, with only what is missing or too much, since "start the file with
// ---, then the fields, then another ---" followed to the letter adds a second closing ---, which the page shows as a
// line across the text.
import { atStart, type Finding } from '../diagnostics.js';
import { bodyStart, FIELD } from './body-start.js';

/** A line of just ---, as the fields' closing line is written. */
const DASHES = /^---[ \t]*\r?$/m;
/** A line of just --- at the start of a text. */
const OPENING = /^---[ \t]*\r?(?=\n|$)/;
/** Blank lines and spaces at the top of the file (read once: a pattern of blanks then spaces tries every split of them). */
const LEADING = /^\s*/;
/** The first line with something on it other than a comment. */
const FIRST_CONTENT = /^(?![ \t]*(?:#|\r?$)).+$/m;

/** What is said, and for fields whose opening --- is left out, where they end and the text begins. */
export interface Opening {
  readonly finding: Finding;
  /** The fields left without their opening --- (from the file's start) and the offset of the text below their closing ---. */
  readonly fields?: { readonly end: number; readonly bodyOffset: number };
}

/** The opening --- not first in `text` (whose first line is no --- nor a line of dashes), or undefined. */
export function openingNotFirst(file: string, text: string): Opening | undefined {
  const lead = LEADING.exec(text)![0];
  const dashes = lead === '' ? undefined : OPENING.exec(text.slice(lead.length));
  if (dashes && FIELD.test(FIRST_CONTENT.exec(text.slice(lead.length + dashes[0].length))?.[0] ?? '')) {
    const blank = lead.split('\n').length - 1;
    const spaces = lead.slice(lead.lastIndexOf('\n') + 1) !== '';
    const what = [blank === 0 ? '' : blank === 1 ? 'en tom rad' : `${blank === 2 ? 'två' : blank} tomma rader`, spaces ? 'mellanslag' : ''].filter(Boolean).join(' och ');
    return { finding: { file, where: atStart, code: 'front-matter-missing', message: `Filen börjar inte med raden --- före fälten: det står ${what} före den.`, hint: 'Ta bort det som står före ---, så att filen börjar med ---.' } };
  }
  const close = DASHES.exec(text);
  if (!close) return undefined;
  const first = FIRST_CONTENT.exec(text.slice(0, close.index));
  // Fields from the top down to the ---, with no line of text among them (a --- below text is a line across it).
  if (!first || !FIELD.test(first[0]) || bodyStart(text, first.index, close.index) !== undefined) return undefined;
  const closeEnd = text.indexOf('\n', close.index);
  const line = text.slice(0, close.index).split('\n').length;
  return {
    finding: { file, where: atStart, code: 'front-matter-missing', message: 'Raden --- före fälten överst i filen saknas.', hint: `Lägg till en rad med bara --- först i filen, ovanför fälten (raden --- efter dem, på rad ${line}, finns redan).` },
    fields: { end: close.index, bodyOffset: closeEnd === -1 ? text.length : closeEnd + 1 },
  };
}

// What may be published about a person: their name, their initials, or only who they represent.
import { foldAccents, foldCase, slugify } from '../util/fold.js';
import { PhraseMatcher } from '../util/phrases.js';
import type { Publish, ShownAs } from './types.js';
import { UniqueIds } from '../util/unique-ids.js';

/** "Leif Redestig" -> "L. R.", "Nils-Erik Lund" -> "N.-E. L." */
export function initials(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .filter((p) => p !== '')
        .map((p) => `${[...p][0]!.toLocaleUpperCase('sv')}.`)
        .join('-'),
    )
    .join(' ');
}

export interface DisplayInput {
  readonly name: string;
  readonly publish: Publish;
  readonly organisationName?: string;
  readonly role?: string;
}

/** The text shown for a person everywhere on the site. */
export function displayName(p: DisplayInput): string {
  switch (p.publish) {
    case 'full':
      return p.name;
    case 'initials':
      return initials(p.name);
    case 'hidden':
      if (p.organisationName) return `en representant för ${p.organisationName}`;
      if (p.role) return `en ${p.role}`;
      return 'en deltagare';
  }
}

/**
 * Public ids: the registry id for people shown in full; a neutral id made from the initials for people shown by
 * initials; none for hidden people. People with the same initials are numbered ("anonym-l-r", "anonym-l-r-2") in
 * the order of the first meeting they were at (`since`), then by id: someone added to the registry later, who
 * comes to later meetings, takes the next number, and a page address stays with its person.
 */
export function publicIds(people: readonly { id: string; name: string; publish: Publish; since?: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  const ids = new UniqueIds(new Set(people.filter((p) => p.publish === 'full').map((p) => p.id)));
  for (const p of people) if (p.publish === 'full') out.set(p.id, p.id);
  const order = (p: { id: string; since?: string }) => `${p.since ?? '\uffff'}\u0000${p.id}`;
  const rest = people.filter((p) => p.publish === 'initials').sort((a, b) => (order(a) < order(b) ? -1 : 1));
  for (const p of rest) {
    out.set(p.id, ids.take(`anonym-${slugify(initials(p.name)) || 'x'}`));
  }
  return out;
}

export interface PrivatePerson {
  readonly id: string;
  readonly names: readonly string[];
  readonly display: string;
}

/** What `shownAs` (a meeting's, see Meeting.shownAs) gives for the person `id`, if anything. */
export const shownIn = (shownAs: ShownAs | undefined, id: string): string | undefined => (shownAs !== undefined && Object.hasOwn(shownAs, id) ? shownAs[id] : undefined);

/** What `shownAs` gives for someone, else their usual display. */
const shownFor = (p: PrivatePerson, shownAs: ShownAs | undefined): string => shownIn(shownAs, p.id) ?? p.display;

/** Whether a sentence (or a Markdown heading, list item or quote) starts at `at`. */
function sentenceStart(text: string, at: number): boolean {
  // Emphasis opened just before the name ("**Leif Redestig** föreslog") does not start the sentence itself.
  const before = text.slice(Math.max(0, at - 24), at).replace(/[*_~`]+$/, '');
  const lineStart = /(?:^|\n)[ \t]*(?:[#>*+-]+[ \t]+|\d+[.)][ \t]+)?$/;
  if (/[.!?]\s+$/.test(before)) return true;
  return lineStart.test(before) && (before.includes('\n') || at <= 24);
}

/**
 * A hidden guest written with their organisation ("Per Norbeck, Bryggan") reads "en representant för Bryggan,
 * Bryggan" once the name is hidden: the organisation is said once.
 */
export function withoutRepeatedOrganisation(shown: string): string {
  return shown.replace(/^(en representant för (.+?)),\s*\2$/iu, '$1');
}

/**
 * A link's text closed and its destination or reference closed after it ("](#)", "][]"), or the next link's text
 * opened ("] ["). Not a destination the name runs into ("[Ia](Jonsson)"), which rendering would not see to hide.
 */
const LINK_BETWEEN = /\](?:\([^()]*\)|\[[^\]]*\]|\s*\[)/;

/** Markdown's inline markup: runs of its characters, a link's brackets among them. */
const MARKUP = /[*_~`[\]]+/g;

/**
 * The markup written between the words of a name, split into what opens emphasis (a run before a word, not after
 * one: "Leif **Redestig**") and the rest, which closes it ("**Leif** Redestig") or stands for itself. Emphasis
 * closed and opened again the same way ("**Leif** **Redestig**", "[Leif] [Redestig]") is one around what is shown:
 * both go.
 */
function markupIn(span: string): { opening: string; closing: string } {
  const opening: string[] = [];
  const closing: string[] = [];
  let closedLast = false;
  for (const run of span.matchAll(MARKUP)) {
    const end = run.index + run[0].length;
    const opens = /[\p{L}\p{N}]/u.test(span.charAt(end)) && !/[\p{L}\p{N}]/u.test(span.charAt(run.index - 1));
    if (opens && closedLast && reopens(closing[closing.length - 1], run[0])) closing.pop();
    else (opens ? opening : closing).push(run[0]);
    closedLast = !opens;
  }
  return { opening: opening.join(''), closing: closing.join('') };
}

/** Whether markup that opens is the same as the markup that closed just before it ("**", "_*" then "*_", "]" then "["). */
const reopens = (closed: string | undefined, run: string): boolean => closed !== undefined && [...closed].reverse().join('').replace(/]/g, '[') === run;

/** A name as its words, folded: "Åke** Malmén", "ake-malmen" and "\u00C5\u00ADke Malmén" all read "ake malmen". */
const words = (s: string): string => foldAccents(s.replace(/\u00AD/g, '').replace(/[^\p{L}\p{N}]+/gu, ' '));

/**
 * A name and how it is written without its å, ä, ö or é, as in a web address or a page's anchor ("Åke Malmén",
 * "ake malmen", which reads "ake-malmen" too); not for a short name in capitals, an acronym that matches only so.
 */
export function spellings(name: string): string[] {
  const plain = foldAccents(name);
  return plain === foldCase(name) || (name.length <= 4 && name === name.toUpperCase()) ? [name] : [name, plain];
}

/** Whether `offset` lies in a web address (a bare one, or a link's destination). */
function inAddress(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 300), offset);
  const word = before.slice(before.search(/[^\s<(]*$/));
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)/i.test(word);
}

/** Finds and hides the names and aliases of people who must not be named. */
export class NameHider {
  private readonly matcher: PhraseMatcher<PrivatePerson>;

  constructor(people: readonly PrivatePerson[]) {
    this.matcher = new PhraseMatcher(people.flatMap((p) => p.names.flatMap(spellings).map((phrase) => ({ phrase, value: p }))));
  }

  get empty(): boolean {
    return this.matcher.empty;
  }

  find(text: string) {
    return this.matcher.findAll(text);
  }

  /** Replaces every name with what may be shown (`shownAs`, else their display), capitalised where a sentence starts. */
  hide(text: string, shownAs?: ShownAs): string {
    return this.replaced(text, this.replacements(text, shownAs));
  }

  /**
   * Hides the names in Markdown source, but for a name a link's brackets run through ("[Ia](#) Jonsson",
   * "[Ia] [Jonsson]" with references): put in place of it, what is shown would take the link apart ("[I. J.]").
   * Rendering hides those in the link's text and the text around it (hideAcross).
   */
  hideInSource(source: string, shownAs?: ShownAs): string {
    return this.replaced(source, this.replacements(source, shownAs).filter((r) => !LINK_BETWEEN.test(source.slice(r.start, r.end))));
  }

  private replaced(text: string, replacements: readonly { start: number; end: number; shown: string }[]): string {
    let out = '';
    let at = 0;
    for (const r of replacements) {
      out += text.slice(at, r.start) + r.shown;
      at = r.end;
    }
    return out + text.slice(at);
  }

  /**
   * Hides the names in pieces of text read one after the other, also a name split between pieces that hide() sees
   * apart (a link's text and the text after it: "[Ia](…) Jonsson"). What is shown goes into the first piece of the
   * name that `holds` (else its first piece), and the rest of the name is taken out of the others.
   */
  hideAcross(pieces: readonly string[], holds: (piece: number) => boolean = () => false, shownAs?: ShownAs): string[] {
    const out = [...pieces];
    const starts: number[] = [];
    let length = 0;
    for (const p of pieces) {
      starts.push(length);
      length += p.length;
    }
    const pieceAt = (offset: number) => pieces.findIndex((p, i) => offset >= starts[i]! && offset < starts[i]! + p.length);
    // From the last name back, so that the offsets of those before it still hold.
    for (const r of this.replacements(pieces.join(''), shownAs).reverse()) {
      const first = pieceAt(r.start);
      const last = pieceAt(r.end - 1);
      let holder = first;
      for (let i = first; i <= last; i++) if (holds(i)) { holder = i; break; }
      for (let i = last; i >= first; i--) {
        const from = Math.max(r.start - starts[i]!, 0);
        const to = Math.min(r.end - starts[i]!, pieces[i]!.length);
        out[i] = out[i]!.slice(0, from) + (i === holder ? r.shown : '') + out[i]!.slice(to);
      }
    }
    return out;
  }

  /** Where the names in `text` are, and what is shown in place of each. */
  private replacements(text: string, shownAs: ShownAs | undefined): { start: number; end: number; shown: string }[] {
    if (this.matcher.empty) return [];
    return this.matcher.findAll(text).map((m) => {
      const span = text.slice(m.start, m.end);
      const display = shownFor(m.value, shownAs);
      let shown = sentenceStart(text, m.start) ? display.charAt(0).toLocaleUpperCase('sv') + display.slice(1) : display;
      // "Lisa Rönnqvists rapport" -> "L. R:s rapport", "en representant för Bryggans".
      const matched = words(span);
      if (!m.value.names.some((n) => words(n) === matched)) shown = shown.endsWith('.') ? `${shown.slice(0, -1)}:s` : /\p{Lu}$/u.test(shown) ? `${shown}:s` : `${shown}s`;
      if (inAddress(text, m.start)) {
        // In a web address the name must go too, but without spaces or dots that would end the address.
        shown = shown.replace(/[^\p{L}\p{N}]+/gu, '');
      } else if (shown.endsWith('.') && text.slice(m.end).replace(/^[*_~`]+/, '').startsWith('.')) {
        // "… Leif Redestig." -> "… L. R." rather than "L. R..".
        shown = shown.slice(0, -1);
      }
      // Markup between the words is kept, so that emphasis still opens and closes around what is shown: markup that
      // closes ("**Leif** Redestig") after it, markup that opens ("Leif **Redestig**") before it.
      const { opening, closing } = markupIn(span);
      return { start: m.start, end: m.end, shown: opening + shown + closing };
    });
  }
}

// Minutes that are the group's previous minutes copied and left unedited, but for the date: their summary, decisions,
// actions and text would be published again as this meeting's, the old actions as new open ones.
import { atValue, type Where } from '../../diagnostics.js';
import type { ArchiveRule } from '../context.js';
import type { MinutesDoc } from '../documents.js';
import { keyedMinutes, type KeyedMinutes } from '../meetings.js';
import { actionId } from '../../model/ids.js';
import { placeholderFindings } from './placeholder.js';

/**
 * Fewer words than this in a text the same as before is no copy: a one-line text such as "Mötet ställdes in på
 * grund av sjukdom." may well be written again; a meeting's own notes, or its two or three sentences of summary, are longer.
 */
const MIN_WORDS = 10;
/** Fewer decisions and actions than this, all the same as before, are no copy: a recurring action or decision happens. */
const MIN_ITEMS = 2;

export const copiedMinutes: ArchiveRule = (ctx) => {
  const byGroup = new Map<string, KeyedMinutes[]>();
  for (const k of keyedMinutes(ctx.minutes, ctx.registry)) {
    const list = byGroup.get(k.groupId);
    if (list) list.push(k);
    else byGroup.set(k.groupId, [k]);
  }
  for (const list of byGroup.values()) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    // The minutes of the nearest earlier date (more than one when the group met twice that day).
    let before: KeyedMinutes[] = [];
    for (let i = 0; i < list.length; ) {
      const day: KeyedMinutes[] = [];
      for (const date = list[i]!.date; i < list.length && list[i]!.date === date; i++) day.push(list[i]!);
      for (const k of day) {
        for (const prev of before) {
          const copy = copied(k.doc, prev);
          if (!copy) continue;
          ctx.report({
            file: k.doc.file,
            where: copy.where,
            code: 'copied-minutes',
            message: `Protokollet ser ut att vara en kopia av gruppens förra protokoll, ${prev.doc.file}, som inte har skrivits om: ${copy.what}.`,
            hint: `Skriv det här mötets egna anteckningar i stället för förra mötets. En åtgärd som inte är klar än skrivs inte in igen under actions, där den blir en ny öppen åtgärd, utan följs upp under followups${copy.followup ? ` med koden den har på förra mötets sida: "  - action: ${copy.followup}" och under den "    status: open"` : ', med koden den har på förra mötets sida och status open, done (klar) eller dropped (struken).'}`,
          });
          break;
        }
      }
      before = day;
    }
  }
};

interface Copy {
  readonly where: Where;
  readonly what: string;
  /** The id of the previous meeting's first action these minutes repeat, to follow it up by. */
  readonly followup?: string;
}

/** How `m` repeats `prev` word for word, if it does: its summary, all its decisions and actions, or its text. */
function copied(m: MinutesDoc, prev: KeyedMinutes): Copy | undefined {
  const old = prev.doc;
  const items = m.decisions.length + m.actions.length;
  const repeated = items >= MIN_ITEMS ? repeatedItems(m, old) : undefined;
  const firstAction = repeated && m.actions.length > 0 && prev.id !== undefined ? firstRepeated(m, old) : undefined;
  const followup = firstAction === undefined ? {} : { followup: actionId(prev.id!, firstAction) };
  if (m.summary && old.summary && sameWords(m.summary.value, old.summary.value) && words(m.summary.value) >= MIN_WORDS) {
    return { where: atValue(m.summary.path), what: 'sammanfattningen (summary) är ordagrant densamma', ...followup };
  }
  if (repeated) {
    const what = m.decisions.length === 0 ? 'alla åtgärder står där redan' : m.actions.length === 0 ? 'alla beslut står där redan' : 'alla beslut och åtgärder står där redan';
    return { where: atValue(m.decisions[0]?.text.path ?? m.actions[0]!.what!.path), what, ...followup };
  }
  // Two files fresh from `minutes new` share its text: placeholder-text says to write the minutes there already.
  if (sameWords(m.body, old.body) && words(m.body) >= MIN_WORDS && placeholderFindings(m.file, m.body, m.bodyOffset).length === 0) {
    const at = m.body.search(/\S/);
    const end = m.body.indexOf('\n', at);
    return { where: { kind: 'offset', offset: m.bodyOffset + at, length: (end === -1 ? m.body.length : end) - at }, what: 'texten under fälten är ordagrant densamma' };
  }
  return undefined;
}

/** Whether every decision and action of `m` is one of `old`'s, word for word. Compared pairwise: lists are short, and the first new item ends it. */
function repeatedItems(m: MinutesDoc, old: MinutesDoc): boolean {
  return m.decisions.every((d) => old.decisions.some((o) => sameWords(d.text.value, o.text.value))) && m.actions.every((a) => a.what !== undefined && old.actions.some((o) => o.what !== undefined && sameWords(a.what!.value, o.what.value)));
}

/** The number, in `old`'s list, of the action `m`'s first action repeats. */
function firstRepeated(m: MinutesDoc, old: MinutesDoc): number | undefined {
  const what = m.actions[0]!.what!.value;
  return old.actions.find((a) => a.what && sameWords(a.what.value, what))?.number;
}

/** Whether two texts have the same words, however the spaces and line breaks between them are written. Allocates nothing. */
function sameWords(a: string, b: string): boolean {
  let i = skipSpace(a, 0);
  let j = skipSpace(b, 0);
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isSpace(ca) || isSpace(cb)) {
      if (!isSpace(ca) || !isSpace(cb)) return false;
      i = skipSpace(a, i);
      j = skipSpace(b, j);
      continue;
    }
    if (ca !== cb) return false;
    i++;
    j++;
  }
  return skipSpace(a, i) === a.length && skipSpace(b, j) === b.length;
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

function skipSpace(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** The number of words in a text, counted up to `MIN_WORDS`: all a caller asks is whether there are that many. */
function words(s: string): number {
  let n = 0;
  for (let i = skipSpace(s, 0); i < s.length && n < MIN_WORDS; i = skipSpace(s, i)) {
    n++;
    while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  }
  return n;
}

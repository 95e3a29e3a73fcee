// One person written twice in one attendance list, spelled the same or two ways ("Ivan Kuzhicov, Vorta Drom" and
// "Ivan Kuzhikov"): `minutes check` would report the second as duplicate-person, or the site show both.
import { foldCase } from '../util/fold.js';
import { editDistance } from '../util/suggest.js';
import { idOf } from './names.js';
import type { PersonMention } from './types.js';

/**
 * The list with each registered person once: a later mention of the same person is dropped and its source lines
 * kept in the first one's comment (a list merged again, by --add-people, keeps those it had). Unregistered names one letter apart (or the same) both stay, with a note
 * asking whether they are one person; `label` names the list in it ("Närvarande").
 */
export function oncePerPerson(list: readonly PersonMention[], label: string): { list: PersonMention[]; notes: string[] } {
  const out: PersonMention[] = [];
  // The later mentions of each kept one (by its place in `out`), gathered so that a name written thousands of times
  // costs as much as thousands of names.
  const later = new Map<number, { lines: string[]; organisation?: string }>();
  const byId = new Map<string, number>();
  const unknown = new Map<string, string>();
  const told = new Set<string>();
  const notes: string[] = [];
  for (const p of list) {
    const id = idOf(p.result);
    const at = id !== undefined ? byId.get(id) : undefined;
    if (at !== undefined) {
      const more = later.get(at) ?? { lines: [] };
      later.set(at, more);
      more.lines.push(p.line, ...(p.alsoWritten ?? []));
      if (out[at]!.organisation === undefined && more.organisation === undefined && p.organisation !== undefined) more.organisation = p.organisation;
      continue;
    }
    if (id !== undefined) byId.set(id, out.length);
    else if (p.written.length <= LONGEST_NAME) {
      const written = foldCase(p.written);
      const near = nearName(p.written, unknown);
      // Each pair of names is asked about once, however often they are written.
      if (near !== undefined && !told.has(`${foldCase(near)}\n${written}`)) {
        told.add(`${foldCase(near)}\n${written}`);
        notes.push(foldCase(near) === written ? `${label}: "${p.written}" står två gånger. Är det samma person? Ta i så fall bort den ena raden.` : `${label}: "${near}" och "${p.written}" stavas nästan likadant. Är det samma person? Ta i så fall bort den ena raden och skriv namnet rätt.`);
      }
      for (const key of variants(written)) if (!unknown.has(key)) unknown.set(key, p.written);
    }
    out.push(p);
  }
  const merged = out.map((p, i) => {
    const more = later.get(i);
    return more ? { ...p, ...(more.organisation !== undefined ? { organisation: more.organisation } : {}), alsoWritten: [...(p.alsoWritten ?? []), ...more.lines] } : p;
  });
  return { list: merged, notes };
}

/** Names longer than this are compared with no other: no one is called so, and each costs its length squared. */
const LONGEST_NAME = 100;

/**
 * An earlier name at most one edit from `name`. Two such names share the name itself or one of its variants with a
 * letter left out, so each name is compared with the few earlier ones found that way, not with every earlier name.
 */
function nearName(name: string, seen: ReadonlyMap<string, string>): string | undefined {
  const folded = foldCase(name);
  for (const key of variants(folded)) {
    const other = seen.get(key);
    if (other !== undefined && editDistance(foldCase(other), folded, 1) <= 1) return other;
  }
  return undefined;
}

/** The text and every text with one of its characters left out. */
function variants(text: string): string[] {
  const chars = [...text];
  return [text, ...chars.map((_, i) => [...chars.slice(0, i), ...chars.slice(i + 1)].join(''))];
}

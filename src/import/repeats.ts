// One person written twice in one attendance list, spelled the same or two ways ("Ivan Kuzhicov, Vorta Drom" and
// "Ivan Kuzhikov"): `minutes check` would report the second as duplicate-person, or the site show both.
import { foldCase } from '../util/fold.js';
import { editDistance } from '../util/suggest.js';
import { idOf } from './names.js';
import type { PersonMention } from './types.js';

/**
 * The list with each registered person once: a later mention of the same person is dropped and its source line
 * kept in the first one's comment. Unregistered names one letter apart (or the same) both stay, with a note
 * asking whether they are one person; `label` names the list in it ("Närvarande").
 */
export function oncePerPerson(list: readonly PersonMention[], label: string): { list: PersonMention[]; notes: string[] } {
  const out: PersonMention[] = [];
  const byId = new Map<string, number>();
  const unknown = new Map<string, string>();
  const notes: string[] = [];
  for (const p of list) {
    const id = idOf(p.result);
    const at = id !== undefined ? byId.get(id) : undefined;
    if (at !== undefined) {
      const first = out[at]!;
      out[at] = { ...first, ...(first.organisation === undefined && p.organisation !== undefined ? { organisation: p.organisation } : {}), alsoWritten: [...(first.alsoWritten ?? []), p.line] };
      continue;
    }
    if (id !== undefined) byId.set(id, out.length);
    else {
      const near = nearName(p.written, unknown);
      if (near !== undefined) notes.push(foldCase(near) === foldCase(p.written) ? `${label}: "${p.written}" står två gånger. Är det samma person? Ta i så fall bort den ena raden.` : `${label}: "${near}" och "${p.written}" stavas nästan likadant. Är det samma person? Ta i så fall bort den ena raden och skriv namnet rätt.`);
      for (const key of variants(foldCase(p.written))) if (!unknown.has(key)) unknown.set(key, p.written);
    }
    out.push(p);
  }
  return { list: out, notes };
}

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

// Registered people's names misspelt in the minutes' text ("Leif Redestg"), with the people meant: what
// misspelt-names.ts tells, and what private-names.ts leaves to it for someone not published in full.
import type { RegistryContext } from './context.js';
import type { Registry } from './registry.js';
import type { PersonDoc } from './documents.js';
import { foldAccents } from '../util/fold.js';
import { slip } from './typos.js';
import { parseLines } from '../render/markdown.js';
import { countUpTo } from '../util/sorted.js';

/** One side of a registered name: the person, and the other word of the name (folded) that the written one is near. */
interface Side {
  readonly person: PersonDoc;
  readonly other: string;
  /** The other word in lowercase: written so, the name is as registered, and nothing is folded. */
  readonly otherLower: string;
}

interface NameWords {
  /** A first name's or surname's lowercase spellings (as written, and without accents) -> the people called so. */
  readonly firsts: ReadonlyMap<string, readonly Side[]>;
  readonly lasts: ReadonlyMap<string, readonly Side[]>;
  /** Whether a word (folded) is one of a registered name, alias or id, in any registry: a word written so is no slip. */
  readonly isRegistered: (word: string) => boolean;
}

const indexes = new WeakMap<Registry, NameWords | null>();

const WORDS = /[\p{L}\p{N}]+/gu;

/** Accent-folded, sparing plain ASCII words the normalisation (a registry's thousands of words are folded once each). */
const fold = (word: string): string => (/^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : foldAccents(word));

/** The registry's names by first name and by surname, made once per registry; null when no one has two names. */
function nameWords(registry: Registry): NameWords | null {
  let found = indexes.get(registry);
  if (found !== undefined) return found;
  const firsts = new Map<string, Side[]>();
  const lasts = new Map<string, Side[]>();
  const add = (map: Map<string, Side[]>, word: string, side: Side) => {
    for (const key of new Set([word.toLowerCase(), fold(word)])) {
      const list = map.get(key);
      if (list) list.push(side);
      else map.set(key, [side]);
    }
  };
  for (const person of registry.docs.people) {
    for (const name of [person.name, ...person.aliases]) {
      const words = name?.value.normalize('NFC').trim().split(/\s+/) ?? [];
      if (words.length < 2) continue;
      const first = words[0]!;
      const last = words[words.length - 1]!;
      add(firsts, first, { person, other: fold(last), otherLower: last.toLowerCase() });
      add(lasts, last, { person, other: fold(first), otherLower: first.toLowerCase() });
    }
  }
  let registered: Set<string> | undefined;
  // Wanted only once a pair is near a name, which most archives' texts never have.
  const isRegistered = (word: string) => {
    if (!registered) {
      registered = new Set();
      for (const list of [registry.docs.people, registry.docs.organisations, registry.docs.groups, registry.docs.projects]) {
        for (const e of list) for (const n of [e.id.value, e.name?.value ?? '', ...e.aliases.map((a) => a.value)]) for (const w of n.match(WORDS) ?? []) registered.add(fold(w));
      }
    }
    return registered.has(word);
  };
  found = firsts.size === 0 ? null : { firsts, lasts, isRegistered };
  indexes.set(registry, found);
  return found;
}

/**
 * Two capitalised words side by side on a line ("Leif Redestg"), the second looked at again as the first of the next
 * pair. A word is letters (with their accents) and hyphens (Nils-Erik), not after a letter, digit or hyphen.
 */
const PAIR = /(?<![\p{L}\p{M}\p{N}\u00AD'’-])(\p{Lu}[\p{L}\p{M}\u00AD-]*)[ \t\u00A0]+(?=(\p{Lu}[\p{L}\p{M}\u00AD-]*)(?![\p{L}\p{M}\p{N}]))/gu;

/**
 * A word as the reader sees it: without soft hyphens (invisible), and NFC where it has a combining accent (a file saved
 * on a Mac): "Bergstro\u0308m" is Bergström, not a slip from it.
 */
function plain(word: string): string {
  const w = word.includes('\u00AD') ? word.replace(/\u00AD/g, '') : word;
  return /[\u0300-\u036f]/.test(w) ? w.normalize('NFC') : w;
}

/** Whether the written word (folded) is a slip of `meant`: not `meant` itself, nor its genitive, nor any registered word. */
function slipOf(words: NameWords, written: string, meant: string): boolean {
  if (written === meant || written.length < 3 || !slip(written, meant) || words.isRegistered(written)) return false;
  // "Eskilssons", "Redestigs": the name's genitive; "Bergströms" of another registered name.
  return !(written.endsWith('s') && (written.slice(0, -1) === meant || words.isRegistered(written.slice(0, -1))));
}

/** The people a pair of written words is a slip of: one word exactly a name's first name or surname, the other near its other. */
function meantBy(words: NameWords, first: string, last: string): PersonDoc[] {
  const out = new Set<PersonDoc>();
  const near = (sides: readonly Side[] | undefined, other: string) => {
    if (!sides) return;
    const lower = other.toLowerCase();
    // Most often the name as registered: nothing to fold.
    if (sides.some((s) => s.otherLower === lower)) return;
    const written = fold(other);
    for (const s of sides) if (slipOf(words, written, s.other)) out.add(s.person);
  };
  near(words.firsts.get(first.toLowerCase()), last);
  near(words.lasts.get(last.toLowerCase()), first);
  return [...out];
}

/** A pair of words written in the text that is nearly a registered person's name. */
export interface NameSlip {
  /** Where it is written in the text: [start, end). */
  readonly start: number;
  readonly end: number;
  /** The two words as the reader sees them. */
  readonly first: string;
  readonly last: string;
  /** The people it is nearly the name of. */
  readonly meant: readonly PersonDoc[];
}

/** The last text looked at, and its slips: both rules ask of the same text one after the other. */
let last: { registry: Registry; body: string; slips: readonly NameSlip[] } | undefined;

/** The registered names misspelt in a minutes file's text (in prose, not code or a link's address), in order. */
export function nameSlips(ctx: Pick<RegistryContext, 'registry' | 'unavailable'>, body: string): readonly NameSlip[] {
  if (ctx.unavailable?.has('person') || ctx.unavailable?.has('organisation')) return [];
  if (last?.registry === ctx.registry && last.body === body) return last.slips;
  const slips = findSlips(ctx.registry, body);
  last = { registry: ctx.registry, body, slips };
  return slips;
}

function findSlips(registry: Registry, body: string): readonly NameSlip[] {
  const words = nameWords(registry);
  if (!words) return [];
  let prose: ((start: number, written: string) => boolean) | undefined;
  // A name is most often written the same way again: each pair is weighed once a text.
  const weighed = new Map<string, readonly PersonDoc[]>();
  const out: NameSlip[] = [];
  for (const pair of body.matchAll(PAIR)) {
    const [first, last] = [plain(pair[1]!), plain(pair[2]!)];
    // A cheap look first: most pairs of capitalised words start with no registered first name and end with no surname.
    if (!words.firsts.has(first.toLowerCase()) && !words.lasts.has(last.toLowerCase())) continue;
    const key = `${first} ${last}`;
    let meant = weighed.get(key);
    if (!meant) weighed.set(key, (meant = registry.people.lookup(key).length > 0 ? [] : meantBy(words, first, last)));
    if (meant.length === 0) continue;
    const start = pair.index;
    const written = body.slice(start, start + pair[0].length + pair[2]!.length);
    prose ??= proseOf(body);
    if (!prose(start, written)) continue;
    out.push({ start, end: start + written.length, first, last, meant });
  }
  return out;
}

/**
 * Whether a pair written at `start` is text the site shows as such: in a paragraph, heading, list or table, not in code
 * or a link's address. Asked only of a text with a near name, which is parsed for it once.
 */
function proseOf(body: string): (start: number, written: string) => boolean {
  const { tokens, lineStart } = parseLines(body);
  // The text (not code, not a link's address) of each block with inline content, by the lines it spans.
  const byLine = new Map<number, string[]>();
  for (const t of tokens) {
    if (t.type !== 'inline' || !t.map) continue;
    const text = (t.children ?? []).map((c) => (c.type === 'text' ? c.content : '\u0000')).join('');
    for (let line = t.map[0]; line < t.map[1]; line++) {
      const list = byLine.get(line);
      if (list) list.push(text);
      else byLine.set(line, [text]);
    }
  }
  const lines: number[] = [];
  while (lineStart(lines.length) < body.length) lines.push(lines.length);
  /** The line `offset` is on: the last whose start is not past it. */
  const lineOf = (offset: number) => countUpTo(lines, lineStart, offset) - 1;
  return (start, written) => (byLine.get(lineOf(start)) ?? []).some((text) => text.includes(written));
}

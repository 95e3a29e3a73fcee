// A hyphen at the end of a hard-wrapped line ("Fritids-" above "banken", as text saved from a PDF breaks words) is
// taken out only when the word it joins is known: written whole elsewhere in the text or a registered name. Any other
// stays, as "e-" above "tjänster" needs it, so that no character the writer may have typed is lost.
import { foldCase } from '../util/fold.js';
import type { RegistryDocs } from '../validate/documents.js';

/** Words, case-folded, that a line's end and the next line's start may be one of. */
export type KnownWords = ReadonlySet<string>;

const WORD = /\p{L}+/gu;

/** Every word of `texts` and of the names and aliases in the registries, case-folded. */
export function knownWords(texts: Iterable<string>, docs?: RegistryDocs): KnownWords {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const m of text.matchAll(WORD)) words.add(foldCase(m[0]));
  };
  for (const t of texts) add(t);
  if (docs) for (const e of [...docs.people, ...docs.organisations, ...docs.groups, ...docs.projects]) for (const n of [e.name?.value, ...e.aliases.map((a) => a.value)]) if (n) add(n);
  return words;
}

/**
 * `above` ends in a word broken by a hyphen that `below` finishes, and the word whole is known: "Fritids-" and
 * "banken ska …" with "Fritidsbanken" known.
 */
export function brokenWord(above: string, below: string, known: KnownWords): boolean {
  const head = /(\p{L}+)-$/u.exec(above)?.[1];
  const tail = /^\p{Ll}+/u.exec(below)?.[0];
  return head !== undefined && tail !== undefined && known.has(foldCase(head + tail));
}

// The actions a follow-up written as words rather than an id describes ("Åkes rapport om brister i samverkan"): by
// the significant words of their text and their owners' names, indexed once per check. Pure.
import { foldAccents } from '../util/fold.js';

/** An action as the words of a follow-up are matched against it. */
export interface WordedAction {
  readonly id: string;
  readonly date: string;
  readonly what: string;
  readonly who: readonly string[];
}

/** Small words that say nothing of which action is meant (folded: "på" is "pa"). */
const SMALL = new Set(
  'och att som for med till fran den det de en ett om pa av ar har ska kan vara var vi ni dem dom sig sin sina hur nar vad vem alla inte efter under over kring detta dessa mot utan samt eller men sa nu da'.split(' '),
);

/** The significant words of a text: case and accents folded, small words left out, a possessive -s taken off ("Åkes" -> "ake"). */
export function significantWords(text: string): string[] {
  const words = foldAccents(text).split(/[^\p{L}\p{N}]+/u);
  return [...new Set(words.filter((w) => w.length >= 2 && !SMALL.has(w)).map(stem))];
}

/** A word without a possessive or plural -s, so that "Åkes" meets "Åke" and "rapports" "rapport". */
const stem = (w: string): string => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);

/** Whether a word of the follow-up meets a word of an action: the same, or one the start of the other of 5 letters or more ("rapport", "rapportera"). */
const meets = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));

export interface ActionWords {
  /** The actions `text` describes best, best first: at most `limit`, none when none is close. */
  matching(text: string, eligible: (a: WordedAction) => Rank | undefined, limit?: number): WordedAction[];
}

/** How a candidate ranks beside its matched words: the same group, open, and a later meeting come first. */
export interface Rank {
  readonly sameGroup: boolean;
  readonly open: boolean;
}

/** Indexes `actions` by their words once; `matching` then looks at the actions that share a word with the text. */
export function actionWords(actions: readonly WordedAction[]): ActionWords {
  const byWord = new Map<string, Set<number>>();
  actions.forEach((a, i) => {
    for (const w of significantWords(`${a.what} ${a.who.join(' ')}`)) {
      let set = byWord.get(w);
      if (!set) byWord.set(w, (set = new Set()));
      set.add(i);
    }
  });
  const vocabulary = [...byWord.keys()];
  return {
    matching(text, eligible, limit = 3) {
      const query = significantWords(text);
      if (query.length === 0) return [];
      // Each word of the text, with the actions having a word it meets.
      const hits = new Map<number, number>();
      for (const q of query) {
        const found = new Set<number>();
        for (const w of q.length >= 5 ? vocabulary.filter((v) => meets(q, v)) : [q]) for (const i of byWord.get(w) ?? []) found.add(i);
        for (const i of found) hits.set(i, (hits.get(i) ?? 0) + 1);
      }
      // Close: most of the text's words (two at least, where it has two) are the action's.
      const needed = Math.max(Math.min(2, query.length), Math.ceil(query.length * 0.6));
      const scored: { a: WordedAction; n: number; rank: Rank }[] = [];
      for (const [i, n] of hits) {
        if (n < needed) continue;
        const a = actions[i]!;
        const rank = eligible(a);
        if (rank) scored.push({ a, n, rank });
      }
      const key = (s: (typeof scored)[number]) => s.n * 4 + (s.rank.sameGroup ? 2 : 0) + (s.rank.open ? 1 : 0);
      scored.sort((x, y) => key(y) - key(x) || (x.a.date < y.a.date ? 1 : x.a.date > y.a.date ? -1 : 0) || (x.a.id < y.a.id ? -1 : 1));
      // Only those as good as the best: one that stands out is offered alone.
      const best = scored[0] ? key(scored[0]) : 0;
      return scored.filter((s) => key(s) === best).slice(0, limit).map((s) => s.a);
    },
  };
}

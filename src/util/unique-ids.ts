// Ids made unique by numbering: "rubrik", "rubrik-2", "rubrik-3" …
import { slugify } from './fold.js';

/**
 * Hands out `base`, else the first of `base-2`, `base-3` … not in `taken`, and adds it to `taken`. Where to go on
 * counting is kept for each base (the set only grows, so the numbers below it stay taken): counting from 2 each
 * time made 20,000 headings of one name take 200 million looks.
 */
export class UniqueIds {
  private readonly next = new Map<string, number>();

  constructor(private readonly taken: Set<string>) {}

  take(base: string): string {
    let n = this.next.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (this.taken.has(id)) id = `${base}-${++n}`;
    this.taken.add(id);
    this.next.set(base, n + 1);
    return id;
  }
}

/** The id a new registry entry gets from its name, before numbering: "Åke Malmén" -> "ake-malmen" ("ny" for a name without letters). */
export const idBase = (name: string): string => slugify(name) || 'ny';

/** The id a new entry named `name` gets beside the ids in `taken`, numbered as `UniqueIds` numbers (which it leaves as they are). */
export function newId(name: string, taken: ReadonlySet<string>): string {
  const base = idBase(name);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

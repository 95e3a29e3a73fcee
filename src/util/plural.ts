// Swedish counts and lists for pages and messages.

/** Made at the first count: a check that prints nothing (--quiet, JSON) never counts, and its start is spared it. */
let numbers: Intl.NumberFormat | undefined;

/** "7", "1 500", "10 000": thousands set off by a non-breaking space, as Swedish writes them. */
export function count(n: number): string {
  return (numbers ??= new Intl.NumberFormat('sv-SE')).format(n);
}

/** "1 möte", "3 möten", "10 000 möten"; for none, `none` when given ("inga möten", where "0 möten" reads as a slip). */
export function plural(n: number, one: string, many: string, none?: string): string {
  return n === 0 && none !== undefined ? none : `${count(n)} ${n === 1 ? one : many}`;
}

/** "A", "A och B", "A, B och C" */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]!}`;
}

// Swedish counts for pages and messages.

const numbers = new Intl.NumberFormat('sv-SE');

/** "7", "1 500", "10 000": thousands set off by a non-breaking space, as Swedish writes them. */
export function count(n: number): string {
  return numbers.format(n);
}

/** "1 möte", "3 möten", "10 000 möten" */
export function plural(n: number, one: string, many: string): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

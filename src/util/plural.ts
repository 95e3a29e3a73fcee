// Swedish counts for pages and messages.

/** "1 möte", "3 möten" */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

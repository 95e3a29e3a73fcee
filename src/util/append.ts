// Appending a list of any length to another.

/**
 * Appends `items` to `target`, one by one. `target.push(...items)` passes every item as an argument of its own,
 * and past about 120,000 (a text with that many invisible characters, a file with that many headings) the call
 * overflows the stack.
 */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

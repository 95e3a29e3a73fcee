// Binary search over lists kept in order.

/** How many items of `list` (in ascending order of `key`) have a key at or before `limit`. */
export function countUpTo<T>(list: readonly T[], key: (item: T) => number, limit: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

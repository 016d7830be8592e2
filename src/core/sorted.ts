/**
 * Keeping a list in order as items come and go, for the indexes that are
 * updated tag by tag instead of rebuilt (the project index, Find's search
 * index): a binary search for the place, one splice.
 */

/**
 * How many items at the front of a sorted list are `before` something: the
 * index of the first item that is not (a binary search; `before` must hold for
 * a prefix of the list and for nothing after it).
 */
export function countBefore<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(list[mid]!)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Put `item` into `list`, which is sorted by `compare`, after any equal items. */
export function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  list.splice(
    countBefore(list, (x) => compare(x, item) <= 0),
    0,
    item
  )
}

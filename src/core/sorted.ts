/**
 * Keeping a list in order as items come and go, for the indexes that are
 * updated tag by tag instead of rebuilt (the project index, Find's search
 * index): a binary search for the place, one splice.
 */

/** Put `item` into `list`, which is sorted by `compare`, after any equal items. */
export function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (compare(list[mid]!, item) <= 0) lo = mid + 1
    else hi = mid
  }
  list.splice(lo, 0, item)
}

/**
 * The review keys that move through a list of offers — next, previous, first,
 * last, a page down or up — the same in every review panel (suggestions,
 * statements). `move` steps by so many places; it clamps to the list.
 */
export function reviewMoves(move: (by: number) => unknown, count: number): Record<string, () => unknown> {
  return {
    reviewNext: () => move(1),
    reviewPrevious: () => move(-1),
    reviewFirst: () => move(-count),
    reviewLast: () => move(count),
    reviewPageDown: () => move(10),
    reviewPageUp: () => move(-10)
  }
}

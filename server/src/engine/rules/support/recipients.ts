// What the recipients rules read alike from a Nơi nhận list: where an item ends, and the separator the list uses.

import type { RecipientItem, Segment } from '../../model';

/** The line an item ends on: its last continuation line, or itself. */
export function lastSegment(item: RecipientItem): Segment {
  return item.continuation.length ? item.continuation[item.continuation.length - 1] : item;
}

/** The item's last character (its end mark, when it has one). */
export function lastChar(item: RecipientItem): string {
  return lastSegment(item).text.slice(-1);
}

/**
 * The separator the list's lines end with (all but the last, the archive line): the one most of them use,
 * `;` on a tie; undefined when none ends with either.
 */
export function listSeparator(items: readonly RecipientItem[]): ';' | ',' | undefined {
  const counts = { ';': 0, ',': 0 };
  for (const item of items.slice(0, -1)) {
    const end = lastChar(item);
    if (end === ';' || end === ',') counts[end]++;
  }
  if (counts[';'] === 0 && counts[','] === 0) return undefined;
  return counts[','] > counts[';'] ? ',' : ';';
}

import type { Link } from './elements/link';

/**
 * Lanes for links that join the same two elements, centred on the line between them: a number per link of
 * such a pair (none for a link alone between its ends). Memoised on the links list, which edits that do not
 * touch links keep; opening a large design computes it before the design is shown (state/open-design.ts).
 */
const lanesCache = new WeakMap<readonly Link[], Map<string, number>>();

export function linkLanes(links: readonly Link[]): Map<string, number> {
  const cached = lanesCache.get(links);
  if (cached) return cached;
  const groups = new Map<string, Link[]>();
  for (const l of links) {
    const key = l.from < l.to ? `${l.from}\u0000${l.to}` : `${l.to}\u0000${l.from}`;
    const g = groups.get(key);
    if (g) g.push(l);
    else groups.set(key, [l]);
  }
  const out = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // A lane is measured to the left of the link's own direction, so a link drawn the other way flips sign.
    group.forEach((l, i) => out.set(l.id, (i - (group.length - 1) / 2) * (l.from < l.to ? 1 : -1)));
  }
  lanesCache.set(links, out);
  return out;
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, type ReactNode } from 'react';
import { FindingRow } from './FindingRow';
import { listItems, WHOLE_LIST_UP_TO, type ListItem } from './list-items';
import { SEVERITY_TITLES, type ProblemGroup } from './problems-filter';

/**
 * The grouped findings as a virtual list (@tanstack/react-virtual) in the panel's scroll box. Rows stay in the
 * normal flow between two spacers, so each group is still a section with its heading and a list of rows;
 * row heights vary (fixes, docs, wrapped text) and are measured as they render.
 */
export function FindingsList({ groups, scrollBox }: { groups: readonly ProblemGroup[]; scrollBox: HTMLDivElement }) {
  const items = useMemo(() => listItems(groups), [groups]);
  // The React Compiler is not used here; its lint warns that the virtualizer's functions are not memo-safe.
  // The one passed down, measureElement, is the same function for the virtualizer's life.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollBox,
    estimateSize: (i) => (items[i]!.kind === 'heading' ? 30 : 58),
    getItemKey: (i) => items[i]!.key,
    overscan: items.length <= WHOLE_LIST_UP_TO ? items.length : 8,
  });
  const shown = virtualizer.getVirtualItems();
  const measure = virtualizer.measureElement;

  const sections: ReactNode[] = [];
  for (let i = 0; i < shown.length; ) {
    const severity = items[shown[i]!.index]!.severity;
    const part: { index: number; item: ListItem }[] = [];
    for (; i < shown.length && items[shown[i]!.index]!.severity === severity; i++) part.push({ index: shown[i]!.index, item: items[shown[i]!.index]! });
    const heading = part[0]!.item.kind === 'heading' ? part[0]!.item : undefined;
    const rows = heading ? part.slice(1) : part;
    sections.push(
      <section key={severity} className="problem-group" aria-label={SEVERITY_TITLES[severity]} data-group={severity}>
        {heading && (
          <h3 data-index={part[0]!.index} ref={measure}>
            {heading.title} <span className="ui-count">{heading.count}</span>
          </h3>
        )}
        {rows.length > 0 && (
          <ul className="finding-list">
            {rows.map(({ index, item }) => item.kind === 'row' && <FindingRow key={item.key} finding={item.finding} index={index} measure={measure} />)}
          </ul>
        )}
      </section>,
    );
  }
  const before = shown[0]?.start ?? 0;
  const after = Math.max(0, virtualizer.getTotalSize() - (shown.at(-1)?.end ?? 0));
  return <div style={{ paddingTop: before, paddingBottom: after }}>{sections}</div>;
}

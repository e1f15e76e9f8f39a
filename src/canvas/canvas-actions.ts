/**
 * What the canvas can do on request: the keyboard shortcuts call these, and so may the toolbar and menus
 * (import them from here). Each edit is one undoable step; all of them respect read-only mode.
 */
import { create } from 'zustand';
import { copySelection as copyOf, pasteClipboard, type ClipboardContent } from '../domain/clipboard';
import { COLLECTIONS, type Design } from '../domain/design';
import type { Pool } from '../domain/elements/pool';
import type { Server } from '../domain/elements/server';
import { findElement, parentId } from '../domain/queries';
import { updateElement } from '../domain/commands';
import { separateAround, settle } from '../layout/free-space';
import { tidyLayout } from '../layout/tidy';
import { redo as redoDesign, undo as undoDesign, useDesignStore } from '../state/design-store';
import { askUser, confirmAction } from '../state/dialog-store';
import { notify } from '../state/notice-store';
import { useSessionStore } from '../state/session-store';
import { poolRenameSuggestion } from './element-factory';
import { nudge } from './gestures';
import { deletionPlan } from './link-gestures';

/** The in-memory clipboard, in a store so a Paste button can enable itself. */
export const useCanvasClipboard = create<{ content: ClipboardContent | undefined; pastes: number }>()(() => ({
  content: undefined,
  pastes: 0,
}));

const session = () => useSessionStore.getState();
const designStore = () => useDesignStore.getState();

/** False (with a notice) when the design on screen is read-only. */
export function canEdit(): boolean {
  if (!session().readOnly) return true;
  notify({ key: 'canvas-read-only', kind: 'info', title: 'This design is read-only', text: 'Make a copy to edit it.' });
  return false;
}

/** Frame these elements, or the whole design when none are given. */
export function zoomToFit(ids: string[] = []): void {
  session().frame(ids);
}

/** The one selected site or pool, if the selection is exactly one container. */
function selectedContainer(): string | undefined {
  const { selection } = session();
  if (selection.length !== 1) return undefined;
  const found = findElement(designStore().design, selection[0]!);
  return found?.collection === 'sites' || found?.collection === 'pools' ? found.element.id : undefined;
}

/** Lay out again inside `scopeId`, else inside the selected site or pool, else the whole design. */
export function tidy(scopeId?: string): void {
  if (!canEdit()) return;
  const scope = scopeId ?? selectedContainer();
  // A tidied container may come out bigger than before: its neighbours move aside rather than under it.
  designStore().apply((d) => (scope ? separateAround(tidyLayout(d, scope), [scope]) : tidyLayout(d)));
  // Then show the result: the tidied container, or the whole design.
  zoomToFit(scope ? [scope] : []);
}

const MAX_LISTED = 25;

/** Delete the selection; when that takes more (servers of a pool, links), ask first and list what goes. */
export async function deleteSelection(): Promise<void> {
  const { selection } = session();
  if (selection.length === 0 || !canEdit()) return;
  const design = designStore().design;
  const plan = deletionPlan(design, selection);
  if (plan.ids.length === 0) return;
  if (plan.extra.length > 0) {
    const details =
      plan.extra.length > MAX_LISTED ? [...plan.extra.slice(0, MAX_LISTED), `… and ${plan.extra.length - MAX_LISTED} more`] : plan.extra;
    const what = selection.length === 1 ? 'this element' : `these ${selection.length} elements`;
    const ok = await confirmAction('Delete', `Deleting ${what} also deletes ${plan.extra.length} more:`, 'Delete', details);
    if (!ok) return;
  }
  // The design may have changed while the question was open: delete what is still there.
  designStore().run({ op: 'delete', ids: selection.filter((id) => findElement(designStore().design, id)) });
  session().select([]);
}

/** Copy the selected pools (with their servers) and servers to the in-memory clipboard. */
export function copySelection(): boolean {
  const content = copyOf(designStore().design, session().selection);
  if (!content) {
    notify({ key: 'canvas-copy', kind: 'info', title: 'Nothing to copy', text: 'Select servers or pools to copy them.' });
    return false;
  }
  useCanvasClipboard.setState({ content, pastes: 0 });
  return true;
}

/** Where a paste goes: the selected pool (or the pool of the selected server), the selected site. */
function pasteTarget(): { targetPoolId?: string; targetSiteId?: string } {
  const id = session().selection[0];
  const found = id === undefined ? undefined : findElement(designStore().design, id);
  if (found?.collection === 'pools') return { targetPoolId: found.element.id, targetSiteId: (found.element as Pool).siteId };
  if (found?.collection === 'servers') return { targetPoolId: (found.element as Server).poolId };
  if (found?.collection === 'sites') return { targetSiteId: found.element.id };
  return {};
}

/** Paste the clipboard: new ids, renumbered FQDNs, offset a little further on each paste; selects the copies. */
export function paste(): void {
  const { content, pastes } = useCanvasClipboard.getState();
  if (!content) {
    notify({ key: 'canvas-paste', kind: 'info', title: 'Nothing to paste', text: 'Copy servers or pools first (Ctrl+C).' });
    return;
  }
  if (!canEdit()) return;
  const result = pasteClipboard(designStore().design, content, { offset: 20 * (pastes + 1), ...pasteTarget() });
  if (result.ids.length === 0) {
    notify({ key: 'canvas-paste', kind: 'warning', title: 'Nothing pasted', text: 'The pools or sites the copies belonged to no longer exist.' });
    return;
  }
  // Copies go to free space next to the originals, never on top of them.
  designStore().apply(() => {
    const settled = settle(result.design, result.ids);
    return separateAround(settled, result.ids.map((id) => parentOfId(settled, id)).filter((x): x is string => !!x));
  });
  useCanvasClipboard.setState({ pastes: pastes + 1 });
  session().select(result.ids);
}

function parentOfId(design: Parameters<typeof findElement>[0], id: string): string | undefined {
  const found = findElement(design, id);
  return found ? parentId(found.element) : undefined;
}

/** Every element, links included. */
export function selectAll(): void {
  const d = designStore().design;
  session().select(COLLECTIONS.flatMap((c) => d[c].map((e) => e.id)));
}

/** Move the selection; one undo step per call. */
export function nudgeSelection(dx: number, dy: number): void {
  const { selection } = session();
  if (selection.length === 0 || !canEdit()) return;
  designStore().apply((d) => nudge(d, selection, dx, dy));
}

/** Keep only selected ids that still exist (after undo, redo or a delete). */
function pruneSelection(before?: Design): void {
  const d = designStore().design;
  const { selection } = session();
  // A step that only moved things removed nothing (and looking ids up would index the new design afresh).
  if (selection.length === 0 || (before && COLLECTIONS.every((c) => before[c] === d[c]))) return;
  const kept = selection.filter((id) => findElement(d, id));
  if (kept.length !== selection.length) session().select(kept);
}

export function undo(): void {
  if (session().readOnly) return;
  const before = designStore().design;
  undoDesign();
  pruneSelection(before);
}

export function redo(): void {
  if (session().readOnly) return;
  const before = designStore().design;
  redoDesign();
  pruneSelection(before);
}

/**
 * After servers joined pools: a pool still known by the FQDN of its one-time only server needs a name of its
 * own now that it holds several. Ask (never rename silently), one pool at a time; renaming is one undo step.
 */
export async function offerPoolRenames(poolIds: readonly string[]): Promise<void> {
  for (const poolId of new Set(poolIds)) {
    const design = designStore().design;
    const suggestion = poolRenameSuggestion(design, poolId);
    const pool = design.pools.find((p) => p.id === poolId);
    if (!suggestion || !pool) continue;
    const choice = await askUser({
      title: 'Give the pool a name of its own?',
      message: `Pool "${pool.fqdn}" now holds ${design.servers.filter((x) => x.poolId === poolId).length} servers but is still known by the FQDN of one of them. A pool of several servers needs its own FQDN (clients and DNS load balancing use it).`,
      options: [
        { id: 'keep', label: 'Keep the name' },
        { id: 'rename', label: `Rename to ${suggestion}`, primary: true },
      ],
    });
    if (choice === 'rename') designStore().apply((d) => updateElement(d, poolId, { fqdn: suggestion }));
  }
}

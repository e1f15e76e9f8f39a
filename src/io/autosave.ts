/**
 * Autosave to local storage: the design (and viewport) is written AUTOSAVE_DELAY_MS after the last change,
 * and at once when the page is hidden or closed. Rules it keeps (docs/limits-and-sharing.md):
 * - A failed write (storage full or blocked) never deletes the previous record; a sticky banner says
 *   autosave is off, offers a download, and goes away when a write works again.
 * - A record that does not load is moved aside and offered for download, never written over.
 * - Another tab's newer work is never written over without asking: every write first reads who wrote last
 *   (revision numbers), and the `storage` event tells a tab about the other tab's writes as they happen.
 * - A read-only view of a shared link writes nothing: the user's own work stays as it was.
 */
import type { Design } from '../domain/design';
import { elementCount } from '../domain/queries';
import { compactFileJsonSteps } from '../document/serialize';
import { runInSlices, type Sliced } from '../state/run-in-slices';
import { hasUnsavedChanges, useDesignStore } from '../state/design-store';
import { askUser } from '../state/dialog-store';
import { dismiss, notify } from '../state/notice-store';
import { useSessionStore, type Viewport } from '../state/session-store';
import { offerDamagedDownloads, setAsideDamaged } from './autosave-damaged';
import {
  AUTOSAVE_KEY, type AutosaveMeta, designRevisionOf, type HeldDesign, isNewerWorkFromAnotherTab, nextRevision, readMeta, readRecord, type ReadResult, writeRecord, writeRecordWith,
} from './autosave-record';
import { exportJson } from './export-design';

export const AUTOSAVE_DELAY_MS = 500;
const OFF = 'autosave-off';
const PAUSED = 'autosave-paused';

interface Prepared {
  design: Design;
  json: string;
}

interface Written {
  design: Design;
  viewport: Viewport | undefined;
  unsaved: boolean;
}

const tab = {
  tabId: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
  /** The newest revision this tab has written, restored or agreed to write over. */
  knownRevision: 0,
  /** The revision this tab wrote last, until it adopts or agrees to write over another tab's work. */
  ownRevision: undefined as number | undefined,
  /** The design this tab holds: another tab's write of the same designRevision only moved its view, which is not newer work. */
  held: undefined as HeldDesign | undefined,
  written: undefined as Written | undefined,
  /** The record this tab last wrote, with its envelope: if storage still holds exactly it, no parse is needed. */
  lastRecord: undefined as { raw: string; meta: AutosaveMeta } | undefined,
  /** The baseline of a restored record that held unsaved work: it stays unsaved until the baseline moves. */
  restoredUnsavedBaseline: undefined as Design | undefined,
  timer: undefined as ReturnType<typeof setTimeout> | undefined,
  /** A large design's file JSON being written in short tasks, before the save that stores it. */
  preparing: undefined as Sliced<string> | undefined,
  /**
   * The last large design whose file JSON was written, with it: a write that only moves the view (or flips
   * the unsaved flag) stores that text again instead of writing megabytes of JSON anew mid-gesture.
   */
  prepared: undefined as Prepared | undefined,
  /** Another tab's newer work is waiting for the user's decision: write nothing meanwhile. */
  conflict: false,
  failing: false,
  /** The stored record is damaged and could not be moved aside: nothing may be written over it. */
  blocked: false,
  started: false,
};

export function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // Some browsers throw on access when site data is blocked.
  }
}

/** What local storage holds, for boot. A damaged record is moved aside here, before anything is written. */
export function readAutosave(): ReadResult | { kind: 'unavailable' } {
  const storage = localStore();
  if (!storage) return { kind: 'unavailable' };
  let read: ReadResult;
  try {
    read = readRecord(storage.getItem(AUTOSAVE_KEY));
  } catch {
    return { kind: 'unavailable' };
  }
  if (read.kind === 'damaged') {
    if (setAsideDamaged(storage, read.raw)) offerDamagedDownloads(storage, read.reason);
    else blockOnDamaged(read.reason);
  } else offerDamagedDownloads(storage);
  return read;
}

function blockOnDamaged(reason: string): void {
  tab.blocked = true;
  notify({
    key: OFF,
    kind: 'warning',
    sticky: true,
    title: 'Autosave is off',
    text: `The design saved in this browser could not be read (${reason}) and there is no room to keep it aside, so it is left as it is and nothing is written over it. Download your design to keep it.`,
    action: { label: 'Download design', run: exportJson },
  });
}

export interface AutosaveStart {
  /** The record restored or seen at boot: its revision is known, and its unsaved flag carries on. */
  meta?: AutosaveMeta;
  /** The design on screen came from that record. */
  restored?: boolean;
  /** Write at once (a link the user chose to open replaces the autosave now, so a reload shows it). */
  writeNow?: boolean;
  /**
   * What boot put on screen, which needs no write; when the design or the view on screen now differs (the user
   * worked before autosave started), it is saved. Default: what is on screen now.
   */
  written?: { design: Design; viewport: Viewport | undefined };
}

export function startAutosave(start: AutosaveStart = {}): void {
  if (tab.started) return;
  tab.started = true;
  const state = useDesignStore.getState();
  tab.knownRevision = start.meta?.revision ?? 0;
  if (start.restored && start.meta) hold(start.meta.designRevision ?? start.meta.revision, state.design);
  tab.restoredUnsavedBaseline = start.restored && start.meta?.unsaved ? state.baseline : undefined;
  tab.written = start.writeNow ? undefined : { ...current(), ...start.written };
  useDesignStore.subscribe((s, prev) => {
    if (s.design !== prev.design || s.baseline !== prev.baseline) schedule();
  });
  useSessionStore.subscribe((s, prev) => {
    if (s.viewport !== prev.viewport || s.readOnly !== prev.readOnly) schedule();
  });
  globalThis.addEventListener('storage', onStorage);
  globalThis.addEventListener('pagehide', flush);
  globalThis.document?.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  if (!localStore()) failed(undefined);
  else if (start.writeNow) saveNow();
  else if (tab.written && (tab.written.design !== state.design || !sameViewport(tab.written.viewport, useSessionStore.getState().viewport))) schedule();
}

/**
 * Write the design on screen now, even if unchanged. `overStored`: the user agreed to replace what storage
 * holds (leaving a read-only view), so the stored revision counts as seen.
 */
export function forceSave({ overStored = false }: { overStored?: boolean } = {}): void {
  if (overStored) {
    const raw = localStore()?.getItem(AUTOSAVE_KEY);
    const meta = raw ? readMeta(raw) : undefined;
    if (meta?.ok) tab.knownRevision = Math.max(tab.knownRevision, meta.meta.revision);
  }
  tab.written = undefined;
  saveNow();
}

function current(): Written {
  const { design, baseline } = useDesignStore.getState();
  const unsaved = hasUnsavedChanges() || (tab.restoredUnsavedBaseline !== undefined && baseline === tab.restoredUnsavedBaseline);
  return { design, viewport: useSessionStore.getState().viewport, unsaved };
}

/**
 * Serialising a large design takes tens of ms: after the pause it waits for an idle moment too (at most
 * 2 s more), so it does not land between two frames of a gesture. Above SLICED_ABOVE elements one
 * stringify would be a task of hundreds of ms (20,000 elements): the file JSON is written in short tasks
 * first, and the save itself only reads the envelope and stores the text.
 */
const SLICED_ABOVE = 2000;

function schedule(): void {
  clearTimeout(tab.timer);
  stopPreparing();
  tab.timer = setTimeout(() => {
    const { design } = useDesignStore.getState();
    if (tab.prepared?.design === design) idle(() => saveIfPending());
    else if (elementCount(design) > SLICED_ABOVE) {
      const work = runInSlices(compactFileJsonSteps(design));
      tab.preparing = work;
      void work.done.then((json) => {
        if (tab.preparing !== work) return;
        tab.preparing = undefined;
        tab.prepared = { design, json };
        if (tab.timer !== undefined) saveNow();
      });
    } else idle(() => saveIfPending());
  }, AUTOSAVE_DELAY_MS);
}

function idle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else run();
}

function stopPreparing(): void {
  tab.preparing?.cancel();
  tab.preparing = undefined;
}

/** An idle callback fires late: a flush or an explicit save may have written meanwhile. */
function saveIfPending(): void {
  if (tab.timer !== undefined) saveNow();
}

function flush(): void {
  if (tab.timer === undefined) return;
  clearTimeout(tab.timer);
  saveNow({ canAsk: false });
}

const sameViewport = (a: Viewport | undefined, b: Viewport | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.x === b.x && a.y === b.y && a.zoom === b.zoom);

/** Write the record now, unless nothing changed, the view is read-only, or another tab's newer work needs a decision. */
export function saveNow({ canAsk = true }: { canAsk?: boolean } = {}): void {
  clearTimeout(tab.timer);
  tab.timer = undefined;
  stopPreparing();
  if (useSessionStore.getState().readOnly || tab.conflict || tab.blocked) return;
  const now = current();
  const w = tab.written;
  if (w && w.design === now.design && w.unsaved === now.unsaved && sameViewport(w.viewport, now.viewport)) return;
  const storage = localStore();
  if (!storage) return failed(undefined);
  let stored: AutosaveMeta | undefined;
  try {
    const raw = storage.getItem(AUTOSAVE_KEY);
    if (raw !== null && raw === tab.lastRecord?.raw) stored = tab.lastRecord.meta;
    else if (raw !== null) {
      const meta = readMeta(raw);
      if (meta.ok) stored = meta.meta;
      else if (setAsideDamaged(storage, raw)) offerDamagedDownloads(storage, meta.reason);
      else return blockOnDamaged(meta.reason);
    }
  } catch (e) {
    return failed(e);
  }
  if (isNewerWorkFromAnotherTab(stored, tab)) {
    // Nothing of this tab's own to lose (only the view moved): follow the other tab instead of asking.
    if (w && w.design === now.design) followOtherTab();
    else if (canAsk) void resolveConflict(stored!);
    return;
  }
  const revision = nextRevision(stored, tab.knownRevision);
  const designRevision = designRevisionOf(stored, tab.held, now.design, revision);
  const meta: AutosaveMeta = {
    savedAt: Date.now(),
    tabId: tab.tabId,
    revision,
    unsaved: now.unsaved,
    ...(now.viewport && { viewport: now.viewport }),
    designRevision,
  };
  try {
    const prepared = tab.prepared?.design === now.design ? tab.prepared : undefined;
    // Another design is written: the kept text (megabytes at 20,000 elements) is of no more use.
    if (!prepared) tab.prepared = undefined;
    const raw = prepared ? writeRecordWith(meta, prepared.json) : writeRecord(meta, now.design);
    storage.setItem(AUTOSAVE_KEY, raw);
    tab.lastRecord = { raw, meta };
  } catch (e) {
    return failed(e);
  }
  tab.knownRevision = meta.revision;
  tab.ownRevision = meta.revision;
  hold(designRevision, now.design);
  tab.written = now;
  if (tab.failing) {
    tab.failing = false;
    dismiss(OFF);
    notify({ key: 'autosave-on', kind: 'success', title: 'Autosave is on again', text: 'Your design is saved in this browser.' });
  }
}

function failed(e: unknown): void {
  tab.failing = true;
  const full = e instanceof Error && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
  notify({
    key: OFF,
    kind: 'warning',
    sticky: true,
    title: 'Autosave is off; download your design',
    text: full
      ? 'The browser\u2019s storage for this site is full, so recent changes are not saved in this browser. The last autosave is kept. This banner goes away when saving works again.'
      : 'This browser does not let the designer store anything (private mode or blocked site data). Download your design to keep it.',
    action: { label: 'Download design', run: exportJson },
  });
}

function onStorage(e: StorageEvent): void {
  if (e.key !== AUTOSAVE_KEY || e.newValue === null) return;
  const meta = readMeta(e.newValue);
  if (!meta.ok || !isNewerWorkFromAnotherTab(meta.meta, tab) || useSessionStore.getState().readOnly) return;
  const ownChanges = tab.written?.design !== useDesignStore.getState().design;
  if (ownChanges) void resolveConflict(meta.meta);
  else followOtherTab();
}

/** Show what the other tab saved (this tab had nothing unsaved of its own). */
function followOtherTab(): boolean {
  const read = readRecord(localStore()?.getItem(AUTOSAVE_KEY) ?? null);
  if (read.kind !== 'ok') return false;
  useDesignStore.getState().replace(read.design, { origin: { kind: 'autosave' }, undoable: false });
  adopt(read.meta);
  notify({ key: 'autosave-follow', kind: 'info', title: 'Updated with changes from another tab' });
  return true;
}

function hold(revision: number, design: Design): void {
  tab.held = { revision, design };
}

function adopt(meta: AutosaveMeta): void {
  hold(meta.designRevision ?? meta.revision, useDesignStore.getState().design);
  clearTimeout(tab.timer);
  tab.timer = undefined;
  tab.knownRevision = Math.max(tab.knownRevision, meta.revision);
  tab.ownRevision = undefined;
  tab.restoredUnsavedBaseline = meta.unsaved ? useDesignStore.getState().baseline : undefined;
  tab.written = current();
}

async function resolveConflict(stored: AutosaveMeta): Promise<void> {
  if (tab.conflict) return;
  tab.conflict = true;
  clearTimeout(tab.timer);
  tab.timer = undefined;
  dismiss(PAUSED);
  const choice = await askUser({
    title: 'Newer work saved in this browser',
    message: `Another tab (or an earlier visit) saved a design here at ${new Date(stored.savedAt).toLocaleTimeString()} that this tab has not seen. Which one do you want to keep?`,
    details: [
      'Load theirs: this tab shows the saved design (Undo brings yours back).',
      'Keep mine: the design in this tab is saved over it.',
    ],
    options: [
      { id: 'later', label: 'Decide later' },
      { id: 'keep', label: 'Keep mine', danger: true },
      { id: 'theirs', label: 'Load theirs', primary: true },
    ],
  });
  tab.conflict = false;
  if (choice === 'keep') {
    tab.knownRevision = Math.max(tab.knownRevision, stored.revision);
    tab.ownRevision = undefined;
    saveNow();
  } else if (choice === 'theirs') {
    const read = readRecord(localStore()?.getItem(AUTOSAVE_KEY) ?? null);
    if (read.kind !== 'ok') return;
    useDesignStore.getState().replace(read.design, { origin: { kind: 'autosave' }, undoable: true });
    adopt(read.meta);
  } else {
    tab.conflict = true;
    notify({
      key: PAUSED,
      kind: 'warning',
      sticky: true,
      title: 'Autosave is paused',
      text: 'Newer work was saved in this browser by another tab. Choose which design to keep to turn autosave back on.',
      action: {
        label: 'Choose\u2026',
        run: () => {
          tab.conflict = false;
          const raw = localStore()?.getItem(AUTOSAVE_KEY);
          const meta = raw ? readMeta(raw) : undefined;
          if (meta?.ok && isNewerWorkFromAnotherTab(meta.meta, tab)) void resolveConflict(meta.meta);
          else {
            dismiss(PAUSED);
            saveNow();
          }
        },
      },
    });
  }
}

/**
 * Write any pending change now (before a reload into a new version). True when a reload brings back what is
 * on screen: storage holds it, or the view is a read-only link (the reload opens the link again).
 */
export function saveBeforeReload(): boolean {
  saveNow({ canAsk: false });
  if (useSessionStore.getState().readOnly) return true;
  return !tab.failing && !tab.conflict && !tab.blocked && tab.written?.design === useDesignStore.getState().design;
}

/** The tab's id and known revision, for the read-only flow and tests. */
export function autosaveTab(): { tabId: string; knownRevision: number } {
  return { tabId: tab.tabId, knownRevision: tab.knownRevision };
}

/**
 * Opening a shared link at start-up. The link is decoded by the core (every load check applies); a link that
 * does not open leaves the design on screen and in storage as it was. When this browser holds other work
 * with changes not saved to a file, the user chooses: replace it, look at the shared design read-only (their
 * work stays saved), or keep their design. The fragment is taken off the address once dealt with.
 */
import type { Design } from '../domain/design';
import { normalizeForShare, decodeShareLink } from '../document/share-codec';
import { serializeDesign } from '../document/serialize';
import { exportFileName } from '../export/file-names';
import { useDesignStore } from '../state/design-store';
import { askUser } from '../state/dialog-store';
import { dismiss, notify } from '../state/notice-store';
import { useSessionStore } from '../state/session-store';
import { forceSave, localStore } from './autosave';
import { AUTOSAVE_KEY, readRecord, sameDesign, type ReadResult } from './autosave-record';
import { downloadText } from './download';
import { clearFragment } from './share-link';
import type { Fragment } from './share-url';

export type LinkOutcome = 'replaced' | 'read-only' | 'kept' | 'refused';

const NOTICE = 'share-link';
const READ_ONLY = 'read-only';

type Stored = Extract<ReadResult, { kind: 'ok' }>;

export async function openShareLink(fragment: Extract<Fragment, { kind: 'link' }>, stored: Stored | undefined): Promise<LinkOutcome> {
  const result = decodeShareLink(fragment.payload);
  if (!result.ok) {
    // The fragment stays in the address, so the link can be copied from there to report it.
    notify({
      key: NOTICE,
      kind: 'error',
      sticky: true,
      title: 'This shared link could not be opened',
      text: `${capitalise(result.error.message)}. Your own design is as it was.`,
    });
    return 'refused';
  }
  const shared = result.value;
  let choice: string | undefined = fragment.readOnly ? 'read-only' : 'replace';
  const theirs = stored?.meta.unsaved && !sameDesign(normalizeForShare(stored.design), shared) ? stored : undefined;
  if (!fragment.readOnly && theirs) {
    choice = await askUser({
      title: 'Open the shared design?',
      message: `This browser holds your design \u201c${nameOf(theirs.design)}\u201d with changes not saved to a file. Opening the shared design in its place replaces it.`,
      details: [
        'Replace: the shared design takes its place (Undo brings yours back).',
        'Open read-only: look at the shared design; yours stays saved and comes back on reload.',
      ],
      options: [
        { id: 'cancel', label: 'Cancel' },
        { id: 'read-only', label: 'Open read-only' },
        { id: 'replace', label: 'Replace', danger: true },
      ],
    });
  }
  clearFragment();
  if (choice === 'replace') {
    useDesignStore.getState().replace(shared, { origin: { kind: 'link' }, undoable: theirs !== undefined });
    notify({ key: NOTICE, kind: 'success', title: `Opened the shared design \u201c${nameOf(shared)}\u201d` });
    return 'replaced';
  }
  if (choice === 'read-only') {
    showReadOnly(shared);
    return 'read-only';
  }
  notify({ key: NOTICE, kind: 'info', title: 'The shared design was not opened', text: 'Open the link again to see it.' });
  return 'kept';
}

export function showReadOnly(design: Design): void {
  useDesignStore.getState().replace(design, { origin: { kind: 'link' }, undoable: false });
  useSessionStore.getState().setReadOnly(true);
  notify({
    key: READ_ONLY,
    kind: 'info',
    sticky: true,
    title: 'Read-only view of a shared design',
    text: 'Your own design stays saved in this browser and comes back when you reload.',
    action: { label: 'Edit a copy', run: () => void editCopy() },
  });
  // However read-only ends (Edit a copy, a template, an import), the banner goes with it.
  const stop = useSessionStore.subscribe((s) => {
    if (s.readOnly) return;
    dismiss(READ_ONLY);
    stop();
  });
}

/** Leave the read-only view with the shared design as the user's own, asking first if it would replace unsaved work. */
export async function editCopy(): Promise<boolean> {
  const storage = localStore();
  const stored = readRecord(storage?.getItem(AUTOSAVE_KEY) ?? null);
  const design = useDesignStore.getState().design;
  if (stored.kind === 'ok' && stored.meta.unsaved && !sameDesign(stored.design, design)) {
    const choice = await askUser({
      title: 'Edit a copy of the shared design?',
      message: `Your design \u201c${nameOf(stored.design)}\u201d is autosaved in this browser with changes not saved to a file. Editing this copy saves it in its place.`,
      options: [
        { id: 'cancel', label: 'Cancel' },
        { id: 'download', label: 'Download mine, then edit', primary: true },
        { id: 'replace', label: 'Edit the copy', danger: true },
      ],
    });
    if (choice !== 'download' && choice !== 'replace') return false;
    if (choice === 'download') downloadText(serializeDesign(stored.design), exportFileName(stored.design.name, 'json'), 'application/json');
  }
  if (!useSessionStore.getState().readOnly) return true;
  useSessionStore.getState().setReadOnly(false);
  forceSave({ overStored: true });
  return true;
}

function nameOf(design: Design): string {
  return design.name?.trim() || 'Untitled design';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

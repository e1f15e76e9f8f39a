/**
 * Damaged autosave records: a record that does not load whole is moved to a key of its own (never deleted,
 * never overwritten) and offered for download. Downloading one removes it from the browser: the user has it.
 * The download is the design inside as a normal topology file when it still loads (Import opens it), else
 * the raw record.
 */
import { dismiss, notify } from '../state/notice-store';
import { AUTOSAVE_KEY, DAMAGED_PREFIX, damagedDownload, damagedKey } from './autosave-record';
import { downloadText } from './download';

const NOTICE = 'autosave-damaged';

/**
 * Move a damaged record aside. Returns false when that failed (storage full or blocked): the record then
 * stays where it is, and the caller must not write over it.
 */
export function setAsideDamaged(storage: Storage, raw: string): boolean {
  try {
    let key = damagedKey(Date.now());
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${damagedKey(Date.now())}-${n}`;
    storage.setItem(key, raw);
    // Another tab may have replaced it meanwhile; only what was copied is removed.
    if (storage.getItem(AUTOSAVE_KEY) === raw) storage.removeItem(AUTOSAVE_KEY);
    return true;
  } catch {
    return false;
  }
}

function damagedKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(DAMAGED_PREFIX)) keys.push(k);
  }
  return keys.sort();
}

/** Show (or refresh) the notice offering the damaged records kept in this browser, oldest first. */
export function offerDamagedDownloads(storage: Storage, reason?: string): void {
  let keys: string[];
  try {
    keys = damagedKeys(storage);
  } catch {
    return;
  }
  if (keys.length === 0) {
    dismiss(NOTICE);
    return;
  }
  const key = keys[0]!;
  let offer: ReturnType<typeof damagedDownload> | undefined;
  try {
    const raw = storage.getItem(key);
    offer = raw === null ? undefined : damagedDownload(key, raw);
  } catch {
    return;
  }
  if (!offer) return;
  const more = keys.length > 1 ? ` (${keys.length} are kept; this offers the oldest first)` : '';
  const what =
    offer.kind === 'design'
      ? 'The design in it still opens: download it as a topology file (Import opens it)'
      : 'Nothing in it opens as a design: download the record as it was stored, to keep it';
  notify({
    key: NOTICE,
    kind: 'warning',
    sticky: true,
    title: 'A damaged autosave was kept aside',
    text: `${reason ? `The design saved in this browser could not be read: ${reason}. ` : ''}It was kept, not overwritten${more}. ${what}; downloading removes it from the browser.`,
    action: {
      label: offer.kind === 'design' ? 'Download recovered design' : 'Download damaged autosave',
      run: () => {
        downloadText(offer.text, offer.fileName, offer.kind === 'design' ? 'application/json' : 'text/plain');
        storage.removeItem(key);
        offerDamagedDownloads(storage);
      },
    },
  });
}

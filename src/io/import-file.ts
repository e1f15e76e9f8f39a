/**
 * Opening a design from a file the user picked, dropped or pasted. Every file goes through the one load
 * pipeline (via export/picture-payload.ts for pictures, topology-builder/ for Topology Builder XML); a
 * refused file leaves the design on screen as it was and says why, where, and that nothing changed.
 * Unsaved work is never replaced without asking, and the import is one undo step. The file reader (with
 * the PNG chunk parser) is fetched with import() when a file is opened, and the Topology Builder importer
 * and its XML parser only when a file is XML, so they stay out of the first screen's bundle.
 */
import type { Design } from '../domain/design';
import type { LoadResult } from '../document/load-error';
import type { Steps } from '../domain/steps';
import { hasUnsavedChanges, useDesignStore } from '../state/design-store';
import { prepareDesign, showDesign } from '../state/open-design';
import { askUser } from '../state/dialog-store';
import { notify } from '../state/notice-store';
import { useSessionStore } from '../state/session-store';
import { isTopologyXmlText, looksLikeTopologyXml } from '../topology-builder/sniff';
import { exportJson } from './export-design';

const NOTICE_KEY = 'import';

/** Resolves true when the file's design is now on screen. */
export async function importFile(file: File): Promise<boolean> {
  const name = file.name || 'the pasted file';
  const reader = await fileReader(name);
  if (!reader) return false;
  if (file.size > reader.PICTURE_MAX_BYTES) {
    return refuse(name, `the file is ${Math.round(file.size / 1024 / 1024)} MB, more than the ${reader.PICTURE_MAX_BYTES / 1024 / 1024} MB the designer opens`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse(name, 'the file could not be read');
  }
  if (looksLikeTopologyXml(name, bytes)) return importTopology(name, bytes, file.name);
  return open(name, reader.loadDesignFileSteps(name, bytes, file.type));
}

/** Text from the clipboard: a design document, an SVG picture carrying one, or topology XML. */
export async function importText(text: string, name = 'the pasted design'): Promise<boolean> {
  if (isTopologyXmlText(text)) return importTopology(name === 'the pasted design' ? 'the pasted topology' : name, new TextEncoder().encode(text));
  const reader = await fileReader(name);
  return reader ? open(name, reader.loadDesignOrPictureTextSteps(text)) : false;
}

/** The reader of design files and pictures; undefined (and the user told) when it cannot be fetched. */
async function fileReader(name: string): Promise<typeof import('../export/picture-payload') | undefined> {
  try {
    return await import('../export/picture-payload');
  } catch {
    refuse(name, "the designer's file reader could not be loaded (is the connection down? try again)");
    return undefined;
  }
}

/** `fileName` names the design; pasted text has none, so the design takes the SIP domain's name. */
async function importTopology(name: string, bytes: Uint8Array, fileName?: string): Promise<boolean> {
  let importer: typeof import('../topology-builder');
  try {
    importer = await import('../topology-builder');
  } catch {
    return refuse(name, 'the Topology Builder importer could not be loaded (is the connection down? try again)');
  }
  const result = importer.importTopologyXml(bytes, fileName || undefined);
  if (!result.ok) return refuse(name, result.error.message);
  const opened = await open(name, noSteps({ ok: true, value: result.design }));
  if (opened) void showReport(name, importer.reportLines(result.report));
  return opened;
}

/** The import report, after the design is on screen: what the file was, the defaults chosen, what was not understood. */
async function showReport(name: string, lines: string[]): Promise<void> {
  const [first, ...rest] = lines;
  await askUser({
    title: `Imported "${name}"`,
    message: first ?? '',
    details: rest,
    options: [{ id: 'ok', label: 'OK', primary: true }],
  });
}

// eslint-disable-next-line require-yield -- already loaded: nothing to do in steps
function* noSteps(result: LoadResult<Design>): Steps<LoadResult<Design>> {
  return result;
}

/** Opens are taken in turn: one that was overtaken by a later one (a second file dropped) gives way. */
let opening = 0;

/**
 * The file is loaded and laid out in short tasks (state/open-design.ts) before anything is asked or
 * replaced: the design on screen stays editable meanwhile, and the question about unsaved work is asked
 * of the design as it is then.
 */
async function open(name: string, load: Steps<LoadResult<Design>>): Promise<boolean> {
  const ticket = ++opening;
  const result = await prepareDesign(load);
  if (ticket !== opening) return false;
  if (!result.ok) return refuse(name, result.error.message);
  if (!(await mayReplace(name)) || ticket !== opening) return false;
  showDesign(result.value, { origin: { kind: 'file', name }, undoable: true });
  const session = useSessionStore.getState();
  session.select([]);
  // A file the user opened is theirs to edit, even when a shared link had opened read-only.
  session.setReadOnly(false);
  session.frame([]);
  const notes = (result.notes ?? []).map((n) => `${n[0]!.toUpperCase()}${n.slice(1)}${/[.!?]$/.test(n) ? '' : '.'} `).join('');
  notify(
    notes
      ? { key: NOTICE_KEY, kind: 'warning', sticky: true, title: `Opened "${name}"`, text: `${notes}Undo brings back the design you had before.` }
      : { key: NOTICE_KEY, kind: 'success', title: `Opened "${name}"`, text: 'Undo brings back the design you had before.' },
  );
  return true;
}

function refuse(name: string, reason: string): false {
  const sentence = /[.!?]$/.test(reason) ? reason : `${reason}.`;
  notify({ key: NOTICE_KEY, kind: 'error', title: `Could not open "${name}"`, text: `${sentence} Nothing was changed.`, sticky: true });
  return false;
}

async function mayReplace(name: string): Promise<boolean> {
  if (!hasUnsavedChanges()) return true;
  const current = useDesignStore.getState().design.name?.trim() || 'the design on screen';
  const choice = await askUser({
    title: 'Replace the current design?',
    message: `"${current}" has changes that are not saved to a file. Opening "${name}" replaces it (Undo brings it back).`,
    options: [
      { id: 'cancel', label: 'Cancel' },
      { id: 'save', label: 'Export JSON first' },
      { id: 'replace', label: 'Open without saving', primary: true, danger: true },
    ],
  });
  if (choice === 'save') exportJson();
  return choice === 'save' || choice === 'replace';
}

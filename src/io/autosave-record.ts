/**
 * The autosave record in local storage, and the decisions about it, as pure functions (tested without a
 * browser). The record is an envelope {savedAt, tabId, revision, unsaved, viewport, design}; the envelope is
 * checked with zod and the design goes through the one load pipeline, like every other way in.
 */
import { z } from 'zod';
import type { Design } from '../domain/design';
import { lazySchema } from '../domain/lazy-schema';
import { LIMITS } from '../domain/limits';
import { loadDesignValue } from '../document/parse';
import { parseJsonSafely } from '../document/safe-json';
import { serializeDesign, toFileObject } from '../document/serialize';

import { DAMAGED_PREFIX } from './autosave-key';

export { AUTOSAVE_KEY, DAMAGED_PREFIX } from './autosave-key';

const finite = lazySchema(() => z.number().finite());
const viewportSchema = lazySchema(() => z.object({ x: finite(), y: finite(), zoom: finite().positive() }));

const metaSchema = lazySchema(() =>
  z.object({
    /** When it was written (milliseconds since 1970). */
    savedAt: finite(),
    /** The page that wrote it; a new id per page load. */
    tabId: z.string().min(1).max(100),
    /** Grows by one with every write from any tab, so a tab can tell newer work from its own. */
    revision: z.number().int().min(0),
    /** The design had changes not saved to a file when it was written. */
    unsaved: z.boolean(),
    viewport: viewportSchema().optional(),
    /**
     * The revision whose design this record holds: the write's own revision when it changed the design, an
     * earlier one when it only moved the writer's view over a record with that same design. Missing in
     * records written before it existed.
     */
    designRevision: z.number().int().min(0).optional(),
  }),
);
export type AutosaveMeta = z.infer<ReturnType<typeof metaSchema>>;
export type StoredViewport = z.infer<ReturnType<typeof viewportSchema>>;

const recordSchema = lazySchema(() => metaSchema().extend({ design: z.unknown() }));

export type ReadResult =
  | { kind: 'none' }
  | { kind: 'ok'; meta: AutosaveMeta; design: Design }
  | { kind: 'damaged'; raw: string; reason: string };

export function writeRecord(meta: AutosaveMeta, design: Design): string {
  return JSON.stringify({ ...meta, design: toFileObject(design) });
}

/** writeRecord with the design already written as compact file JSON (document/serialize.ts compactFileJsonSteps). */
export function writeRecordWith(meta: AutosaveMeta, designJson: string): string {
  return `${JSON.stringify(meta).slice(0, -1)},"design":${designJson}}`;
}

/** Read a stored record; anything that does not load whole is "damaged" (and must be kept, not overwritten). */
export function readRecord(raw: string | null): ReadResult {
  if (raw === null) return { kind: 'none' };
  const meta = readMeta(raw);
  if (!meta.ok) return { kind: 'damaged', raw, reason: meta.reason };
  const loaded = loadDesignValue(meta.design);
  if (!loaded.ok) return { kind: 'damaged', raw, reason: `the design in it does not load (${loaded.error.message})` };
  return { kind: 'ok', meta: meta.meta, design: loaded.value };
}

/** Only the envelope: what a tab needs to know before it writes (who wrote last, which revision). */
export function readMeta(raw: string): { ok: true; meta: AutosaveMeta; design: unknown } | { ok: false; reason: string } {
  if (raw.length > LIMITS.autosaveChars) return { ok: false, reason: `it is larger than ${LIMITS.autosaveChars} characters` };
  let value: unknown;
  try {
    value = parseJsonSafely(raw);
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  const parsed = recordSchema().safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'its envelope is not one this designer writes' };
  const { design, ...meta } = parsed.data;
  return { ok: true, meta, design };
}

/**
 * Newer work from another tab: written by someone else after the last revision this tab has seen, or with the
 * very revision this tab wrote itself. Two tabs writing within milliseconds both read N and both write N+1;
 * the second write replaced the first, so an equal revision from another tab is a conflict, not old news.
 */
export function isNewerWorkFromAnotherTab(
  stored: AutosaveMeta | undefined,
  tab: { tabId: string; knownRevision: number; ownRevision?: number; held?: HeldDesign },
): boolean {
  if (stored === undefined || stored.tabId === tab.tabId) return false;
  if (!(stored.revision > tab.knownRevision || stored.revision === tab.ownRevision)) return false;
  // Another tab only moved its view over the very design this tab holds: nothing of theirs would be lost.
  return !(stored.designRevision !== undefined && stored.designRevision === tab.held?.revision);
}

/** The design a tab holds (written, restored or adopted), and the revision whose design it is. */
export interface HeldDesign {
  revision: number;
  design: Design;
}

/**
 * The designRevision of a write: kept from the record it replaces when that record holds the design this tab
 * holds and the design on screen is still that object; else the write's own.
 */
export function designRevisionOf(
  stored: AutosaveMeta | undefined,
  held: HeldDesign | undefined,
  design: Design,
  revision: number,
): number {
  const storedDesign = stored && (stored.designRevision ?? stored.revision);
  return held && held.design === design && storedDesign === held.revision ? held.revision : revision;
}

/** The revision to write next: above everything seen, so every tab sees the write as newer. */
export function nextRevision(stored: AutosaveMeta | undefined, knownRevision: number): number {
  return Math.max(knownRevision, stored?.revision ?? 0) + 1;
}

/** Two designs are the same work when their saved files are the same text. */
export function sameDesign(a: Design, b: Design): boolean {
  return a === b || JSON.stringify(toFileObject(a)) === JSON.stringify(toFileObject(b));
}

export function damagedKey(now: number): string {
  return `${DAMAGED_PREFIX}${new Date(now).toISOString()}`;
}

/** The time in a damaged record's key, fit for a file name: "2024-05-01T10-20-30-000Z". */
function stampOf(key: string): string {
  return key.slice(DAMAGED_PREFIX.length).replace(/[^0-9A-Za-z-]+/g, '-').replace(/-+$/, '') || 'unknown';
}

export type DamagedDownload =
  | { kind: 'design'; fileName: string; text: string }
  | { kind: 'record'; fileName: string; text: string };

/**
 * What to hand the user for a damaged record. Import refuses the storage wrapper, so when the design inside
 * it still loads through the pipeline (only the envelope was bad, e.g. a viewport of nulls), the download is
 * that design as a normal topology file; otherwise it is the raw record, as it was stored. The file name
 * says which.
 */
export function damagedDownload(key: string, raw: string): DamagedDownload {
  const stamp = stampOf(key);
  let value: unknown;
  try {
    value = raw.length <= LIMITS.autosaveChars ? parseJsonSafely(raw) : undefined;
  } catch {
    value = undefined;
  }
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'design')) {
    const loaded = loadDesignValue((value as { design: unknown }).design);
    if (loaded.ok) return { kind: 'design', fileName: `recovered-design-${stamp}.json`, text: serializeDesign(loaded.value) };
  }
  return { kind: 'record', fileName: `damaged-autosave-record-${stamp}.txt`, text: raw };
}

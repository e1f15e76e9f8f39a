/**
 * The compact form of a design that share links carry (before compression): short field codes, enums and
 * references as indices, defaults left out, layout merged into each element and quantised to LAYOUT_STEP px.
 * `fromCompact` only renames and re-expands; judging the result is the load pipeline's job (loadDesignValue),
 * so a link is refused with the same words as a file. See docs/limits-and-sharing.md.
 */
import type { Collection, Design } from '../domain/design';
import { COLLECTIONS, FORMAT_NAME } from '../domain/design';
import { placementOf, setOwn, type Placement } from '../domain/elements/layout';
import { UNSAFE_KEYS } from '../domain/limits';
import { LoadError } from './load-error';
import type { RawDocument } from './migrations';
import {
  COLLECTION_CODES, DOCUMENT_FIELDS, ELEMENT_FIELDS, EXTRA_CODE, FEATURE_BITS, FEATURE_EXTRA_CODE, type FieldSpec,
  LAYOUT_STEP, PLACEMENT_CODE,
} from './share-fields';

/** The document format version that compact format 1 expands to; older links keep working through migrations. */
export const COMPACT_FORMAT_VERSION = 1;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const TOP_LEVEL_KNOWN = new Set<string>(['format', 'version', 'layout', ...COLLECTIONS, ...Object.keys(DOCUMENT_FIELDS)]);

/** A coordinate in grid units; `|| 0` turns -0 into 0 so the JSON and the value agree. */
const quantise = (v: number) => Math.round(v / LAYOUT_STEP) || 0;

export function toCompact(design: Design): Obj {
  const doc = design as unknown as Obj;
  const out: Obj = {};
  const indexIn = new Map<string, number>();
  const globalIndex = new Map<string, number>();
  let g = 0;
  for (const c of COLLECTIONS) design[c].forEach((e, i) => {
    indexIn.set(e.id, i);
    globalIndex.set(e.id, g++);
  });
  const refIndex = (spec: FieldSpec, id: unknown) =>
    typeof id === 'string' ? ((spec.ref === 'any' ? globalIndex : indexIn).get(id) ?? id) : id;

  const domain = typeof doc.primarySipDomain === 'string' && doc.primarySipDomain ? doc.primarySipDomain : undefined;
  writeFields(doc, DOCUMENT_FIELDS, out, refIndex, undefined);
  const extra = extrasOf(doc, TOP_LEVEL_KNOWN);
  if (extra) out[EXTRA_CODE] = extra;
  for (const c of COLLECTIONS) {
    if (design[c].length === 0) continue;
    const known = new Set(Object.keys(ELEMENT_FIELDS[c]));
    out[COLLECTION_CODES[c]] = design[c].map((e) => {
      const el = e as Obj;
      const item: Obj = {};
      writeFields(el, ELEMENT_FIELDS[c], item, refIndex, domain && `${e.id}.${domain}`);
      const placement = placementOf(design.layout, e.id);
      if (placement) item[PLACEMENT_CODE] = placementToArray(placement);
      const x = extrasOf(el, known);
      if (x) item[EXTRA_CODE] = x;
      return item;
    });
  }
  return out;
}

function writeFields(
  source: Obj,
  fields: Record<string, FieldSpec>,
  out: Obj,
  refIndex: (spec: FieldSpec, id: unknown) => unknown,
  impliedHost: string | undefined,
): void {
  for (const [field, spec] of Object.entries(fields)) {
    const value = source[field];
    if (value === undefined || value === spec.omit || value === spec.implied) continue;
    if (spec.hostOfId && value === impliedHost) continue;
    if (spec.flag) {
      if (value !== false) out[spec.code] = value === true ? 1 : value;
    } else if (spec.features && isObject(value)) {
      let mask = 0;
      const unknown: Obj = {};
      for (const [k, v] of Object.entries(value)) {
        const bit = FEATURE_BITS.indexOf(k);
        if (bit < 0) unknown[k] = v;
        else if (v === true) mask |= 1 << bit;
      }
      const hasUnknown = Object.keys(unknown).length > 0;
      if (mask || hasUnknown) out[spec.code] = mask;
      if (hasUnknown) out[FEATURE_EXTRA_CODE] = unknown;
    } else if (spec.enum) {
      const i = spec.enum.indexOf(value as string);
      out[spec.code] = i >= 0 ? i : value;
    } else if (spec.ref) {
      out[spec.code] = refIndex(spec, value);
    } else {
      out[spec.code] = value;
    }
  }
}

function extrasOf(source: Obj, known: ReadonlySet<string>): Obj | undefined {
  let extra: Obj | undefined;
  for (const [k, v] of Object.entries(source)) {
    if (known.has(k) || v === undefined) continue;
    (extra ??= {})[k] = v;
  }
  return extra;
}

function placementToArray(p: Placement): (number | null)[] {
  const arr: (number | null)[] = [quantise(p.x), quantise(p.y)];
  if (p.w !== undefined || p.h !== undefined) arr.push(p.w === undefined ? null : quantise(p.w));
  if (p.h !== undefined) arr.push(quantise(p.h));
  return arr;
}

/** Expand a compact value into a raw document for the load pipeline. Throws LoadError for what is not ours. */
export function fromCompact(value: unknown): RawDocument {
  if (!isObject(value)) throw new LoadError('wrong-format', 'this link does not hold a design');
  const codeToCollection = new Map(COLLECTIONS.map((c) => [COLLECTION_CODES[c], c]));
  const lists = new Map<Collection, unknown[]>();
  for (const c of COLLECTIONS) {
    const list = value[COLLECTION_CODES[c]];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new LoadError('invalid', 'expected a list', c);
    lists.set(c, list);
  }
  const idsOf = (c: Collection) => (lists.get(c) ?? []).map((e) => (isObject(e) ? e.i : undefined));
  const ids = { sites: idsOf('sites'), pools: idsOf('pools'), any: COLLECTIONS.flatMap(idsOf) };

  const out: RawDocument = { format: FORMAT_NAME, version: COMPACT_FORMAT_VERSION };
  const layout: Record<string, unknown> = {};
  for (const [code, v] of Object.entries(value)) {
    if (code === EXTRA_CODE) copyExtras(v, out, TOP_LEVEL_KNOWN, 'x');
    else if (!codeToCollection.has(code)) readField(DOCUMENT_FIELDS, code, v, out, ids, '');
  }
  const domain = typeof out.primarySipDomain === 'string' && out.primarySipDomain ? out.primarySipDomain : undefined;
  for (const c of COLLECTIONS) {
    out[c] = (lists.get(c) ?? []).map((item, i) => {
      if (!isObject(item)) return item;
      const path = `${c}[${i}]`;
      const fields = ELEMENT_FIELDS[c];
      const el: Obj = {};
      for (const [code, v] of Object.entries(item)) {
        if (code === PLACEMENT_CODE) {
          if (typeof item.i === 'string') setOwn(layout, item.i, arrayToPlacement(v, `${path}.${code}`));
        } else if (code === EXTRA_CODE) copyExtras(v, el, new Set(Object.keys(fields)), `${path}.x`);
        else if (code === FEATURE_EXTRA_CODE && c === 'pools') continue;
        else readField(fields, code, v, el, ids, path);
      }
      if (c === 'pools' && item[FEATURE_EXTRA_CODE] !== undefined) {
        const features = isObject(el.features) ? el.features : {};
        copyExtras(item[FEATURE_EXTRA_CODE], features, new Set(FEATURE_BITS), `${path}.${FEATURE_EXTRA_CODE}`);
        el.features = features;
      }
      for (const [field, spec] of Object.entries(fields)) {
        if (field in el) continue;
        if (spec.implied !== undefined) el[field] = spec.implied;
        else if (spec.hostOfId && domain && typeof el.id === 'string') el[field] = `${el.id}.${domain}`;
      }
      return el;
    });
  }
  if (Object.keys(layout).length) out.layout = layout;
  return out;
}

type Ids = Record<'sites' | 'pools' | 'any', unknown[]>;

function readField(fields: Record<string, FieldSpec>, code: string, v: unknown, out: Obj, ids: Ids, path: string): void {
  const entry = Object.entries(fields).find(([, spec]) => spec.code === code);
  if (!entry) throw new LoadError('invalid', `unknown field code "${code.slice(0, 20)}" (a link from a newer release?)`, path);
  const [field, spec] = entry;
  const at = path ? `${path}.${field}` : field;
  if (spec.flag) out[field] = v === 1 ? true : v;
  else if (spec.enum) out[field] = Number.isInteger(v) ? (spec.enum[v as number] ?? v) : v;
  else if (spec.ref) {
    if (typeof v !== 'number') out[field] = v;
    else {
      const id = Number.isInteger(v) && v >= 0 ? ids[spec.ref][v] : undefined;
      if (typeof id !== 'string') throw new LoadError('dangling-reference', `no element number ${String(v).slice(0, 20)}`, at);
      out[field] = id;
    }
  } else if (spec.features) {
    if (!Number.isInteger(v) || (v as number) < 0 || (v as number) >= 2 ** FEATURE_BITS.length) out[field] = v;
    else {
      const features: Obj = {};
      FEATURE_BITS.forEach((f, bit) => {
        if ((v as number) & (1 << bit)) features[f] = true;
      });
      out[field] = features;
    }
  } else out[field] = v;
}

function copyExtras(v: unknown, out: Obj, known: ReadonlySet<string>, path: string): void {
  if (!isObject(v)) throw new LoadError('invalid', 'expected an object of extra fields', path);
  for (const [k, x] of Object.entries(v)) {
    if (UNSAFE_KEYS.has(k)) continue;
    if (known.has(k)) throw new LoadError('invalid', `"${k.slice(0, 40)}" is a known field, not an extra one`, path);
    out[k] = x;
  }
}

function arrayToPlacement(v: unknown, path: string): unknown {
  if (!Array.isArray(v) || v.length < 2 || v.length > 4) throw new LoadError('invalid', 'expected a position [x, y, w?, h?]', path);
  const scale = (n: unknown) => (typeof n === 'number' ? n * LAYOUT_STEP : n);
  const p: Obj = { x: scale(v[0]), y: scale(v[1]) };
  if (v[2] !== undefined && v[2] !== null) p.w = scale(v[2]);
  if (v[3] !== undefined && v[3] !== null) p.h = scale(v[3]);
  return p;
}

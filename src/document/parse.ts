/**
 * The one load pipeline. File import, paste, autosave, share links, the CLI and the test fixtures all
 * come through loadDesign, so every entry point refuses the same things with the same words:
 * size gate, safe JSON parse, format and version check, migrations, schema, element count, references.
 */
import { z } from 'zod';
import type { Design } from '../domain/design';
import { COLLECTIONS, FORMAT_NAME, FORMAT_VERSION, type Collection } from '../domain/design';
import { designSchema } from '../domain/schema/design';
import { plainPlacement, setOwn } from '../domain/elements/layout';
import { placementSchema } from '../domain/schema/placement';
import { LIMITS } from '../domain/limits';
import { runSteps, type Steps } from '../domain/steps';
import { LoadError, type LoadResult } from './load-error';
import { migrate, type RawDocument } from './migrations';
import { parseJsonSafely } from './safe-json';

export function loadDesign(text: string): LoadResult<Design> {
  return runSteps(loadDesignSteps(text));
}

/** loadDesign in steps (domain/steps.ts): a large file is checked a chunk of elements at a time. */
export function* loadDesignSteps(text: string): Steps<LoadResult<Design>> {
  try {
    if (text.length > LIMITS.fileBytes) {
      throw new LoadError(
        'too-large',
        `the file is ${formatSize(text.length)}, more than the ${formatSize(LIMITS.fileBytes)} a design may have`,
      );
    }
    const value = parseJsonSafely(text);
    yield;
    return { ok: true, value: yield* designFromValue(value, CHUNK) };
  } catch (e) {
    return { ok: false, error: asLoadError(e) };
  }
}

/** For values that are already parsed (e.g. a share link's payload that went through parseJsonSafely). */
export function loadDesignValue(value: unknown): LoadResult<Design> {
  return runSteps(loadDesignValueSteps(value));
}

/** `chunk`: elements checked per step. */
export function* loadDesignValueSteps(value: unknown, chunk = CHUNK): Steps<LoadResult<Design>> {
  try {
    return { ok: true, value: yield* designFromValue(value, chunk) };
  } catch (e) {
    return { ok: false, error: asLoadError(e) };
  }
}

function asLoadError(e: unknown): LoadError {
  if (e instanceof LoadError) return e;
  // Anything else is a bug in a migration or the pipeline; the user still gets a sentence, not a stack.
  return new LoadError('invalid', `the file could not be read (${e instanceof Error ? e.message : String(e)})`);
}

function* designFromValue(value: unknown, chunk: number): Steps<Design> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LoadError('wrong-format', 'this is not a Lync topology file (it is not a JSON object)');
  }
  const raw = value as RawDocument;
  if (raw.format !== FORMAT_NAME) {
    const seen = typeof raw.format === 'string' ? `"${raw.format.slice(0, 40)}"` : 'missing';
    throw new LoadError('wrong-format', `this is not a Lync topology file (format is ${seen}, expected "${FORMAT_NAME}")`, 'format');
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new LoadError('unknown-version', `the format version must be a whole number from 1 to ${FORMAT_VERSION}`, 'version');
  }
  if (version > FORMAT_VERSION) {
    throw new LoadError(
      'newer-version',
      `this file is format version ${version}, made by a newer release; this program reads version ${FORMAT_VERSION} and older`,
      'version',
    );
  }
  checkElementCount(raw);
  const migrated = migrate(raw, version, FORMAT_VERSION);
  const { rest, protoPlacement } = takeProtoPlacement(migrated);
  let design = yield* parseSchema(rest, chunk);
  if (protoPlacement !== undefined) {
    const p = placementSchema().safeParse(protoPlacement, { reportInput: true });
    if (!p.success) {
      const issue = p.error.issues[0]!;
      throw new LoadError('invalid', describeIssue(issue), formatPath(['layout', '__proto__', ...issue.path]));
    }
    const layout = { ...design.layout };
    setOwn(layout, '__proto__', p.data);
    design = { ...design, layout };
  }
  yield;
  checkReferences(design);
  return dropStrayLayout(design);
}

/** Elements (or layout entries) checked per step: a few milliseconds' work. */
const CHUNK = 1000;
/** The document without its element collections and layout, which are checked a chunk at a time. */
const CHUNKED = [...COLLECTIONS, 'layout'] as const;
let envelopeSchema: z.ZodType | undefined;
const envelope = () =>
  (envelopeSchema ??= designSchema().extend(Object.fromEntries(CHUNKED.map((c) => [c, z.unknown().optional()])) as Record<Collection | 'layout', z.ZodOptional<z.ZodUnknown>>));

/**
 * designSchema.safeParse(doc), in steps: the other fields first, then each collection and the layout a chunk
 * at a time, with the very schemas designSchema holds. The problem reported is the one the whole parse would
 * report first (zod reports in the schema's key order, then element order), so a refused file says the
 * same thing either way (parse.test.ts compares them).
 */
function* parseSchema(doc: RawDocument, chunk: number): Steps<Design> {
  const head = envelope().safeParse(doc, { reportInput: true });
  const keys = Object.keys(designSchema().shape);
  const headIssue = head.success ? undefined : head.error.issues[0]!;
  const headRank = headIssue ? keys.indexOf(String(headIssue.path[0])) : Infinity;
  const out = { ...(head.data as Record<string, unknown>) };
  for (const key of CHUNKED) {
    if (headIssue && headRank < keys.indexOf(key)) refuse(headIssue);
    if (key === 'layout') {
      if (doc.layout !== undefined) out.layout = yield* parseLayout(doc.layout, chunk);
      continue;
    }
    const schema = designSchema().shape[key];
    const list = doc[key];
    if (!Array.isArray(list)) {
      // Missing (the default applies) or not a list (refused): checked as the whole parse checks the key.
      const r = designSchema().pick({ [key]: true } as Record<Collection, true>).safeParse({ [key]: list }, { reportInput: true });
      if (!r.success) refuse(r.error.issues[0]!);
      out[key] = (r.data as Record<string, unknown>)[key];
      continue;
    }
    const parsed: unknown[] = [];
    for (let i = 0; i < list.length || i === 0; i += chunk) {
      const r = schema.safeParse(list.slice(i, i + chunk), { reportInput: true });
      if (!r.success) {
        const issue = r.error.issues[0]!;
        refuse({ ...issue, path: [i + Number(issue.path[0]), ...issue.path.slice(1)] }, [key]);
      }
      for (const e of r.data!) parsed.push(e);
      yield;
    }
    out[key] = parsed;
  }
  if (headIssue) refuse(headIssue);
  return out as Design;
}

function refuse(issue: z.core.$ZodIssue, prefix: PropertyKey[] = []): never {
  throw new LoadError('invalid', describeIssue(issue), formatPath([...prefix, ...issue.path]));
}

/** The layout record in chunks of entries (its "__proto__" entry was taken out before, see takeProtoPlacement). */
function* parseLayout(layout: unknown, chunk: number): Steps<NonNullable<Design['layout']>> {
  const schema = designSchema().shape.layout;
  if (typeof layout !== 'object' || layout === null || Array.isArray(layout)) {
    const r = schema.safeParse(layout, { reportInput: true });
    if (!r.success) refuse(r.error.issues[0]!, ['layout']);
    return r.data!;
  }
  // Entries a chunk at a time; "__proto__" was taken out before (takeProtoPlacement), so assigning is safe.
  const entries = Object.entries(layout);
  const out: NonNullable<Design['layout']> = {};
  for (let i = 0; i < entries.length || i === 0; i += chunk) {
    const part = entries.slice(i, i + chunk);
    // Plain placements under plain ids are taken as they are (what zod would give); a chunk with anything
    // else goes through zod, so a refusal names the same entry with the same words.
    const plain = part.map(([id, value]) => (id.length >= 1 && id.length <= LIMITS.idLength ? plainPlacement(value) : undefined));
    if (plain.every((p) => p !== undefined)) {
      part.forEach(([id], k) => setOwn(out, id, plain[k]!));
    } else {
      const r = schema.safeParse(Object.fromEntries(part), { reportInput: true });
      if (!r.success) refuse(r.error.issues[0]!, ['layout']);
      Object.assign(out, r.data);
    }
    yield;
  }
  return out;
}

/**
 * zod's record drops a "__proto__" key (it builds into a plain object), yet an element may have that id and
 * its placement must survive: it is taken out here, checked on its own and put back as an own key.
 */
function takeProtoPlacement(doc: RawDocument): { rest: RawDocument; protoPlacement: unknown } {
  const layout = (doc as Record<string, unknown>).layout;
  if (typeof layout !== 'object' || layout === null || !Object.hasOwn(layout, '__proto__')) return { rest: doc, protoPlacement: undefined };
  const entries = Object.entries(layout).filter(([k]) => k !== '__proto__');
  return { rest: { ...doc, layout: Object.fromEntries(entries) }, protoPlacement: (layout as Record<string, unknown>)['__proto__'] };
}

function checkElementCount(raw: RawDocument): void {
  let count = 0;
  for (const c of COLLECTIONS) {
    const list = raw[c];
    if (Array.isArray(list)) count += list.length;
  }
  if (count > LIMITS.elements) {
    throw new LoadError('too-many-elements', `the design has ${count} elements, more than the ${LIMITS.elements} allowed`);
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  int: 'a whole number',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) return `is missing (expected ${TYPE_WORDS[issue.expected] ?? issue.expected})`;
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${typeWord(input)}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return issue.origin === 'string' ? `is longer than ${String(issue.maximum)} characters` : issue.message;
    default:
      return issue.message;
  }
}

function typeWord(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return TYPE_WORDS[typeof value] ?? typeof value;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Ids unique across the document; every reference resolves to an element of the right collection. */
function checkReferences(design: Design): void {
  const kindOf = new Map<string, string>();
  for (const c of COLLECTIONS) {
    design[c].forEach((e, i) => {
      const prior = kindOf.get(e.id);
      if (prior) throw new LoadError('duplicate-id', `the id "${e.id}" is used twice (first by ${prior})`, `${c}[${i}].id`);
      kindOf.set(e.id, `${c}`);
    });
  }
  const expect = (path: string, id: string | undefined, collection: string, noun: string) => {
    if (id === undefined) return;
    const actual = kindOf.get(id);
    if (actual === undefined) throw new LoadError('dangling-reference', `no ${noun} "${id}"`, path);
    if (actual !== collection) throw new LoadError('dangling-reference', `"${id}" is not a ${noun}`, path);
  };
  design.sites.forEach((s, i) => expect(`sites[${i}].centralSiteId`, s.centralSiteId, 'sites', 'site'));
  design.servers.forEach((s, i) => expect(`servers[${i}].poolId`, s.poolId, 'pools', 'pool'));
  for (const c of ['pools', 'sqlInstances', 'fileStores', 'gateways', 'reverseProxies'] as const) {
    design[c].forEach((e, i) => expect(`${c}[${i}].siteId`, e.siteId, 'sites', 'site'));
  }
  design.links.forEach((l, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!kindOf.has(l[end])) throw new LoadError('dangling-reference', `no element "${l[end]}"`, `links[${i}].${end}`);
    }
  });
}

/** Layout is geometry only: entries for ids that do not exist are dropped, not refused. */
function dropStrayLayout(design: Design): Design {
  if (!design.layout) return design;
  const ids = new Set(COLLECTIONS.flatMap((c) => design[c].map((e) => e.id)));
  const stray = Object.keys(design.layout).filter((id) => !ids.has(id));
  if (stray.length === 0) return design;
  const layout = { ...design.layout };
  for (const id of stray) delete layout[id];
  return { ...design, layout };
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} kB`;
}

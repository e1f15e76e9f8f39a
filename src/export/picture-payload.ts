/**
 * Editable pictures: the design travels inside exported PNG (an iTXt chunk) and SVG (<metadata>) files.
 * This module puts it in and takes it out again, and opens any file the designer accepts (.json, .png,
 * .svg) from its bytes. Whatever the file, the design text goes through the one load pipeline.
 */
import { strFromU8 } from 'fflate';
import type { Design } from '../domain/design';
import { loadDesignSteps } from '../document/parse';
import { runSteps, type Steps } from '../domain/steps';
import { LoadError, type LoadResult } from '../document/load-error';
import { toFileObject } from '../document/serialize';
import { isPng, readTextChunk, withTextChunk } from './png-chunks';
import { DESIGN_MEDIA_TYPE, SVG_DESIGN_ELEMENT } from './svg-renderer';
import { unescapeXmlText } from './xml-text';

/** The PNG text chunk keyword the design is stored under (a media type, as Excalidraw does). */
export const PNG_DESIGN_KEYWORD = DESIGN_MEDIA_TYPE;

/** Pictures are bigger than the design they carry; this bounds what is read before the design is found. */
export const PICTURE_MAX_BYTES = 64 * 1024 * 1024;

export type TextResult = { ok: true; text: string; notes?: string[] } | { ok: false; error: LoadError };

const NO_DESIGN =
  'this picture holds no design: it was not exported by the designer, or a program that edited it left the design out';

/** The PNG with the design's JSON added in an iTXt chunk (any earlier design chunk is replaced). */
export function embedDesignInPng(png: Uint8Array, design: Design): Uint8Array {
  return withTextChunk(png, PNG_DESIGN_KEYWORD, JSON.stringify(toFileObject(design)));
}

export function designTextFromPng(png: Uint8Array): TextResult {
  const read = readTextChunk(png, PNG_DESIGN_KEYWORD);
  if (!read.ok) return { ok: false, error: new LoadError('wrong-format', read.reason) };
  if (read.text === undefined) return { ok: false, error: new LoadError('wrong-format', NO_DESIGN) };
  // A program that edits pictures may add a second copy; the first is the one this designer wrote.
  if (read.count > 1) return { ok: true, text: read.text, notes: [`this picture carries ${read.count} designs; the first one was opened`] };
  return { ok: true, text: read.text };
}

/** The design text from an SVG's metadata. The SVG is only searched as text, never rendered or parsed as markup. */
export function designTextFromSvg(svg: string): TextResult {
  if (!/<svg[\s>]/.test(svg)) return { ok: false, error: new LoadError('wrong-format', 'this is not an SVG picture') };
  const payload = findPayload(svg);
  if (payload === undefined) return { ok: false, error: new LoadError('wrong-format', NO_DESIGN) };
  return { ok: true, text: unescapeXmlText(payload).trim() };
}

/** Longest namespace prefix looked back over; real editors use short ones (ns0, svg, x). */
const MAX_PREFIX = 64;
const isNameChar = (c: string | undefined) => c !== undefined && /[\w.-]/.test(c);

/**
 * The payload element's text by local name, whatever prefix an editor gave its namespace on a round trip.
 * A scan with indexOf that only moves forward, so hostile text costs linear time: a lazy regex over the same
 * shape took 33 s on 1 MB of repeated opening tags.
 */
function findPayload(svg: string): string | undefined {
  const name = SVG_DESIGN_ELEMENT;
  let from = 0;
  let contentStart = -1;
  while (contentStart < 0) {
    const at = svg.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    if (/\w/.test(svg[from] ?? '') || !tagStartsBefore(svg, at, '<')) continue;
    const close = svg.indexOf('>', from);
    if (close < 0) return undefined;
    contentStart = close + 1;
  }
  from = contentStart;
  for (;;) {
    const at = svg.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    if (!tagStartsBefore(svg, at, '</')) continue;
    let end = from;
    while (end < svg.length && /\s/.test(svg[end]!)) end++;
    if (svg[end] === '>') return svg.slice(contentStart, svg.lastIndexOf('<', at));
  }
}

/** Whether `opener` (then an optional `prefix:`) comes right before the name at `at`. */
function tagStartsBefore(svg: string, at: number, opener: string): boolean {
  if (svg.startsWith(opener, at - opener.length)) return true;
  if (svg[at - 1] !== ':') return false;
  let i = at - 2;
  while (i >= 0 && at - 2 - i < MAX_PREFIX && isNameChar(svg[i])) i--;
  const prefix = svg.slice(i + 1, at - 1);
  return /^[A-Za-z_]/.test(prefix) && svg.startsWith(opener, i + 1 - opener.length);
}

function* fromText(result: TextResult): Steps<LoadResult<Design>> {
  if (!result.ok) return result;
  const loaded = yield* loadDesignSteps(result.text);
  return loaded.ok && result.notes ? { ...loaded, notes: [...(loaded.notes ?? []), ...result.notes] } : loaded;
}

/** Text that may be a design document or an SVG picture carrying one (e.g. pasted text). */
export function loadDesignOrPictureText(text: string): LoadResult<Design> {
  return runSteps(loadDesignOrPictureTextSteps(text));
}

/** loadDesignOrPictureText in steps (domain/steps.ts), for the browser to load a large design in short tasks. */
export function* loadDesignOrPictureTextSteps(text: string): Steps<LoadResult<Design>> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start.startsWith('<')) return yield* fromText(designTextFromSvg(body));
  return yield* loadDesignSteps(body);
}

export type FileKind = 'json' | 'png' | 'svg';

export function fileKindOf(name: string, mediaType = ''): FileKind | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'json' || mediaType === 'application/json') return 'json';
  if (ext === 'png' || mediaType === 'image/png') return 'png';
  if (ext === 'svg' || mediaType === 'image/svg+xml') return 'svg';
  return undefined;
}

/**
 * Open a file the user picked, dropped or pasted, from its bytes. The content decides (a PNG signature,
 * SVG markup, JSON), so a misnamed file still opens; the name only explains a refusal.
 */
export function loadDesignFile(name: string, bytes: Uint8Array, mediaType = ''): LoadResult<Design> {
  return runSteps(loadDesignFileSteps(name, bytes, mediaType));
}

/** loadDesignFile in steps (domain/steps.ts). */
export function* loadDesignFileSteps(name: string, bytes: Uint8Array, mediaType = ''): Steps<LoadResult<Design>> {
  const kind = fileKindOf(name, mediaType);
  if (bytes.length > PICTURE_MAX_BYTES) {
    return refuse('too-large', `the file is ${Math.round(bytes.length / 1024 / 1024)} MB, more than the ${PICTURE_MAX_BYTES / 1024 / 1024} MB the designer opens`);
  }
  if (isPng(bytes)) return yield* fromText(designTextFromPng(bytes));
  if (kind === 'png') return refuse('wrong-format', 'the file is named .png but is not a PNG picture');
  let text: string;
  try {
    text = strFromU8(bytes);
  } catch {
    return refuse('not-json', 'the file is not text in UTF-8, nor a PNG picture');
  }
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (kind === undefined && !start.startsWith('{') && !start.startsWith('<')) {
    return refuse('wrong-format', 'this is not a design file (the designer opens .json, .png and .svg files)');
  }
  yield;
  return yield* loadDesignOrPictureTextSteps(text);
}

function refuse(code: 'too-large' | 'wrong-format' | 'not-json', message: string): LoadResult<Design> {
  return { ok: false, error: new LoadError(code, message) };
}

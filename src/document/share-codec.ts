/**
 * Share links: a design in the URL fragment. The payload is `<link version>.<base64url(zlib(compact JSON) + CRC-32)>`
 * (docs/limits-and-sharing.md). Two checks keep a damaged link from being read as some other design:
 * the zlib trailer's Adler-32 of the content (fflate does not check it; we do), and a CRC-32 of the
 * compressed bytes, which catches every change of one character, even those that inflate to the same
 * content (a deflate header has slack). The base64url decoder is strict. The inflate is streamed and stops
 * at LIMITS.inflatedBytes, so a deflate bomb costs little. Decoding ends in loadDesignValue: links get every
 * check and message a file gets.
 */
import { strFromU8, strToU8, Unzlib, zlibSync } from 'fflate';
import type { Design } from '../domain/design';
import { POOL_FEATURES } from '../domain/elements/pool';
import { LIMITS } from '../domain/limits';
import { decodeBase64url, encodeBase64url } from './base64url';
import { LoadError, type LoadResult } from './load-error';
import { loadDesignValue } from './parse';
import { parseJsonSafely } from './safe-json';
import { fromCompact, toCompact } from './share-compact';
import { LAYOUT_STEP } from './share-fields';

/** The link format this program writes and reads. A new compact table or compression means a new version. */
export const SHARE_LINK_VERSION = 1;

const DAMAGED =
  'this link is damaged: it was cut short or changed after it was made (its checksum does not match). Ask for the link again, or for the design as a file';

export function encodeShareLink(design: Design): string {
  return encodePayloadText(JSON.stringify(toCompact(design)));
}

/** The payload for a compact JSON text (exported for tests and the benchmark; the app uses encodeShareLink). */
export function encodePayloadText(text: string): string {
  return encodePayloadBytes(zlibSync(strToU8(text), { level: 9 }));
}

/** The payload for zlib bytes: frames them with their CRC-32 and the link version. */
export function encodePayloadBytes(zlib: Uint8Array): string {
  const framed = new Uint8Array(zlib.length + 4);
  framed.set(zlib);
  writeUint32(framed, zlib.length, crc32(zlib));
  return `${SHARE_LINK_VERSION}.${encodeBase64url(framed)}`;
}

export function decodeShareLink(payload: string): LoadResult<Design> {
  try {
    return loadDesignValue(fromCompact(parseJsonSafely(decodePayloadText(payload))));
  } catch (e) {
    // Everything below throws LoadError; anything else would be a bug, and still must not escape as a crash.
    return { ok: false, error: e instanceof LoadError ? e : new LoadError('corrupt', DAMAGED) };
  }
}

/** The compact JSON text a payload carries (exported for tests and the benchmark). */
export function decodePayloadText(payload: string): string {
  if (payload.length > LIMITS.shareLinkChars) {
    throw new LoadError('too-large', `the link is ${payload.length} characters long, more than the ${LIMITS.shareLinkChars} a design link may have`);
  }
  const match = /^(\d{1,6})\.([\s\S]*)$/.exec(payload);
  if (!match) throw new LoadError('wrong-format', 'this is not a design link made by this designer');
  const version = Number(match[1]);
  if (version > SHARE_LINK_VERSION) {
    throw new LoadError(
      'newer-version',
      `this link was made by a newer release (link format ${version}); this program reads link format ${SHARE_LINK_VERSION}`,
    );
  }
  if (version !== SHARE_LINK_VERSION) throw new LoadError('unknown-version', `link format ${version} is not one this program knows`);
  const framed = decodeBase64url(match[2]!);
  // 2 bytes of zlib header, at least 1 of deflate data, 4 of Adler-32, 4 of CRC-32.
  if (!framed || framed.length < 11) throw new LoadError('corrupt', DAMAGED);
  const bytes = framed.subarray(0, -4);
  if (crc32(bytes) !== readUint32(framed, bytes.length)) throw new LoadError('corrupt', DAMAGED);
  const inflated = inflateCapped(bytes, LIMITS.inflatedBytes);
  if (adler32(inflated) !== readUint32(bytes, bytes.length - 4)) throw new LoadError('corrupt', DAMAGED);
  return strFromU8(inflated);
}

const CHUNK = 1024;

/** Streamed zlib inflate that stops as soon as the output passes `cap` bytes. */
export function inflateCapped(bytes: Uint8Array, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const tooLarge = () =>
    new LoadError('too-large', `the link unpacks to more than ${Math.round(cap / 1024 / 1024)} MB, more than a design may have`);
  const inflater = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > cap) throw tooLarge();
    chunks.push(chunk);
  });
  try {
    for (let i = 0; i < bytes.length; i += CHUNK) inflater.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length);
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError('corrupt', DAMAGED);
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 is the largest run that cannot overflow before the modulo (as in zlib).
  for (let i = 0; i < data.length; ) {
    const end = Math.min(i + 5552, data.length);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** CRC-32 (IEEE, as in gzip and PNG): detects every error burst of up to 32 bits, so any one changed character. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function writeUint32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

const POOL_FLAGS = ['collocatedMediation', 'centralManagementStore', 'federation', 'xmppFederation'] as const;

/**
 * What a design looks like after a trip through a link, written out independently of the codec so the
 * property tests mean something: the JSON value of the design, with pool booleans that are false, features
 * that are false, `users: 0`, `loadBalancing: "none"` and `clusterNodes: 0` left out (they mean the same as
 * their absence), an empty features object or layout left out, and layout rounded to LAYOUT_STEP px.
 * For a design already in this form, decode(encode(design)) equals the design.
 */
export function normalizeForShare(design: Design): Design {
  const d = JSON.parse(JSON.stringify(design)) as Design;
  for (const p of d.pools as Record<string, unknown>[]) {
    if (p.users === 0) delete p.users;
    if (p.loadBalancing === 'none') delete p.loadBalancing;
    for (const f of POOL_FLAGS) if (p[f] === false) delete p[f];
    const features = p.features as Record<string, unknown> | undefined;
    if (features) {
      for (const [k, v] of Object.entries(features)) if (v === false && isKnownFeature(k)) delete features[k];
      if (Object.keys(features).length === 0) delete p.features;
    }
  }
  for (const s of d.sqlInstances) if (s.clusterNodes === 0) delete s.clusterNodes;
  if (d.layout) {
    for (const p of Object.values(d.layout)) {
      for (const k of ['x', 'y', 'w', 'h'] as const) if (p[k] !== undefined) p[k] = (Math.round(p[k] / LAYOUT_STEP) || 0) * LAYOUT_STEP;
    }
    if (Object.keys(d.layout).length === 0) delete d.layout;
  }
  return d;
}

function isKnownFeature(k: string): boolean {
  return (POOL_FEATURES as readonly string[]).includes(k);
}

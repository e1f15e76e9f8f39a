/**
 * PNG chunks, pure: split a PNG into chunks, write them back, and read or add a text chunk. Used to carry
 * the design inside an exported picture (an iTXt chunk, UTF-8, uncompressed) so the picture reopens as an
 * editable design. Written here rather than taken from png-chunks-extract/-encode/png-chunk-text: those are
 * unmaintained, untyped, and their tEXt chunks are Latin-1 only, while names are Unicode.
 */
import { strFromU8, strToU8 } from 'fflate';

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export interface PngChunk {
  /** Four ASCII letters, e.g. "IHDR", "iTXt", "IEND". */
  type: string;
  data: Uint8Array;
}

export type ChunksResult = { ok: true; chunks: PngChunk[] } | { ok: false; reason: string };

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG (and zlib, gzip) define it: polynomial 0xEDB88320, initial and final XOR 0xFFFFFFFF. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Every chunk, with lengths and checksums verified; a damaged or truncated file gives a reason instead. */
export function readChunks(png: Uint8Array): ChunksResult {
  if (!isPng(png)) return { ok: false, reason: 'this is not a PNG picture' };
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < png.length) {
    if (at + 12 > png.length) return { ok: false, reason: 'the PNG picture is cut short' };
    const length = view.getUint32(at);
    if (length > 0x7fffffff || at + 12 + length > png.length) return { ok: false, reason: 'the PNG picture is cut short' };
    const typeBytes = png.subarray(at + 4, at + 8);
    const type = String.fromCharCode(...typeBytes);
    if (!/^[A-Za-z]{4}$/.test(type)) return { ok: false, reason: 'the PNG picture is damaged (a chunk has no valid type)' };
    const data = png.subarray(at + 8, at + 8 + length);
    const expected = view.getUint32(at + 8 + length);
    if (crc32(data, crc32(typeBytes)) !== expected) {
      return { ok: false, reason: `the PNG picture is damaged (the checksum of its ${type} chunk does not match)` };
    }
    chunks.push({ type, data });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR' || chunks[chunks.length - 1]?.type !== 'IEND') {
    return { ok: false, reason: 'the PNG picture is damaged (it does not start with IHDR and end with IEND)' };
  }
  return { ok: true, chunks };
}

export function writeChunks(chunks: readonly PngChunk[]): Uint8Array {
  const size = chunks.reduce((n, c) => n + 12 + c.data.length, 8);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(PNG_SIGNATURE, 0);
  let at = 8;
  for (const chunk of chunks) {
    const typeBytes = Uint8Array.from(chunk.type, (ch) => ch.charCodeAt(0) & 0xff);
    view.setUint32(at, chunk.data.length);
    out.set(typeBytes, at + 4);
    out.set(chunk.data, at + 8);
    view.setUint32(at + 8 + chunk.data.length, crc32(chunk.data, crc32(typeBytes)));
    at += 12 + chunk.data.length;
  }
  return out;
}

/** An uncompressed iTXt chunk: keyword, flags, empty language tag and translated keyword, UTF-8 text. */
export function encodeITxt(keyword: string, text: string): PngChunk {
  checkKeyword(keyword);
  const key = Uint8Array.from(keyword, (ch) => ch.charCodeAt(0));
  const body = strToU8(text);
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  // After the keyword: NUL, compression flag 0, compression method 0, NUL (no language), NUL (no translation).
  data.set(body, key.length + 5);
  return { type: 'iTXt', data };
}

/** The keyword and text of a tEXt or uncompressed iTXt chunk; undefined for any other chunk. */
export function decodeTextChunk(chunk: PngChunk): { keyword: string; text: string } | undefined {
  const { data } = chunk;
  const nul = data.indexOf(0);
  if (nul < 1 || nul > 79) return undefined;
  const keyword = String.fromCharCode(...data.subarray(0, nul));
  if (chunk.type === 'tEXt') return { keyword, text: strFromU8(data.subarray(nul + 1), true) };
  if (chunk.type !== 'iTXt') return undefined;
  // Compressed iTXt is not read: the designer never writes it, and inflating untrusted data needs a cap.
  if (data[nul + 1] !== 0) return undefined;
  const languageEnd = data.indexOf(0, nul + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return undefined;
  return { keyword, text: strFromU8(data.subarray(translatedEnd + 1)) };
}

/** The PNG with one text chunk for `keyword` (any earlier ones removed), placed just before IEND. */
export function withTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const read = readChunks(png);
  if (!read.ok) throw new Error(read.reason);
  const kept = read.chunks.filter((c) => c.type === 'IEND' || decodeTextChunk(c)?.keyword !== keyword);
  const end = kept.length - 1;
  return writeChunks([...kept.slice(0, end), encodeITxt(keyword, text), kept[end]!]);
}

export type TextChunkResult = { ok: true; text: string | undefined; count: number } | { ok: false; reason: string };

/**
 * The text of the first tEXt/iTXt chunk with this keyword (undefined when there is none), and how many
 * chunks carry that keyword: a caller that expects one can say when there are more.
 */
export function readTextChunk(png: Uint8Array, keyword: string): TextChunkResult {
  const read = readChunks(png);
  if (!read.ok) return read;
  let text: string | undefined;
  let count = 0;
  for (const chunk of read.chunks) {
    const decoded = decodeTextChunk(chunk);
    if (decoded?.keyword !== keyword) continue;
    count++;
    text ??= decoded.text;
  }
  return { ok: true, text, count };
}

function checkKeyword(keyword: string): void {
  // PNG keywords: 1-79 printable Latin-1 characters, no leading, trailing or double spaces.
  if (!/^[\x21-\x7e\xa1-\xff](?:[\x21-\x7e\xa1-\xff]| (?! ))*$/.test(keyword) || keyword.length > 79 || keyword.endsWith(' ')) {
    throw new Error(`invalid PNG text keyword ${JSON.stringify(keyword)}`);
  }
}

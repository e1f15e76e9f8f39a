import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32, decodeTextChunk, encodeITxt, readChunks, readTextChunk, withTextChunk, writeChunks } from './png-chunks';

/** A real PNG from an independent encoder (pngjs), so our chunk code is checked against someone else's. */
function samplePng(width = 3, height = 2): Uint8Array {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

describe('PNG chunks', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('splits a PNG into chunks and writes the same bytes back', () => {
    const png = samplePng();
    const read = readChunks(png);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(writeChunks(read.chunks)).toEqual(png);
  });

  it('round-trips Unicode text in an iTXt chunk that other decoders accept', () => {
    const text = '{"name":"Ünïcødé 名前 🔥","x":"<script>"}';
    const withText = withTextChunk(samplePng(), 'application/vnd.lync-topology+json', text);
    // pngjs verifies every chunk's CRC and refuses a malformed file.
    const decoded = PNG.sync.read(Buffer.from(withText));
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    expect(readTextChunk(withText, 'application/vnd.lync-topology+json')).toEqual({ ok: true, text, count: 1 });
    expect(readTextChunk(withText, 'other')).toEqual({ ok: true, text: undefined, count: 0 });
  });

  it('replaces an earlier chunk with the same keyword and keeps it before IEND', () => {
    const once = withTextChunk(samplePng(), 'k', 'first');
    const twice = withTextChunk(once, 'k', 'second');
    const read = readChunks(twice);
    if (!read.ok) throw new Error(read.reason);
    expect(read.chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(readTextChunk(twice, 'k')).toEqual({ ok: true, text: 'second', count: 1 });
  });

  it('reads the first of several chunks with the keyword, and counts them', () => {
    const read = readChunks(withTextChunk(samplePng(), 'k', 'first'));
    if (!read.ok) throw new Error(read.reason);
    const end = read.chunks.length - 1;
    const two = writeChunks([...read.chunks.slice(0, end), encodeITxt('other', 'x'), encodeITxt('k', 'second'), read.chunks[end]!]);
    expect(readTextChunk(two, 'k')).toEqual({ ok: true, text: 'first', count: 2 });
  });

  it('reads Latin-1 tEXt chunks too', () => {
    const data = new Uint8Array([...new TextEncoder().encode('Comment'), 0, 0xe9, 0x41]);
    expect(decodeTextChunk({ type: 'tEXt', data })).toEqual({ keyword: 'Comment', text: 'éA' });
    expect(decodeTextChunk(encodeITxt('key', 'välue'))).toEqual({ keyword: 'key', text: 'välue' });
  });

  it('gives a reason for damaged, cut short and foreign files', () => {
    const png = withTextChunk(samplePng(), 'k', 'text');
    const damaged = png.slice();
    damaged[damaged.length - 20]! ^= 0xff;
    expect(readChunks(damaged)).toEqual({ ok: false, reason: expect.stringContaining('checksum') });
    expect(readChunks(png.slice(0, png.length - 6))).toEqual({ ok: false, reason: 'the PNG picture is cut short' });
    expect(readChunks(new TextEncoder().encode('{"format":"lync-topology"}'))).toEqual({ ok: false, reason: 'this is not a PNG picture' });
  });

  it('refuses keywords PNG does not allow', () => {
    expect(() => encodeITxt('', 'x')).toThrow();
    expect(() => encodeITxt('a'.repeat(80), 'x')).toThrow();
    expect(() => encodeITxt('two  spaces', 'x')).toThrow();
  });
});

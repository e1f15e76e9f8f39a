import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../domain/limits';
import { generateDesign } from '../domain/testing/generate-design';
import { bakeLayout } from '../layout/tidy';
import { decodeBase64url, encodeBase64url } from './base64url';
import { loadDesign } from './parse';
import mediumText from './samples/reference-medium.json?raw';
import {
  adler32, crc32, decodePayloadText, decodeShareLink, encodePayloadBytes, encodePayloadText, encodeShareLink, normalizeForShare,
} from './share-codec';
import { toCompact } from './share-compact';

/** A typical hosted address in front of the fragment, so sizes are of whole links. */
const ORIGIN = 'https://designer.example.org/lync/#design=';

function medium() {
  const r = loadDesign(mediumText);
  if (!r.ok) throw r.error;
  // As the app shares it: every element has a position (the store bakes the layout on load).
  return bakeLayout(r.value);
}

const payloadOf = (value: unknown) => encodePayloadText(JSON.stringify(value));

function refusal(payload: string) {
  const r = decodeShareLink(payload);
  if (r.ok) throw new Error('expected the link to be refused');
  return r.error;
}

describe('share links: size', () => {
  it('fit the reference medium design in 2,000 characters', () => {
    expect((ORIGIN + encodeShareLink(medium())).length).toBeLessThanOrEqual(2000);
  });

  it('fit a 200-element design, laid out, in 3,000 characters', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const design = generateDesign({ seed, elements: 200, withLayout: true });
      expect((ORIGIN + encodeShareLink(design)).length).toBeLessThanOrEqual(3000);
    }
  });

  it('are at least a third shorter than compressing the plain JSON', () => {
    const design = generateDesign({ seed: 1, elements: 200, withLayout: true });
    const plain = encodeBase64url(zlibSync(new TextEncoder().encode(JSON.stringify(design)), { level: 9 })).length;
    expect(encodeShareLink(design).length).toBeLessThan(plain * (2 / 3));
  });
});

describe('share links: round trip', () => {
  it('bring back the medium design as it was shared (it is on the 10 px grid after normalising)', () => {
    const design = medium();
    const back = decodeShareLink(encodeShareLink(design));
    expect(back.ok && back.value).toEqual(normalizeForShare(design));
    expect(back.ok && back.value.sites[0]).toMatchObject({ city: 'Dublin', country: 'IE' });
  });

  it('leave out defaults, use short codes and indices, and derive host names from ids', () => {
    const compact = toCompact(medium()) as { P: Record<string, unknown>[]; V: Record<string, unknown>[] };
    expect(compact.P[0]).toMatchObject({ i: 'pool1', s: 0, b: 3, t: 21, m: 1, c: 1 });
    expect(compact.P[0]).not.toHaveProperty('f');
    expect(compact.V[0]).toEqual({ i: 'fe1', s: 0, r: 0, p: expect.any(Array) });
  });

  it('quantise positions to 10 px', () => {
    const design = { ...medium(), layout: { dc: { x: 14, y: -16, w: 1234.5 } } };
    const back = decodeShareLink(encodeShareLink(design));
    expect(back.ok && back.value.layout).toEqual({ dc: { x: 10, y: -20, w: 1230 } });
  });
});

describe('share links: refusals', () => {
  it('a payload without the version prefix, or another format', () => {
    expect(refusal('eJxLTEoGAAJNASc').code).toBe('wrong-format');
    expect(refusal('').code).toBe('wrong-format');
  });

  it('a newer link format, naming both versions', () => {
    const e = refusal(`2.${encodeShareLink(medium()).slice(2)}`);
    expect(e.code).toBe('newer-version');
    expect(e.message).toContain('link format 2');
    expect(e.message).toContain('reads link format 1');
  });

  it('a link cut short or changed, as damaged', () => {
    const link = encodeShareLink(medium());
    expect(refusal(link.slice(0, -1)).code).toBe('corrupt');
    expect(refusal(link.slice(0, -6)).code).toBe('corrupt');
    expect(refusal(`${link.slice(0, 40)}${link[40] === 'A' ? 'B' : 'A'}${link.slice(41)}`).code).toBe('corrupt');
    expect(refusal('1.').code).toBe('corrupt');
  });

  it('well-formed data that is not a design, with the loader\'s words', () => {
    expect(refusal(payloadOf([1, 2])).code).toBe('wrong-format');
    expect(refusal(payloadOf({ S: [{ i: 'a', n: '' }] })).message).toBe('sites[0].name: a site must have a name');
    expect(refusal(payloadOf({ P: [{ i: 'p', s: 5, f: 'x' }] })).message).toBe('pools[0].siteId: no element number 5');
    expect(refusal(payloadOf({ q: 1 })).message).toContain('unknown field code "q"');
  });

  it('a link longer than the limit, before decoding it', () => {
    expect(refusal(`1.${'A'.repeat(LIMITS.shareLinkChars)}`).code).toBe('too-large');
  });

  it('a deflate bomb that fits the length limit, stopping at the inflate cap', () => {
    const payload = encodePayloadBytes(zlibSync(new Uint8Array(20 * 1024 * 1024), { level: 9 }));
    expect(payload.length).toBeLessThan(LIMITS.shareLinkChars);
    const e = refusal(payload);
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('4 MB');
  });

  it('nesting deeper than the limit', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(refusal(payloadOf({ x: { deep } })).code).toBe('too-deep');
  });
});

describe('share link plumbing', () => {
  it('base64url matches the platform encoder and refuses non-canonical text', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    for (let n = 0; n <= bytes.length; n++) {
      const sub = bytes.subarray(0, n);
      expect(encodeBase64url(sub)).toBe(Buffer.from(sub).toString('base64url'));
      expect(decodeBase64url(encodeBase64url(sub))).toEqual(sub);
    }
    expect(decodeBase64url('AB')).toBeUndefined(); // unused bits set
    expect(decodeBase64url('A')).toBeUndefined(); // cannot come from whole bytes
    expect(decodeBase64url('AA=')).toBeUndefined(); // padding is not ours
    expect(decodeBase64url('A+')).toBeUndefined(); // base64, not base64url
  });

  it('crc32 is the IEEE CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('adler32 matches zlib\'s trailer', () => {
    const data = new TextEncoder().encode('Wikipedia');
    expect(adler32(data)).toBe(0x11e60398);
    const z = zlibSync(new Uint8Array(100_000).fill(200));
    expect(adler32(new Uint8Array(100_000).fill(200))).toBe(new DataView(z.buffer, z.byteOffset).getUint32(z.length - 4));
  });

  it('the compact text is JSON the benchmark can measure', () => {
    expect(JSON.parse(decodePayloadText(encodeShareLink(medium())))).toEqual(toCompact(medium()));
  });
});

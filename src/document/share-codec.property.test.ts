/**
 * Property tests of share links (fast-check). The run counts are constants so the report can quote them;
 * docs/limits-and-sharing.md lists what each property means.
 */
import fc from 'fast-check';
import { inflateSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign } from '../domain/testing/arbitrary-design';
import { bakeLayout } from '../layout/tidy';
import { loadDesign, loadDesignValue } from './parse';
import mediumText from './samples/reference-medium.json?raw';
import smallText from './samples/reference-small.json?raw';
import { adler32, decodeShareLink, encodePayloadBytes, encodePayloadText, encodeShareLink, normalizeForShare } from './share-codec';
import { toCompact } from './share-compact';

const RUNS = { roundTrip: 300, randomText: 2000, hostile: 500, mutatedBytes: 500 };
/** Generous: a decode takes milliseconds; this catches quadratic blow-ups, not slow machines. */
const BOUND_MS = 2000;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const OTHER_CHARS = ['.', '=', '+', '/', ' ', '%', '~', '\u00e9'];

const sample = (text: string) => {
  const r = loadDesign(text);
  if (!r.ok) throw r.error;
  return bakeLayout(r.value);
};
const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();

/** Decode and check what every decode must do, whatever the input: no throw, no pollution, bounded time. */
function decodeSafely(payload: string) {
  const started = performance.now();
  const result = decodeShareLink(payload);
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (result.ok) expect(loadDesignValue(result.value).ok).toBe(true);
  else expect(result.error.message.length).toBeGreaterThan(0);
  return result;
}


describe('share links, properties', { timeout: 120_000 }, () => {
  it(`random valid designs survive encode -> decode as normalizeForShare says (${RUNS.roundTrip} runs)`, () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const once = decodeShareLink(encodeShareLink(design));
        expect(once.ok ? 'ok' : once.error.message).toBe('ok');
        const normal = normalizeForShare(design);
        expect(once.ok && once.value).toEqual(normal);
        // A design already in normal form (layout on the grid, no redundant defaults) comes back unchanged.
        const twice = decodeShareLink(encodeShareLink(normal));
        expect(twice.ok && twice.value).toEqual(normal);
      }),
      { numRuns: RUNS.roundTrip },
    );
  });

  for (const [name, text] of [['small', smallText], ['medium', mediumText]] as const) {
    const link = encodeShareLink(sample(text));

    // Exhaustive loops check cheaply per input and assert once: tens of thousands of expect() calls cost seconds.
    it(`every truncation of the ${name} sample link is refused (${link.length} truncations)`, () => {
      const accepted: number[] = [];
      for (let k = 0; k < link.length; k++) if (decodeShareLink(link.slice(0, k)).ok) accepted.push(k);
      expect(accepted).toEqual([]);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
    });

    it(`every single-character change of the ${name} sample link is refused (${link.length} x ${ALPHABET.length + OTHER_CHARS.length - 1} changes)`, () => {
      const accepted: string[] = [];
      let tried = 0;
      for (let i = 0; i < link.length; i++) {
        for (const c of [...ALPHABET, ...OTHER_CHARS]) {
          if (c === link[i]) continue;
          if (decodeShareLink(link.slice(0, i) + c + link.slice(i + 1)).ok) accepted.push(`position ${i} -> ${c}`);
          tried++;
        }
      }
      expect(accepted).toEqual([]);
      expect(tried).toBe(link.length * (ALPHABET.length + OTHER_CHARS.length - 1));
    });
  }

  it(`random text never throws, pollutes or hangs (${RUNS.randomText} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }).map((s) => `1.${s}`), fc.base64String().map((s) => `1.${s}`)), (text) => {
        expect(decodeSafely(text).ok).toBe(false);
      }),
      { numRuns: RUNS.randomText },
    );
  });

  const hostileValue = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -1, 1.5, 1e21, 'x'.repeat(5000)),
    fc.integer({ min: 1, max: 40 }).map((n) => {
      let v: unknown = 0;
      for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
      return v;
    }),
    fc.constant({ ['__proto__']: { polluted: true } }),
    fc.constant({ constructor: { prototype: { polluted: true } } }),
  );
  const codeKey = fc.oneof(
    fc.constantFrom('i', 's', 'f', 'n', 'd', 'k', 'c', 'p', 'x', 'T', 't', 'r', 'u', 'b', 'e', 'h', 'I', 'S', 'a', 'v'),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'layout', 'format', 'version'),
    fc.string({ maxLength: 4 }),
  );

  it(`hostile compact documents with a valid checksum never throw, pollute or hang (${RUNS.hostile} runs)`, () => {
    fc.assert(
      fc.property(arbitraryDesign({ maxElements: 40 }), fc.array(fc.tuple(fc.nat(), codeKey, hostileValue), { minLength: 1, maxLength: 4 }), (design, edits) => {
        const compact = toCompact(design) as Record<string, unknown>;
        for (const [n, key, value] of edits) {
          const lists = Object.values(compact).filter(Array.isArray) as Record<string, unknown>[][];
          const list = lists[n % Math.max(1, lists.length)];
          const target = list && list.length ? list[n % list.length]! : compact;
          // A computed key makes an own property even for "__proto__", as a hostile JSON text would.
          Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
        }
        decodeSafely(encodePayloadText(JSON.stringify(compact)));
      }),
      { numRuns: RUNS.hostile },
    );
  });

  it(`links whose compressed bytes were changed, with the checksum fixed up, never throw (${RUNS.mutatedBytes} runs)`, () => {
    const bytes = zlibSync(new TextEncoder().encode(JSON.stringify(toCompact(sample(mediumText)))));
    const body = bytes.subarray(2, -4);
    let decoded = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(body.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 3 }), (flips) => {
        const mutated = body.slice();
        for (const [at, xor] of flips) mutated[at] = mutated[at]! ^ xor;
        let inflated: Uint8Array;
        try {
          inflated = inflateSync(mutated);
        } catch {
          return; // Not deflate any more: the checksum path covers it.
        }
        const sum = adler32(inflated);
        const framed = new Uint8Array([...bytes.subarray(0, 2), ...mutated, sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255]);
        decodeSafely(encodePayloadBytes(framed));
        decoded++;
      }),
      { numRuns: RUNS.mutatedBytes },
    );
    // Most flips still inflate (to garbled JSON); make sure the property did not pass by skipping them all.
    expect(decoded).toBeGreaterThan(RUNS.mutatedBytes / 10);
  });
});

import { describe, expect, it } from 'vitest';
import { LIMITS } from '../domain/limits';
import { loadDesign } from './parse';
import { MIGRATIONS, migrate } from './migrations';
import { serializeDesign } from './serialize';
import smallText from './samples/reference-small.json?raw';
import mediumText from './samples/reference-medium.json?raw';

const small = () => JSON.parse(smallText) as Record<string, unknown> & { pools: Record<string, unknown>[]; servers: Record<string, unknown>[]; links: Record<string, unknown>[]; sites: Record<string, unknown>[] };

function refusal(doc: unknown) {
  const result = loadDesign(typeof doc === 'string' ? doc : JSON.stringify(doc));
  if (result.ok) throw new Error('expected the document to be refused');
  return result.error;
}

describe('loadDesign accepts', () => {
  it('both reference designs', () => {
    for (const text of [smallText, mediumText]) expect(loadDesign(text).ok).toBe(true);
  });

  it('keeps unknown top-level and element fields on a round trip', () => {
    const doc = small();
    doc.generator = 'hand-written';
    doc.sites[0]!.city = 'Seattle';
    const first = loadDesign(JSON.stringify(doc));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = loadDesign(serializeDesign(first.value));
    expect(again.ok && again.value).toEqual(first.value);
    expect(serializeDesign(first.value)).toContain('"generator": "hand-written"');
    expect(serializeDesign(first.value)).toContain('"city": "Seattle"');
  });

  it('drops __proto__ and constructor keys without touching Object.prototype', () => {
    const text = smallText.replace('"format"', '"__proto__": { "polluted": true }, "constructor": { "prototype": { "bad": 1 } }, "format"');
    const result = loadDesign(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(result.ok && result.value, '__proto__')).toBe(false);
  });

  it('drops layout entries for ids that do not exist', () => {
    const doc = { ...small(), layout: { se1: { x: 1, y: 2 }, ghost: { x: 0, y: 0 } } };
    const result = loadDesign(JSON.stringify(doc));
    expect(result.ok && result.value.layout).toEqual({ se1: { x: 1, y: 2 } });
  });
});

describe('loadDesign refuses, naming the first problem and where it is', () => {
  it('text that is not JSON', () => {
    expect(refusal('{"format": ')).toMatchObject({ code: 'not-json' });
  });

  it('JSON that is not an object', () => {
    expect(refusal('[1,2]')).toMatchObject({ code: 'wrong-format' });
  });

  it('another format', () => {
    const e = refusal({ ...small(), format: 'drawio' });
    expect(e.code).toBe('wrong-format');
    expect(e.message).toBe('format: this is not a Lync topology file (format is "drawio", expected "lync-topology")');
  });

  it('a newer version, naming both versions', () => {
    const e = refusal({ ...small(), version: 3 });
    expect(e.code).toBe('newer-version');
    expect(e.message).toContain('version 3');
    expect(e.message).toContain('reads version 1');
  });

  it('a version that is not a positive whole number', () => {
    expect(refusal({ ...small(), version: '1' }).code).toBe('unknown-version');
    expect(refusal({ ...small(), version: 0 }).code).toBe('unknown-version');
  });

  it('a wrong type, with its path', () => {
    const doc = small();
    doc.pools[0]!.users = 'many';
    expect(refusal(doc).message).toBe('pools[0].users: expected a number, got a string');
  });

  it('a value outside an enumeration', () => {
    const doc = small();
    doc.servers[1]!.role = 'front-end-server';
    expect(refusal(doc).message).toMatch(/^servers\[1\]\.role: must be one of "front-end"/);
  });

  it('a missing required field', () => {
    const doc = small();
    delete doc.servers[0]!.fqdn;
    expect(refusal(doc).message).toBe('servers[0].fqdn: is missing (expected a string)');
  });

  it('negative or fractional users', () => {
    const doc = small();
    doc.pools[0]!.users = -1;
    expect(refusal(doc).path).toBe('pools[0].users');
    doc.pools[0]!.users = 1.5;
    expect(refusal(doc).path).toBe('pools[0].users');
  });

  it('duplicate ids across collections', () => {
    const doc = small();
    doc.servers[0]!.id = 'se1';
    const e = refusal(doc);
    expect(e.code).toBe('duplicate-id');
    expect(e.message).toBe('servers[0].id: the id "se1" is used twice (first by pools)');
  });

  it('a dangling reference', () => {
    const doc = small();
    doc.pools[3]!.siteId = 'dc2';
    expect(refusal(doc).message).toBe('pools[3].siteId: no site "dc2"');
  });

  it('a reference to an element of the wrong kind', () => {
    const doc = small();
    doc.servers[0]!.poolId = 'central';
    expect(refusal(doc).message).toBe('servers[0].poolId: "central" is not a pool');
  });

  it('a link to an id that does not exist', () => {
    const doc = small();
    doc.links[0]!.to = 'nowhere';
    expect(refusal(doc).message).toBe('links[0].to: no element "nowhere"');
  });

  it('a branch naming a central site that does not exist', () => {
    const doc = small();
    doc.sites[1]!.centralSiteId = 'hq';
    expect(refusal(doc).message).toBe('sites[1].centralSiteId: no site "hq"');
  });

  it('a file larger than the limit', () => {
    expect(refusal(' '.repeat(LIMITS.fileBytes + 1)).code).toBe('too-large');
  });

  it('nesting deeper than the limit, before parsing it', () => {
    const deep = '['.repeat(LIMITS.jsonDepth + 1) + ']'.repeat(LIMITS.jsonDepth + 1);
    expect(refusal(deep).code).toBe('too-deep');
  });

  it('more elements than the limit', () => {
    const doc = small();
    doc.links = Array.from({ length: LIMITS.elements + 1 }, (_, i) => ({ id: `l${i}`, kind: 'pairing', from: 'se1', to: 'se2' }));
    expect(refusal(doc).code).toBe('too-many-elements');
  });

  it('a string longer than the limit', () => {
    const doc = small();
    doc.pools[0]!.name = 'x'.repeat(LIMITS.stringLength + 1);
    expect(refusal(doc).message).toBe(`pools[0].name: is longer than ${LIMITS.stringLength} characters`);
  });
});

describe('migrations', () => {
  it('has no migration yet: version 1 is the first format', () => {
    expect(Object.keys(MIGRATIONS)).toEqual([]);
  });

  it('applies registered steps in order and stamps each version', () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, trail: ['1->2'] }),
      2: (d: Record<string, unknown>) => ({ ...d, trail: [...(d.trail as string[]), '2->3'] }),
    };
    expect(migrate({ version: 1 }, 1, 3, steps)).toEqual({ version: 3, trail: ['1->2', '2->3'] });
  });

  it('fails loudly when a step is missing', () => {
    expect(() => migrate({ version: 1 }, 1, 2, {})).toThrow('no migration from version 1 to 2');
  });
});

describe('serializeDesign', () => {
  it('writes stable key order, whatever order the fields came in', () => {
    const doc = small();
    const shuffled = Object.fromEntries(Object.entries(doc).reverse());
    const a = loadDesign(JSON.stringify(doc));
    const b = loadDesign(JSON.stringify(shuffled));
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(serializeDesign(b.value)).toBe(serializeDesign(a.value));
    expect(serializeDesign(a.value).startsWith('{\n  "format": "lync-topology",\n  "version": 1,')).toBe(true);
  });
});

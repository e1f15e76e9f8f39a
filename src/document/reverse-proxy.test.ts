/** The reverse proxy element through every boundary: file load and save, share links; files without it unchanged. */
import { describe, expect, it } from 'vitest';
import type { Design } from '../domain/design';
import { bakeLayout } from '../layout/tidy';
import { loadDesign } from './parse';
import mediumText from './samples/reference-medium.json?raw';
import smallText from './samples/reference-small.json?raw';
import { serializeDesign } from './serialize';
import { decodeShareLink, encodeShareLink, normalizeForShare } from './share-codec';

function load(text: string): Design {
  const r = loadDesign(text);
  if (!r.ok) throw r.error;
  return r.value;
}

/** The medium design with one reverse proxy in the data centre, publishing pool1. */
function withProxy(): Design {
  const d = JSON.parse(mediumText);
  d.reverseProxies = [{ id: 'rp1', siteId: 'dc', fqdn: 'rp1.contoso.com', publicIp: '203.0.113.10', name: 'TMG', extra: 'kept' }];
  d.links.push({ id: 'rp-pool1', kind: 'reverse-proxy', from: 'rp1', to: 'pool1' });
  return load(JSON.stringify(d));
}

describe('reverse proxy in the file format', () => {
  it('loads, saves in the documented key order and loads again to the same design', () => {
    const d = withProxy();
    expect(d.reverseProxies).toEqual([{ id: 'rp1', siteId: 'dc', fqdn: 'rp1.contoso.com', publicIp: '203.0.113.10', name: 'TMG', extra: 'kept' }]);
    const text = serializeDesign(d);
    const saved = JSON.parse(text);
    expect(Object.keys(saved.reverseProxies[0])).toEqual(['id', 'siteId', 'name', 'fqdn', 'publicIp', 'extra']);
    // The collection sits before the links, as in the schema.
    expect(Object.keys(saved).indexOf('reverseProxies')).toBe(Object.keys(saved).indexOf('links') - 1);
    expect(load(text)).toEqual(d);
  });

  it('leaves the key out of files without reverse proxies, so files of today save byte for byte as they were', () => {
    for (const text of [mediumText, smallText]) {
      const d = load(text);
      expect(d.reverseProxies).toEqual([]);
      const saved = serializeDesign(d);
      expect(saved).not.toContain('reverseProxies');
      expect(serializeDesign(load(saved))).toBe(saved);
    }
  });

  it('refuses a reverse proxy in a site that does not exist, and a proxy that is no site', () => {
    const d = JSON.parse(mediumText);
    d.reverseProxies = [{ id: 'rp1', siteId: 'nowhere', fqdn: 'rp1.contoso.com' }];
    const r = loadDesign(JSON.stringify(d));
    expect(!r.ok && `${r.error.path}: ${r.error.message}`).toMatch(/reverseProxies\[0\]\.siteId.*no site "nowhere"/);
    const asSite = JSON.parse(mediumText);
    asSite.reverseProxies = [{ id: 'rp1', siteId: 'dc', fqdn: 'rp1.contoso.com' }];
    asSite.pools[0].siteId = 'rp1';
    expect(loadDesign(JSON.stringify(asSite)).ok).toBe(false);
  });

  it('travels in a share link with its fields, unknown fields and link', () => {
    const d = bakeLayout(withProxy());
    const back = decodeShareLink(encodeShareLink(d));
    if (!back.ok) throw back.error;
    expect(back.value.reverseProxies).toEqual(d.reverseProxies);
    expect(back.value.links.find((l) => l.id === 'rp-pool1')).toMatchObject({ kind: 'reverse-proxy', from: 'rp1', to: 'pool1' });
    expect(back.value).toEqual(normalizeForShare(d));
  });
});

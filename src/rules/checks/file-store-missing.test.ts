import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool, applyFix } from '../test-builders';

describe('FILE_STORE_MISSING', () => {
  it('flags an Enterprise pool without a file store and offers the one share of its site', () => {
    const d = mutable(fixture('reference-medium'));
    d.links = d.links.filter((l) => l.id !== 'fs');
    const [f, ...rest] = findingsOf(d, 'FILE_STORE_MISSING');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['pool1'] });
    expect(f!.fixes![0]!.command).toEqual({ op: 'link', kind: 'file-store', from: 'pool1', to: 'fs1' });
    expect(findingsOf(applyFix(d, f), 'FILE_STORE_MISSING')).toHaveLength(0);
  });

  it('flags a Director pool too, and offers no share when the site has none', () => {
    const d = mutable(fixture('reference-small'));
    addPool(d, { id: 'dir', siteId: 'central', role: 'director', servers: 2 });
    const [f] = findingsOf(d, 'FILE_STORE_MISSING');
    expect(f).toMatchObject({ severity: 'error', elements: ['dir'] });
    expect(f!.fixes).toBeUndefined();
  });

  it('is silent for Standard Edition servers, which may use their own share', () => {
    expect(findingsOf(fixture('reference-small'), 'FILE_STORE_MISSING')).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), 'FILE_STORE_MISSING')).toHaveLength(0);
  });
});

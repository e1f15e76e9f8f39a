import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool, applyFix } from '../test-builders';

describe('SBA_NO_REGISTRAR', () => {
  it('flags an appliance without a registrar and offers the one Front End pool of the central site', () => {
    const d = mutable(fixture('reference-medium'));
    d.links = d.links.filter((l) => l.id !== 'sba-reg');
    const [f, ...rest] = findingsOf(d, 'SBA_NO_REGISTRAR');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['sba1'] });
    expect(f!.fixes![0]!.command).toMatchObject({ op: 'link', kind: 'registrar', from: 'sba1', to: 'pool1' });
    expect(findingsOf(applyFix(d, f), 'SBA_NO_REGISTRAR')).toHaveLength(0);
  });

  it("flags a registrar outside the branch's central site", () => {
    const d = mutable(fixture('reference-medium'));
    d.sites.push({ id: 'dc2', name: 'Second data centre', kind: 'central' });
    addPool(d, { id: 'pool2', siteId: 'dc2', role: 'front-end', servers: 3 });
    d.links.find((l) => l.id === 'sba-reg')!.to = 'pool2';
    const [f] = findingsOf(d, 'SBA_NO_REGISTRAR');
    expect(f).toMatchObject({ severity: 'error', elements: ['sba1', 'pool2'] });
  });

  it('flags a registrar that is not a Front End pool or SE server', () => {
    const d = mutable(fixture('reference-small'));
    d.links.find((l) => l.id === 'sba1-reg')!.to = 'owa';
    expect(findingsOf(d, 'SBA_NO_REGISTRAR')[0]).toMatchObject({ elements: ['sba1', 'owa'] });
  });

  it("is silent for a registrar in the branch's central site", () => {
    expect(findingsOf(fixture('reference-small'), 'SBA_NO_REGISTRAR')).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), 'SBA_NO_REGISTRAR')).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { applyFix, poolOf } from '../test-builders';

describe('OWA_MISSING', () => {
  it('warns about a conferencing pool without Office Web Apps and links the one in its site', () => {
    const d = mutable(fixture('reference-small'));
    d.links = d.links.filter((l) => l.id !== 'se1-owa');
    const [f, ...rest] = findingsOf(d, 'OWA_MISSING');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'warning', elements: ['se1'] });
    expect(f!.fixes![0]!.command).toMatchObject({ op: 'link', kind: 'office-web-apps', from: 'se1', to: 'owa' });
    expect(findingsOf(applyFix(d, f), 'OWA_MISSING')).toHaveLength(0);
  });

  it('is silent for a pool without conferencing', () => {
    const d = mutable(fixture('reference-small'));
    d.links = d.links.filter((l) => l.id !== 'se1-owa');
    poolOf(d, 'se1').features!.conferencing = false;
    expect(findingsOf(d, 'OWA_MISSING')).toHaveLength(0);
  });
});

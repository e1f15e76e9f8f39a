import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';

const RULE = 'FILE_STORE_ON_DEDICATED_ROLE';

describe(RULE, () => {
  it('flags a file share on an Edge server', () => {
    const d = mutable(fixture('reference-medium'));
    d.fileStores[0]!.host = 'EDGE1.contoso.com';
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['fs1', 'edge1'] });
    expect(f!.message).toContain('an Edge server');
  });

  it('flags a file share on an Office Web Apps server', () => {
    const d = mutable(fixture('reference-medium'));
    d.fileStores[0]!.host = 'owa.contoso.com';
    expect(findingsOf(d, RULE).map((f) => f.elements)).toEqual([['fs1', 'owa1']]);
  });

  it('is silent for a file server of its own (and leaves a Front End host to FILE_STORE_ON_FRONT_END)', () => {
    expect(findingsOf(fixture('reference-medium'), RULE)).toHaveLength(0);
    const d = mutable(fixture('reference-medium'));
    d.fileStores[0]!.host = 'fe1.contoso.com';
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});

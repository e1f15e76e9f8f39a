import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool } from '../test-builders-a-e';
import { applyFix } from '../test-builders';

const RULE = 'SERVER_IN_TWO_POOLS';

/** The medium design with a second Edge pool whose first server is, or is not, edge1 again. */
function withSecondEdgePool(fqdn: string) {
  const d = mutable(fixture('reference-medium'));
  addPool(d, 'edge2pool', 'dc', 'edge', 2, { loadBalancing: 'dns' });
  d.servers.find((s) => s.id === 'edge2pool-1')!.fqdn = fqdn;
  return d;
}

describe(RULE, () => {
  it('flags one Edge computer in two Edge pools; the fixes rename or remove the copy', () => {
    const d = withSecondEdgePool('edge1.contoso.com');
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['edge1', 'edge2pool-1', 'edgepool', 'edge2pool'] });
    expect(f!.fixes).toHaveLength(2);
    expect(findingsOf(applyFix(d, f, 0), RULE)).toHaveLength(0);
    expect(findingsOf(applyFix(d, f, 1), RULE)).toHaveLength(0);
  });

  it('is silent for servers of their own, and for one computer in pools of two roles (collocation)', () => {
    expect(findingsOf(withSecondEdgePool('edge3.contoso.com'), RULE)).toHaveLength(0);
    const d = mutable(fixture('reference-medium'));
    addPool(d, 'med', 'dc', 'mediation', 1);
    d.servers.find((s) => s.id === 'med-1')!.fqdn = 'fe1.contoso.com';
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../../domain/design';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';

describe('TOPOLOGY_NO_CENTRAL_SITE', () => {
  it('flags a design whose only sites are branches, and offers to make the first one central', () => {
    const d = mutable(fixture('reference-small'));
    d.sites[0]!.kind = 'branch';
    const [f, ...rest] = findingsOf(d, 'TOPOLOGY_NO_CENTRAL_SITE');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['central', 'branch1'] });
    expect(f!.message).toContain('no central site');
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), 'TOPOLOGY_NO_CENTRAL_SITE')).toHaveLength(0);
  });

  it('is silent with a central site, and on a blank design', () => {
    expect(findingsOf(fixture('reference-small'), 'TOPOLOGY_NO_CENTRAL_SITE')).toHaveLength(0);
    expect(findingsOf(emptyDesign(), 'TOPOLOGY_NO_CENTRAL_SITE')).toHaveLength(0);
  });
});

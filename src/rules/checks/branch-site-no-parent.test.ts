import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';

describe('BRANCH_SITE_NO_PARENT', () => {
  it('flags a branch without a central site, and offers the only central site', () => {
    const d = mutable(fixture('reference-small'));
    delete d.sites[1]!.centralSiteId;
    const [f, ...rest] = findingsOf(d, 'BRANCH_SITE_NO_PARENT');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['branch1'] });
    expect(f!.fixes![0]!.command).toEqual({ op: 'update', id: 'branch1', patch: { centralSiteId: 'central' } });
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), 'BRANCH_SITE_NO_PARENT')).toHaveLength(0);
  });

  it('flags a branch whose parent is another branch', () => {
    const d = mutable(fixture('reference-medium'));
    d.sites.find((s) => s.id === 'br2')!.centralSiteId = 'br1';
    const found = findingsOf(d, 'BRANCH_SITE_NO_PARENT');
    expect(found.map((f) => f.elements)).toEqual([['br2', 'br1']]);
  });

  it('is silent for branches that name a central site', () => {
    expect(findingsOf(fixture('reference-medium'), 'BRANCH_SITE_NO_PARENT')).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';
import { removeLinks } from '../test-builders-a-e';

const RULE = 'CMS_WRONG_HOST';

describe(RULE, () => {
  it('flags an Edge pool as CMS host, and moves the CMS to the Front End pool', () => {
    const d = mutable(fixture('reference-medium'));
    d.pools.find((p) => p.id === 'pool1')!.centralManagementStore = false;
    d.pools.find((p) => p.id === 'edgepool')!.centralManagementStore = true;
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['edgepool'] });
    const fixed = applyCommand(d, f!.fixes![0]!.command);
    expect(findingsOf(fixed, RULE)).toHaveLength(0);
    expect(findingsOf(fixed, 'CMS_MISSING')).toHaveLength(0);
    expect(findingsOf(fixed, 'CMS_MULTIPLE')).toHaveLength(0);
  });

  it('flags an Enterprise pool without a back end, with no fix to offer', () => {
    const d = mutable(fixture('reference-medium'));
    removeLinks(d, 'be');
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ elements: ['pool1'] });
    expect(f!.message).toContain('without a back-end store');
    expect(f!.fixes).toBeUndefined();
  });

  it('is silent for a Standard Edition server or an Enterprise pool with a back end, and for an empty pool', () => {
    expect(findingsOf(fixture('reference-small'), RULE)).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), RULE)).toHaveLength(0);
    const d = mutable(fixture('reference-small'));
    d.pools.push({ id: 'new', siteId: 'central', fqdn: 'new.fabrikam.com', centralManagementStore: true });
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});

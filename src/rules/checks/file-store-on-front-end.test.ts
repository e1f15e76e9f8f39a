import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';

describe('FILE_STORE_ON_FRONT_END', () => {
  it('flags a file store hosted on an Enterprise Front End server', () => {
    const d = mutable(fixture('reference-medium'));
    d.fileStores[0]!.host = 'FE2.contoso.com';
    const found = findingsOf(d, 'FILE_STORE_ON_FRONT_END');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['fs1', 'fe2'] });
  });

  it('is silent for a share on a Standard Edition server', () => {
    const d = mutable(fixture('reference-small'));
    d.fileStores.push({ id: 'fs-se', siteId: 'central', host: 'se1.fabrikam.com', share: 'share' });
    expect(findingsOf(d, 'FILE_STORE_ON_FRONT_END')).toHaveLength(0);
  });
});

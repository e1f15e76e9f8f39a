import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addSql } from '../test-builders-a-e';

const RULE = 'SQL_HOST_RUNS_LYNC_ROLE';

describe(RULE, () => {
  it('flags a SQL host that is also a Front End server', () => {
    const d = mutable(fixture('reference-medium'));
    d.sqlInstances.find((i) => i.id === 'be2')!.host = 'FE1.contoso.com';
    const found = findingsOf(d, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['be2', 'fe1'] });
    expect(found[0]!.message).toContain('Front End');
  });

  it('is silent for a Standard Edition server’s own SQL Express and for an Office Web Apps host', () => {
    const d = mutable(fixture('reference-small'));
    addSql(d, 'x1', 'se1.fabrikam.com', { instance: 'rtc', edition: 'express' });
    addSql(d, 'x2', 'owa01.fabrikam.com', { edition: 'standard' });
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});

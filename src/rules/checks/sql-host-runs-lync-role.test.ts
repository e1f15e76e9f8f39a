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

  it('flags a SQL host that is an Office Web Apps server or a survivable branch appliance (wave 3)', () => {
    const d = mutable(fixture('reference-small'));
    addSql(d, 'x2', 'owa01.fabrikam.com', { edition: 'standard' });
    addSql(d, 'x3', 'sba1.fabrikam.com', { edition: 'standard' });
    expect(findingsOf(d, RULE).map((f) => f.elements)).toEqual([['x2', 'owa-srv'], ['x3', 'sba1-srv']]);
  });

  it('is silent for a Standard Edition server’s own SQL Express, and for a SQL host of its own', () => {
    const d = mutable(fixture('reference-small'));
    addSql(d, 'x1', 'se1.fabrikam.com', { instance: 'rtc', edition: 'express' });
    addSql(d, 'x2', 'sql01.fabrikam.com', { edition: 'standard' });
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});

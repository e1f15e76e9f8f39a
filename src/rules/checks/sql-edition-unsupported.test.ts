import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, addSql } from '../test-builders-a-e';

const RULE = 'SQL_EDITION_UNSUPPORTED';

describe(RULE, () => {
  it('flags an Express back end of an Enterprise pool, and fixes it to its mirror partner’s edition', () => {
    const d = mutable(fixture('reference-medium'));
    d.sqlInstances.find((i) => i.id === 'be1')!.edition = 'express';
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['be1', 'pool1'] });
    expect(f!.fixes![0]!.command).toEqual({ op: 'update', id: 'be1', patch: { edition: 'enterprise' } });
    const fixed = applyCommand(d, f!.fixes![0]!.command);
    expect(findingsOf(fixed, RULE)).toHaveLength(0);
    expect(findingsOf(fixed, 'MIRROR_VERSION_MISMATCH')).toHaveLength(0);
  });

  it('flags SQL Server 2016 for a Monitoring store', () => {
    const d = mutable(fixture('reference-medium'));
    addSql(d, 'mon2', 'mon.contoso.com', { version: '2016', edition: 'standard' });
    d.links.find((l) => l.id === 'mon')!.to = 'mon2';
    const [f] = findingsOf(d, RULE);
    expect(f).toMatchObject({ elements: ['mon2', 'pool1'] });
    expect(f!.message).toContain('2008 R2 or 2012');
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('accepts "2008 R2" spelled with spaces and capitals', () => {
    const d = mutable(fixture('reference-medium'));
    for (const i of d.sqlInstances) i.version = 'SQL Server 2008 R2';
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });

  it('leaves what lives in a Standard Edition server’s SQL Express to SE_EXPRESS_FOREIGN_DATABASE', () => {
    const d = mutable(fixture('reference-small'));
    addSql(d, 'x1', 'se1.fabrikam.com', { instance: 'rtc', edition: 'express' });
    addPool(d, 'pc', 'central', 'persistent-chat');
    addLink(d, 'persistent-chat-store', 'pc', 'x1');
    expect(findingsOf(d, RULE)).toHaveLength(0);
    expect(findingsOf(d, 'SE_EXPRESS_FOREIGN_DATABASE')).toHaveLength(1);
    const old = mutable(d);
    old.sqlInstances.find((i) => i.id === 'x1')!.version = '2008';
    const [f] = findingsOf(old, RULE);
    expect(f!.elements).toEqual(['x1', 'pc']);
    expect(f!.fixes![0]!.command).toEqual({ op: 'update', id: 'x1', patch: { version: '2012' } });
    expect(findingsOf(applyCommand(old, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('does not judge a SQL instance that holds no Lync database, nor a witness', () => {
    const d = mutable(fixture('reference-medium'));
    d.sqlInstances.find((i) => i.id === 'wit')!.edition = 'express';
    addSql(d, 'spare', 'spare.contoso.com', { edition: 'web', version: '2005' });
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});

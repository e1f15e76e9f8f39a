import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, addSql } from '../test-builders-a-e';

const RULE = 'DATABASE_COLLOCATION_DISCOURAGED';

describe(RULE, () => {
  it('notes Monitoring on the Front End back-end host as info', () => {
    const found = findingsOf(fixture('reference-medium'), RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', elements: ['pool1', 'be1'] });
  });

  it('warns about Archiving on the back-end host, in another instance of it', () => {
    const d = mutable(fixture('reference-medium'));
    d.pools.find((p) => p.id === 'pool1')!.features!.archiving = true;
    addSql(d, 'arch', 'be1.contoso.com', { instance: 'arch' });
    addLink(d, 'archiving-store', 'pool1', 'arch');
    const found = findingsOf(d, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['pool1', 'be1', 'arch'] });
    expect(found[0]!.message).toContain('Monitoring and Archiving');
  });

  it('warns about a Persistent Chat store on the back-end host', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, 'pc', 'dc', 'persistent-chat');
    addLink(d, 'persistent-chat-store', 'pc', 'be1');
    expect(summaryOf(d)).toEqual(['warning pc,be1', 'info pool1,be1']);
  });

  it('is silent when the stores live on their own SQL host', () => {
    const d = mutable(fixture('reference-medium'));
    addSql(d, 'monsql', 'mon.contoso.com');
    d.links.find((l) => l.id === 'mon')!.to = 'monsql';
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});

function summaryOf(d: Parameters<typeof findingsOf>[0]): string[] {
  return findingsOf(d, RULE).map((f) => `${f.severity} ${f.elements.join(',')}`);
}

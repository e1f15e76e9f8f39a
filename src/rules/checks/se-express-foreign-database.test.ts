import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, addSql } from '../test-builders-a-e';

const RULE = 'SE_EXPRESS_FOREIGN_DATABASE';

function withExpress() {
  const d = mutable(fixture('reference-small'));
  addSql(d, 'x1', 'se1.fabrikam.com', { instance: 'rtc', edition: 'express' });
  addLink(d, 'backend', 'se1', 'x1');
  return d;
}

describe(RULE, () => {
  it('flags a Monitoring store in a Standard Edition server’s SQL Express', () => {
    const d = withExpress();
    const id = addLink(d, 'monitoring-store', 'se2', 'x1');
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['x1', 'se2', id] });
  });

  it('flags another pool’s back end there', () => {
    const d = withExpress();
    addLink(d, 'backend', 'se2', 'x1');
    expect(findingsOf(d, RULE).map((f) => f.elements.slice(0, 2))).toEqual([['x1', 'se2']]);
  });

  it('allows the SE server’s own back end, and a Persistent Chat store of Persistent Chat collocated on it', () => {
    const d = withExpress();
    addPool(d, 'pc', 'central', 'persistent-chat', 1, { fqdn: 'se1.fabrikam.com' });
    d.servers.find((s) => s.id === 'pc-1')!.fqdn = 'se1.fabrikam.com';
    addLink(d, 'persistent-chat-store', 'pc', 'x1');
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });

  it('flags a Persistent Chat store of a Persistent Chat pool on another computer', () => {
    const d = withExpress();
    addPool(d, 'pc', 'central', 'persistent-chat');
    addLink(d, 'persistent-chat-store', 'pc', 'x1');
    expect(findingsOf(d, RULE).map((f) => f.elements.slice(0, 2))).toEqual([['x1', 'pc']]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Design } from '../../domain/design';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, applyFix } from '../test-builders';

/** The medium design with a two-server Persistent Chat pool "chat" and a SQL instance "chatdb" for it. */
function withChatPool(): Design {
  const d = mutable(fixture('reference-medium'));
  addPool(d, { id: 'chat', siteId: 'dc', role: 'persistent-chat', servers: 2 });
  d.sqlInstances.push({ id: 'chatdb', siteId: 'dc', host: 'chatdb.contoso.com', instance: '', edition: 'standard', version: '2012' });
  return d;
}

describe('PCHAT_POOL_INCOMPLETE', () => {
  it('flags a Persistent Chat pool with neither next hop nor store, without a fix', () => {
    const d = withChatPool();
    const [f, ...rest] = findingsOf(d, 'PCHAT_POOL_INCOMPLETE');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['chat'] });
    expect(f!.message).toContain('neither');
    expect(f!.fixes).toBeUndefined();
  });

  it('flags a missing next hop and offers the one Front End pool of the site', () => {
    const d = withChatPool();
    addLink(d, 'persistent-chat-store', 'chat', 'chatdb');
    const [f] = findingsOf(d, 'PCHAT_POOL_INCOMPLETE');
    expect(f).toMatchObject({ severity: 'error', elements: ['chat'] });
    expect(f!.fixes![0]!.command).toMatchObject({ op: 'link', kind: 'next-hop', from: 'chat', to: 'pool1' });
    expect(findingsOf(applyFix(d, f), 'PCHAT_POOL_INCOMPLETE')).toHaveLength(0);
  });

  it('counts a next hop that is not a Front End pool as none', () => {
    const d = withChatPool();
    addLink(d, 'persistent-chat-store', 'chat', 'chatdb');
    addLink(d, 'next-hop', 'chat', 'edgepool');
    expect(findingsOf(d, 'PCHAT_POOL_INCOMPLETE')).toHaveLength(1);
  });

  it('flags a missing store', () => {
    const d = withChatPool();
    addLink(d, 'next-hop', 'chat', 'pool1');
    const [f] = findingsOf(d, 'PCHAT_POOL_INCOMPLETE');
    expect(f!.message).toContain('no Persistent Chat store');
  });

  it('is silent for a complete pool', () => {
    const d = withChatPool();
    addLink(d, 'next-hop', 'chat', 'pool1');
    addLink(d, 'persistent-chat-store', 'chat', 'chatdb');
    expect(findingsOf(d, 'PCHAT_POOL_INCOMPLETE')).toHaveLength(0);
  });
});

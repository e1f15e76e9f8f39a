import { describe, expect, it } from 'vitest';
import type { Design } from '../../domain/design';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, addSql } from '../test-builders-a-e';
import { applyFix } from '../test-builders';

const RULE = 'PCHAT_COMPLIANCE_STORE_MISSING';

/** The medium design with a complete Persistent Chat pool whose compliance is on or off. */
function withChat(compliance: boolean): Design {
  const d = mutable(fixture('reference-medium'));
  addPool(d, 'chat', 'dc', 'persistent-chat', 1, { features: { persistentChatCompliance: compliance } });
  addSql(d, 'chatdb', 'chatsql.contoso.com');
  addLink(d, 'next-hop', 'chat', 'pool1');
  addLink(d, 'persistent-chat-store', 'chat', 'chatdb');
  addLink(d, 'file-store', 'chat', 'fs1');
  return d;
}

describe(RULE, () => {
  it('flags compliance without a compliance store; the first fix links the chat store instance, the second turns compliance off', () => {
    const d = withChat(true);
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['chat'] });
    expect(f!.fixes!.map((x) => x.command.op)).toEqual(['link', 'update']);
    expect(findingsOf(applyFix(d, f, 0), RULE)).toHaveLength(0);
    expect(findingsOf(applyFix(d, f, 1), RULE)).toHaveLength(0);
  });

  it('is silent with compliance off, or with a compliance store', () => {
    expect(findingsOf(withChat(false), RULE)).toHaveLength(0);
    const d = withChat(true);
    addSql(d, 'compdb', 'compsql.contoso.com');
    addLink(d, 'compliance-store', 'chat', 'compdb');
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});

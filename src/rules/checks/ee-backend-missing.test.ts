import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';
import { addSql, removeLinks } from '../test-builders-a-e';

const RULE = 'EE_BACKEND_MISSING';

describe(RULE, () => {
  it('flags an Enterprise pool without a back-end link, and offers the one free principal of its site', () => {
    const d = mutable(fixture('reference-medium'));
    removeLinks(d, 'be');
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['pool1'] });
    // be2 and wit are the mirror and witness of be1: be1 is the obvious back end.
    expect(f!.fixes![0]!.command).toEqual({ op: 'link', kind: 'backend', from: 'pool1', to: 'be1' });
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('offers no fix when several SQL instances could serve', () => {
    const d = mutable(fixture('reference-medium'));
    removeLinks(d, 'be');
    addSql(d, 'spare', 'spare.contoso.com', { edition: 'standard' });
    const [f] = findingsOf(d, RULE);
    expect(f!.elements).toEqual(['pool1']);
    expect(f!.fixes).toBeUndefined();
  });

  it('is silent for an Enterprise pool with a back end and for Standard Edition servers', () => {
    expect(findingsOf(fixture('reference-medium'), RULE)).toHaveLength(0);
    expect(findingsOf(fixture('reference-small'), RULE)).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, addSql } from '../test-builders-a-e';

const RULE = 'WITNESS_SHARED';

function withSecondMirror(mirrored: boolean) {
  const d = mutable(fixture('reference-medium'));
  addPool(d, 'pool2', 'dc', 'front-end', 3, { loadBalancing: 'hardware' });
  addSql(d, 'be3', 'be3.contoso.com', { instance: 'rtc' });
  addSql(d, 'be4', 'be4.contoso.com', { instance: 'rtc' });
  addLink(d, 'backend', 'pool2', 'be3');
  if (mirrored) addLink(d, 'mirror', 'be3', 'be4');
  addLink(d, 'witness', 'be3', 'wit');
  return d;
}

describe(RULE, () => {
  it('notes one witness serving two mirror pairs', () => {
    const found = findingsOf(withSecondMirror(true), RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', elements: ['wit', 'be1', 'be3'] });
  });

  it('does not count a principal without a mirror (MIRROR_INVALID judges it)', () => {
    expect(findingsOf(withSecondMirror(false), RULE)).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), RULE)).toHaveLength(0);
  });
});

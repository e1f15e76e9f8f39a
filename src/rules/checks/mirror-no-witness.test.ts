import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { removeLinks } from '../test-builders-a-e';

const RULE = 'MIRROR_NO_WITNESS';

describe(RULE, () => {
  it('warns about a mirrored back end without a witness', () => {
    const d = mutable(fixture('reference-medium'));
    removeLinks(d, 'wtn');
    const found = findingsOf(d, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['be1', 'be2', 'pool1'] });
    expect(found[0]!.message).toContain('manual');
  });

  it('is silent with a witness, or without a mirror', () => {
    expect(findingsOf(fixture('reference-medium'), RULE)).toHaveLength(0);
    const d = mutable(fixture('reference-medium'));
    removeLinks(d, 'wtn', 'mir');
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});

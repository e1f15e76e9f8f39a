import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool } from '../test-builders-a-e';

const RULE = 'PAIRING_NOT_ONE_TO_ONE';

describe(RULE, () => {
  it('flags a pool paired with two pools', () => {
    const d = mutable(fixture('reference-small'));
    addPool(d, 'se3', 'central', 'standard-edition');
    addLink(d, 'pairing', 'se3', 'se1');
    const found = findingsOf(d, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['se1', 'se2', 'se3'] });
  });

  it('flags a pool paired with itself, and deletes the link as fix', () => {
    const d = mutable(fixture('reference-small'));
    const id = addLink(d, 'pairing', 'se1', 'se1');
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ elements: ['se1', id] });
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('flags a paired Edge pool (and LINK_ENDPOINTS_INVALID leaves it to this rule)', () => {
    const d = mutable(fixture('reference-small'));
    d.links.find((l) => l.id === 'pair')!.to = 'edge';
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ elements: ['edge', 'se1', 'pair'] });
    expect(findingsOf(d, 'LINK_ENDPOINTS_INVALID')).toHaveLength(0);
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('is silent for one pair, even drawn twice in both directions', () => {
    const d = mutable(fixture('reference-small'));
    addLink(d, 'pairing', 'se2', 'se1');
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});

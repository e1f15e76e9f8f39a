import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink } from '../test-builders-a-e';

const RULE = 'LINK_ENDPOINTS_INVALID';

describe(RULE, () => {
  it('flags a back-end link from an Edge pool, and offers to delete it', () => {
    const d = mutable(fixture('reference-medium'));
    const id = addLink(d, 'backend', 'edgepool', 'be2');
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['edgepool', 'be2', id] });
    expect(f!.fixes![0]!.command).toEqual({ op: 'delete', ids: [id] });
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('flags a trunk to a Front End pool without collocated Mediation', () => {
    const d = mutable(fixture('reference-medium'));
    d.pools.find((p) => p.id === 'pool1')!.collocatedMediation = false;
    expect(findingsOf(d, RULE).map((f) => f.elements)).toEqual([
      ['gw-br2', 'pool1', 't-br2'],
      ['gw-dc', 'pool1', 't-dc'],
    ]);
  });

  it('leaves self-mirrors and pairings of the wrong pools to their own rules', () => {
    const d = mutable(fixture('reference-medium'));
    d.links.find((l) => l.id === 'mir')!.to = 'be1';
    addLink(d, 'pairing', 'edgepool', 'pool1');
    expect(findingsOf(d, RULE)).toHaveLength(0);
    expect(findingsOf(d, 'MIRROR_INVALID').length).toBeGreaterThan(0);
    expect(findingsOf(d, 'PAIRING_NOT_ONE_TO_ONE')).toHaveLength(1);
  });

  it('is silent on the reference designs', () => {
    expect(findingsOf(fixture('reference-small'), RULE)).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), RULE)).toHaveLength(0);
  });
});

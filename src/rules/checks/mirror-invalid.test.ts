import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';
import { removeLinks } from '../test-builders-a-e';

const RULE = 'MIRROR_INVALID';

describe(RULE, () => {
  it('flags a witness without a mirror', () => {
    const d = mutable(fixture('reference-medium'));
    removeLinks(d, 'mir');
    const found = findingsOf(d, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['be1', 'wit', 'wtn'] });
  });

  it('flags a mirror that is the principal itself, and deletes it as fix', () => {
    const d = mutable(fixture('reference-medium'));
    d.links.find((l) => l.id === 'mir')!.to = 'be1';
    const self = findingsOf(d, RULE).find((f) => f.elements.includes('mir'));
    expect(self).toMatchObject({ severity: 'error', elements: ['be1', 'mir'] });
    const fixed = applyCommand(d, self!.fixes![0]!.command);
    expect(findingsOf(fixed, RULE).some((f) => f.elements.includes('mir'))).toBe(false);
  });

  it('flags a witness that is also the mirror', () => {
    const d = mutable(fixture('reference-medium'));
    d.links.find((l) => l.id === 'wtn')!.to = 'be2';
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ elements: ['be1', 'be2', 'wtn'] });
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('is silent for a principal with a mirror and a separate witness', () => {
    expect(findingsOf(fixture('reference-medium'), RULE)).toHaveLength(0);
  });
});

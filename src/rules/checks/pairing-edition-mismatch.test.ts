import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';

const RULE = 'PAIRING_EDITION_MISMATCH';

describe(RULE, () => {
  it('flags an Enterprise pool paired with a Standard Edition server, naming the Enterprise pool first', () => {
    const d = mutable(fixture('reference-small'));
    d.servers.find((s) => s.id === 'se2-srv')!.role = 'front-end';
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['se2', 'se1', 'pair'] });
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('is silent for two paired Standard Edition servers', () => {
    expect(findingsOf(fixture('reference-small'), RULE)).toHaveLength(0);
  });
});

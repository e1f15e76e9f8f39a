import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { poolOf } from '../test-builders';

describe('SE_UNPAIRED', () => {
  it('notes Standard Edition servers with users and no pairing', () => {
    const d = mutable(fixture('reference-small'));
    d.links = d.links.filter((l) => l.kind !== 'pairing');
    const found = findingsOf(d, 'SE_UNPAIRED');
    expect(found.map((f) => [f.severity, f.elements])).toEqual([
      ['info', ['se1']],
      ['info', ['se2']],
    ]);
  });

  it('is silent for paired servers and for an unpaired server without users', () => {
    expect(findingsOf(fixture('reference-small'), 'SE_UNPAIRED')).toHaveLength(0);
    const d = mutable(fixture('reference-small'));
    d.links = d.links.filter((l) => l.kind !== 'pairing');
    poolOf(d, 'se1').users = 0;
    poolOf(d, 'se2').users = 0;
    expect(findingsOf(d, 'SE_UNPAIRED')).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';

const RULE = 'MIRROR_VERSION_MISMATCH';

describe(RULE, () => {
  it('flags a mirror on another SQL version, and aligns it with the principal as fix', () => {
    const d = mutable(fixture('reference-medium'));
    d.sqlInstances.find((i) => i.id === 'be2')!.version = '2008r2';
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['be1', 'be2', 'mir'] });
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('flags a mirror of another edition', () => {
    const d = mutable(fixture('reference-medium'));
    d.sqlInstances.find((i) => i.id === 'be2')!.edition = 'standard';
    expect(findingsOf(d, RULE).map((f) => f.elements)).toEqual([['be1', 'be2', 'mir']]);
  });

  it('flags a witness on another version', () => {
    const d = mutable(fixture('reference-medium'));
    d.sqlInstances.find((i) => i.id === 'wit')!.version = '2008 R2';
    expect(findingsOf(d, RULE).map((f) => f.elements)).toEqual([['be1', 'wit', 'wtn']]);
  });

  it('lets the witness be another edition, and compares versions case- and space-insensitively', () => {
    const d = mutable(fixture('reference-medium'));
    d.sqlInstances.find((i) => i.id === 'wit')!.edition = 'express';
    d.sqlInstances.find((i) => i.id === 'be1')!.version = '2008 R2';
    d.sqlInstances.find((i) => i.id === 'be2')!.version = '2008r2';
    d.sqlInstances.find((i) => i.id === 'wit')!.version = '2008R2';
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});

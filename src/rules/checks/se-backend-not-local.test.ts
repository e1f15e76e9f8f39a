import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addSql } from '../test-builders-a-e';

const RULE = 'SE_BACKEND_NOT_LOCAL';

describe(RULE, () => {
  it('flags a Standard Edition server with a back end on another computer, and deletes the link as fix', () => {
    const d = mutable(fixture('reference-small'));
    addSql(d, 'sql1', 'sql1.fabrikam.com', { edition: 'standard' });
    const id = addLink(d, 'backend', 'se1', 'sql1');
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['se1', 'sql1', id] });
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('flags a local instance that is not Express', () => {
    const d = mutable(fixture('reference-small'));
    addSql(d, 'x1', 'SE1.fabrikam.com', { edition: 'standard' });
    addLink(d, 'backend', 'se1', 'x1');
    expect(findingsOf(d, RULE)).toHaveLength(1);
  });

  it('is silent for the SE server’s own SQL Express drawn with a back-end link', () => {
    const d = mutable(fixture('reference-small'));
    addSql(d, 'x1', 'SE1.fabrikam.com', { instance: 'rtc', edition: 'express' });
    addLink(d, 'backend', 'se1', 'x1');
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});

/** The two reference designs report exactly what fixtures/README.md lists, and one changed fact adds one finding. */
import { describe, expect, it } from 'vitest';
import type { Design } from '../domain/design';
import { fixture, mutable, summary, type FixtureName } from './test-support';

/** Entries of `after` not in `before`, and of `before` not in `after` (as multisets). */
function diff(before: string[], after: string[]): { added: string[]; removed: string[] } {
  const rest = [...before];
  const added: string[] = [];
  for (const s of after) {
    const i = rest.indexOf(s);
    if (i >= 0) rest.splice(i, 1);
    else added.push(s);
  }
  return { added, removed: rest };
}

function changeOneFact(name: FixtureName, change: (d: Design) => void) {
  const d = mutable(fixture(name));
  change(d);
  return diff(summary(fixture(name)), summary(d));
}

describe('reference designs', () => {
  it('reference-small: a single Edge server warning and the same-site pairing note, nothing else', () => {
    expect(summary(fixture('reference-small'))).toEqual([
      'EDGE_POOL_SIZE warning edge',
      'PAIRING_SAME_SITE info se1,se2',
    ]);
  });

  it('reference-medium: the Monitoring-on-back-end note, and (wave 3) the branch users over 3 Front Ends', () => {
    // fixtures/README.md lists only the note. Wave 3 counts 6,660 users per Front End server for a backup
    // registrar (capacity-planning-using-the-user-models): pool1 homes 20,000 on 3 Front Ends (19,980) and
    // backs up the 400 users of sba1, 20,400 in all, which is more than 1% over.
    expect(summary(fixture('reference-medium'))).toEqual([
      'BRANCH_USERS_EXCEED_REGISTRAR warning pool1,sba1',
      'DATABASE_COLLOCATION_DISCOURAGED info pool1,be1',
    ]);
  });
});

describe('one changed fact, one new finding', () => {
  it.each<[string, FixtureName, (d: Design) => void, string]>([
    [
      'a second CMS host',
      'reference-small',
      (d) => (d.pools.find((p) => p.id === 'se2')!.centralManagementStore = true),
      'CMS_MULTIPLE error se1,se2',
    ],
    [
      'no witness for the mirrored back end',
      'reference-medium',
      (d) => (d.links = d.links.filter((l) => l.id !== 'wtn')),
      'MIRROR_NO_WITNESS warning be1,be2,pool1',
    ],
    [
      'a mirror on SQL Server 2008 R2',
      'reference-medium',
      (d) => (d.sqlInstances.find((i) => i.id === 'be2')!.version = '2008 R2'),
      'MIRROR_VERSION_MISMATCH error be1,be2,mir',
    ],
    [
      'an Edge pool of two servers without load balancing',
      'reference-medium',
      (d) => (d.pools.find((p) => p.id === 'edgepool')!.loadBalancing = 'none'),
      'MULTI_SERVER_POOL_NO_LOAD_BALANCING error edgepool',
    ],
    [
      'DNS load balancing without an internal web FQDN',
      'reference-medium',
      (d) => delete d.pools.find((p) => p.id === 'pool1')!.internalWebFqdn,
      'DNS_LB_WEB_FQDN_NOT_OVERRIDDEN error pool1',
    ],
    [
      'an Express back end',
      'reference-medium',
      (d) => {
        for (const i of d.sqlInstances.filter((i) => i.id === 'be1' || i.id === 'be2')) i.edition = 'express';
      },
      'SQL_EDITION_UNSUPPORTED error be1,pool1',
    ],
  ])('%s', (_label, name, change, expected) => {
    expect(changeOneFact(name, change)).toEqual({ added: [expected], removed: [] });
  });
});

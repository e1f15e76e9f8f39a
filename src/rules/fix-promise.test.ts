/**
 * The fix promise as a property: on the reference designs, on generated designs and on generated designs
 * knocked about by random edits, the first fix of every finding never raises the count of errors; and every
 * fix, first or not, is one undo step in the document store. (Every design a rule test judges is checked
 * too, through test-support's findingsOf.)
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Design } from '../domain/design';
import { COLLECTIONS } from '../domain/design';
import { LINK_KINDS } from '../domain/elements/link';
import { LOAD_BALANCING, POOL_FEATURES } from '../domain/elements/pool';
import { SERVER_ROLES } from '../domain/elements/server';
import { SQL_EDITIONS } from '../domain/elements/sql-instance';
import { arbitraryDesign } from '../domain/testing/arbitrary-design';
import { designHistory, undo, useDesignStore } from '../state/design-store';
import { validate } from './engine';
import { brokenPromises } from './fix-promise';
import { fixture, mutable } from './test-support';

type Edit = (d: Design, pick: (n: number) => number) => void;

/** One-fact edits of the kind users make, each choosing its target with `pick`. */
const EDITS: readonly Edit[] = [
  (d, pick) => {
    const p = d.pools[pick(d.pools.length)];
    if (p) p.loadBalancing = LOAD_BALANCING[pick(LOAD_BALANCING.length)]!;
  },
  (d, pick) => {
    const s = d.servers[pick(d.servers.length)];
    if (s) s.role = SERVER_ROLES[pick(SERVER_ROLES.length)]!;
  },
  (d, pick) => {
    const p = d.pools[pick(d.pools.length)];
    if (p) p.users = [0, 20, 900, 2_600, 5_100, 21_000, 85_000][pick(7)]!;
  },
  (d, pick) => {
    const i = d.sqlInstances[pick(d.sqlInstances.length)];
    if (!i) return;
    i.edition = SQL_EDITIONS[pick(SQL_EDITIONS.length)]!;
    i.version = ['2012', '2008 R2 SP2', '2008', '2014', '11.0'][pick(5)]!;
  },
  (d, pick) => {
    const p = d.pools[pick(d.pools.length)];
    const site = d.sites[pick(d.sites.length)];
    if (p && site) p.siteId = site.id;
  },
  (d, pick) => {
    const site = d.sites[pick(d.sites.length)];
    if (!site) return;
    site.kind = site.kind === 'central' ? 'branch' : 'central';
    if (site.kind === 'central') delete site.centralSiteId;
  },
  (d, pick) => {
    // Two elements with one name: a server copies another's FQDN, or a pool takes a server's.
    const a = d.servers[pick(d.servers.length)];
    const b = d.servers[pick(d.servers.length)];
    const p = d.pools[pick(d.pools.length)];
    if (a && b) a.fqdn = b.fqdn;
    if (p && b && pick(2) === 0) p.fqdn = b.fqdn;
  },
  (d, pick) => {
    const i = d.sqlInstances[pick(d.sqlInstances.length)];
    const s = [...d.servers, ...d.sqlInstances.map((x) => ({ fqdn: x.host }))][pick(d.servers.length + d.sqlInstances.length)];
    if (i && s) i.host = s.fqdn;
  },
  (d, pick) => {
    const all = COLLECTIONS.flatMap((c) => d[c].map((e) => e.id));
    const from = all[pick(all.length)];
    const to = all[pick(all.length)];
    if (from && to) d.links.push({ id: `edit-link-${d.links.length}-${pick(1e6)}`, kind: LINK_KINDS[pick(LINK_KINDS.length)]!, from, to });
  },
  (d, pick) => {
    if (d.links.length > 0) d.links.splice(pick(d.links.length), 1);
  },
  (d, pick) => {
    const p = d.pools[pick(d.pools.length)];
    if (!p) return;
    p.features = { ...p.features, [POOL_FEATURES[pick(POOL_FEATURES.length)]!]: pick(2) === 0 };
    if (pick(4) === 0) p.centralManagementStore = !p.centralManagementStore;
  },
  (d, pick) => {
    // A server moves into another pool.
    const s = d.servers[pick(d.servers.length)];
    const p = d.pools[pick(d.pools.length)];
    if (s && p) s.poolId = p.id;
  },
];

/** A design with `picks` applied as edits: each triple of numbers is (edit, choice seed). */
function edited(base: Design, picks: readonly number[]): Design {
  const d = mutable(base);
  for (let k = 0; k + 1 < picks.length; k += 2) {
    let seed = picks[k + 1]!;
    const pick = (n: number) => (n <= 0 ? 0 : (seed = (seed * 1103515245 + 12345) >>> 0) % n);
    EDITS[picks[k]! % EDITS.length]!(d, pick);
  }
  return d;
}

const picks = fc.array(fc.nat(1 << 30), { minLength: 2, maxLength: 8 });

describe('the fix promise', () => {
  it('holds for every finding of the reference designs', () => {
    for (const name of ['reference-small', 'reference-medium'] as const) expect(brokenPromises(fixture(name))).toEqual([]);
  });

  it('holds on the reference designs after random edits (300 designs)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom('reference-small' as const, 'reference-medium' as const), picks, (name, p) => {
        expect(brokenPromises(edited(fixture(name), p))).toEqual([]);
      }),
      { numRuns: 300, seed: 10 },
    );
  });

  // 150 generated designs, each judged as generated and after random edits: 300 designs.
  it('holds on generated designs, as generated and after random edits (300 designs)', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(arbitraryDesign({ maxElements: 40 }), picks, (design, p) => {
        expect(brokenPromises(design)).toEqual([]);
        expect(brokenPromises(edited(design, p))).toEqual([]);
      }),
      { numRuns: 150, seed: 10 },
    );
  });
});

describe('every fix is one undo step', () => {
  const state = () => useDesignStore.getState();
  beforeEach(() => designHistory().clear());

  it('applies each fix of edited reference designs as one step that undo takes back exactly', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom('reference-small' as const, 'reference-medium' as const), picks, (name, p) => {
        const design = edited(fixture(name), p);
        state().replace(design, { origin: { kind: 'new' }, undoable: false });
        const loaded = state().design;
        for (const f of validate(loaded)) {
          for (const fix of f.fixes ?? []) {
            state().run(fix.command);
            if (state().design === loaded) continue; // a fix that changes nothing records nothing
            expect(designHistory().pastStates).toHaveLength(1);
            undo();
            expect(state().design).toBe(loaded);
            designHistory().clear();
          }
        }
      }),
      { numRuns: 100, seed: 10 },
    );
  });
});

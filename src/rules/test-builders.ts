/** Builders for rule tests: add a pool with its servers, draw a link, apply a finding's fix. */
import { COLLECTIONS, type Design } from '../domain/design';
import { applyCommand } from '../domain/design-command';
import type { LinkKind } from '../domain/elements/link';
import type { Pool } from '../domain/elements/pool';
import type { ServerRole } from '../domain/elements/server';
import type { Finding } from './types';

/** A pool of a mutable design, by id (throws when missing, so a test fails loudly). */
export function poolOf(design: Design, id: string): Pool {
  const pool = design.pools.find((p) => p.id === id);
  if (!pool) throw new Error(`no pool "${id}"`);
  return pool;
}

/**
 * Add a pool of `servers` servers of one role. Server FQDNs are `<id>-<n>.test.example`; a pool of one
 * server is named after it, as Standard Edition servers and single-computer pools are.
 */
export function addPool(
  design: Design,
  spec: Partial<Pool> & { id: string; siteId: string; role: ServerRole; servers?: number },
): Pool {
  const { role, servers = 1, ...fields } = spec;
  // Scan rather than index: the index is memoised on the design object, which the test goes on mutating.
  if (COLLECTIONS.some((c) => design[c].some((e) => e.id === spec.id))) {
    throw new Error(`id "${spec.id}" is already used`);
  }
  const fqdn = spec.fqdn ?? `${spec.id}.test.example`;
  const pool = { ...fields, fqdn } as Pool;
  design.pools.push(pool);
  for (let n = 1; n <= servers; n++) {
    design.servers.push({
      id: `${spec.id}-srv${n}`,
      poolId: spec.id,
      fqdn: servers === 1 ? fqdn : `${spec.id}-${n}.test.example`,
      role,
    });
  }
  return pool;
}

let linkCount = 0;
export function addLink(design: Design, kind: LinkKind, from: string, to: string): void {
  design.links.push({ id: `test-link-${++linkCount}`, kind, from, to });
}

/** The design after applying a finding's fix, the first unless told (throws when there is no such fix). */
export function applyFix(design: Design, finding: Finding | undefined, which = 0): Design {
  const fix = finding?.fixes?.[which];
  if (!fix) throw new Error(`the finding offers no fix #${which}`);
  return applyCommand(design, fix.command);
}

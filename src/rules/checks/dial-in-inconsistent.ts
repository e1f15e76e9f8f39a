// DIAL_IN_INCONSISTENT: dial-in (PSTN) conferencing is on in every conferencing pool or in none (topic:
// components-and-topologies-for-conferencing).
import type { Finding, Rule } from '../types';
import { hasFeature, isUnjudged, plural } from '../service-helpers';

export const dialInInconsistent: Rule = {
  id: 'DIAL_IN_INCONSISTENT',
  severity: 'error',
  wave: 2,
  title: 'Dial-in conferencing is on in some conferencing pools but not all',
  check(ctx) {
    const on: string[] = [];
    const off: string[] = [];
    for (const pool of ctx.design.pools) {
      if (!hasFeature(pool, 'conferencing') || isUnjudged(ctx, pool.id)) continue;
      (hasFeature(pool, 'dialInConferencing') ? on : off).push(pool.id);
    }
    if (on.length === 0 || off.length === 0) return [];
    const others =
      on.length === 1 ? `${ctx.name(on[0]!)} has it` : `${ctx.name(on[0]!)} and ${plural(on.length - 1, 'other pool')} have it`;
    // One finding per pool without dial-in, so each shows it on the canvas with its own fix.
    return off.map((id) => ({
      rule: 'DIAL_IN_INCONSISTENT',
      severity: 'error',
      elements: [id, on[0]!],
      message: `Conferencing pool ${ctx.name(id)} has no dial-in conferencing while ${others}; dial-in conferencing must be on in all conferencing pools or in none.`,
      fixes: [{
        label: `Turn on dial-in conferencing in ${ctx.name(id)}`,
        command: { op: 'update', id, patch: { features: { ...ctx.pool(id)!.features, dialInConferencing: true } } },
      }],
    }) satisfies Finding);
  },
};

// LINK_ENDPOINTS_INVALID: each link kind joins only the element kinds of the link table in domain.md
// (product rule).
import { LINK_LABELS } from '../../domain/labels';
import { isLinkAllowed } from '../../domain/link-rules';
import type { Link } from '../../domain/elements/link';
import type { RuleContext } from '../context';
import type { Finding, Rule } from '../types';

/**
 * Links that a more specific rule judges, so one fact yields one finding: a self-mirror or self-witness
 * (MIRROR_INVALID) and a pairing between two pools (PAIRING_NOT_ONE_TO_ONE).
 */
function judgedElsewhere(ctx: RuleContext, l: Link): boolean {
  if ((l.kind === 'mirror' || l.kind === 'witness') && l.from === l.to) return ctx.sql(l.from) !== undefined;
  if (l.kind === 'pairing') return ctx.pool(l.from) !== undefined && ctx.pool(l.to) !== undefined;
  return false;
}

export const linkEndpointsInvalid: Rule = {
  id: 'LINK_ENDPOINTS_INVALID',
  severity: 'error',
  wave: 1,
  title: 'A link joins element kinds that its kind does not allow',
  check(ctx) {
    const out: Finding[] = [];
    for (const l of ctx.design.links) {
      if (isLinkAllowed(ctx.design, l.kind, l.from, l.to) || judgedElsewhere(ctx, l)) continue;
      out.push({
        rule: 'LINK_ENDPOINTS_INVALID',
        severity: 'error',
        elements: [l.from, l.to, l.id],
        message: `The ${LINK_LABELS[l.kind]} link from ${ctx.name(l.from)} to ${ctx.name(l.to)} joins elements that a ${l.kind} link cannot join (see the link table).`,
        fixes: [{ label: 'Delete this link', command: { op: 'delete', ids: [l.id] } }],
      });
    }
    return out;
  },
};

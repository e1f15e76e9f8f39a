// VOICE_NO_GATEWAY: Enterprise Voice and dial-in conferencing reach the telephone network only through a PSTN
// gateway, IP-PBX or SIP trunk peer; one trunk can serve every pool, so this is judged for the whole design
// (topics: mediation-server-component; components-and-topologies-for-conferencing).
import type { Finding, Rule } from '../types';
import { hasFeature, nameList } from '../service-helpers';

/** How many pools a message names before it says "and N more". */
const NAMED = 3;

export const voiceNoGateway: Rule = {
  id: 'VOICE_NO_GATEWAY',
  severity: 'warning',
  wave: 3,
  title: 'Pools have Enterprise Voice or dial-in conferencing, but no gateway has a trunk',
  check(ctx) {
    const voice = ctx.design.pools.filter((p) => hasFeature(p, 'enterpriseVoice') || hasFeature(p, 'dialInConferencing'));
    if (voice.length === 0) return [];
    for (const g of ctx.design.gateways) if (ctx.out(g.id, 'trunk').length > 0) return [];
    const ids = voice.map((p) => p.id);
    const more = ids.length > NAMED ? ` and ${ids.length - NAMED} more` : '';
    // No fix: a gateway is a device the architect names, places and connects.
    const finding: Finding = {
      rule: 'VOICE_NO_GATEWAY',
      severity: 'warning',
      elements: ids,
      message: `${ids.length === 1 ? 'Pool' : 'Pools'} ${nameList(ctx, ids.slice(0, NAMED))}${more} ${ids.length === 1 ? 'has' : 'have'} Enterprise Voice or dial-in conferencing, but no gateway in the design has a trunk; calls to and from phone numbers need a PSTN gateway, IP-PBX or SIP trunk.`,
    };
    return [finding];
  },
};

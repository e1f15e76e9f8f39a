// VOICE_WITHOUT_MEDIATION: Enterprise Voice and dial-in conferencing reach the PSTN through a Mediation Server,
// collocated on the Front End / SE servers or in a stand-alone pool (topic: mediation-server-component).
import type { Finding, Rule } from '../types';
import { hasFeature } from '../service-helpers';

export const voiceWithoutMediation: Rule = {
  id: 'VOICE_WITHOUT_MEDIATION',
  severity: 'error',
  wave: 1,
  title: 'A Front End or SE pool with Enterprise Voice or dial-in conferencing has no Mediation Server',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      const voice = hasFeature(pool, 'enterpriseVoice');
      const dialIn = hasFeature(pool, 'dialInConferencing');
      if ((!voice && !dialIn) || pool.collocatedMediation === true || !ctx.isRegistrarPool(pool.id)) continue;
      if (ctx.in(pool.id, 'next-hop').some((l) => ctx.role(l.from) === 'mediation')) continue;
      const what = voice && dialIn ? 'Enterprise Voice and dial-in conferencing' : voice ? 'Enterprise Voice' : 'dial-in conferencing';
      out.push({
        rule: 'VOICE_WITHOUT_MEDIATION',
        severity: 'error',
        elements: [pool.id],
        message: `Pool ${ctx.name(pool.id)} runs ${what} but has no Mediation Server, neither collocated nor a stand-alone Mediation pool with it as next hop, so its calls cannot reach the PSTN.`,
        fixes: [{
          label: `Collocate Mediation on ${ctx.name(pool.id)}`,
          command: { op: 'update', id: pool.id, patch: { collocatedMediation: true } },
        }],
      });
    }
    return out;
  },
};

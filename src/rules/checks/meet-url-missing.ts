// MEET_URL_MISSING: every SIP domain needs its own meet simple URL, which both web certificates then carry
// (topics: dns-requirements-for-simple-urls; certificate-requirements-for-internal-servers). Without planned
// URLs the reports use the default https://meet.<each domain>; a design that lists its meet URLs must list
// one per SIP domain, else that domain's meetings have no URL and no certificate name.
import { reportInputs } from '../../reports/inputs';
import type { Rule } from '../types';

export const meetUrlMissing: Rule = {
  id: 'MEET_URL_MISSING',
  severity: 'error',
  wave: 2,
  title: 'The design lists fewer meet URLs than SIP domains',
  check(ctx) {
    const meet = ctx.design.simpleUrls?.meet ?? [];
    const { domains, webEntryPool } = reportInputs(ctx.design);
    if (meet.length === 0 || meet.length >= domains.length) return [];
    // The URLs follow the domains in order (primary first), as the inspector asks for them.
    const without = domains.slice(meet.length);
    return [
      {
        rule: 'MEET_URL_MISSING',
        severity: 'error',
        elements: webEntryPool ? [webEntryPool.id] : [],
        message: `The design has ${domains.length} SIP domains but ${meet.length} meet URL${meet.length === 1 ? '' : 's'}: ${without.join(', ')} ${without.length === 1 ? 'has' : 'have'} none, so ${without.length === 1 ? 'its' : 'their'} meetings get no URL and the web certificates no name for them. Add one meet URL per SIP domain (the default is https://meet.<domain>).`,
      },
    ];
  },
};

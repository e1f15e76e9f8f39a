// SRV_TARGET_OUTSIDE_DOMAIN: a client sign-in SRV record (_sipinternaltls._tcp, _sip._tls) must point to a
// host in its own SIP domain: Lync clients match the SRV target's domain to the user's SIP domain strictly
// by default, so users of a domain whose SRV points elsewhere do not sign in automatically (topics:
// determine-dns-requirements; dns-requirements-for-automatic-client-sign-in). Federation and XMPP SRV
// records are not client sign-in records and are not judged. Judged on the DNS report's own rows.
import { dnsRowsOf } from '../report-rows';
import type { Finding, Rule } from '../types';

const SIGN_IN_SRV = /^(_sipinternaltls\._tcp|_sip\._tls)\.(.+)$/i;

export const srvTargetOutsideDomain: Rule = {
  id: 'SRV_TARGET_OUTSIDE_DOMAIN',
  severity: 'warning',
  wave: 2,
  title: 'A client sign-in SRV record points to a host outside its SIP domain',
  check(ctx) {
    const out: Finding[] = [];
    for (const row of dnsRowsOf(ctx.design)) {
      if (row.type !== 'SRV') continue;
      const m = SIGN_IN_SRV.exec(row.name);
      if (!m) continue;
      const domain = m[2]!.toLowerCase().replace(/\.$/, '');
      const target = row.target.toLowerCase().replace(/\.$/, '');
      if (target.endsWith(`.${domain}`)) continue;
      out.push({
        rule: 'SRV_TARGET_OUTSIDE_DOMAIN',
        severity: 'warning',
        elements: row.elements,
        message: `The ${row.zone} SRV record ${row.name} points to ${row.target}, outside the SIP domain ${domain}: clients match the domains strictly by default, so users of ${domain} do not sign in automatically. Point it at a host in ${domain} (such as sip.${domain}, an A record to the same address, named on the certificate too) or turn strict DNS name matching off by group policy.`,
      });
    }
    return out;
  },
};

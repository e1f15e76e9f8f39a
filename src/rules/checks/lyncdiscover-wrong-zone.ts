// LYNCDISCOVER_WRONG_ZONE: lyncdiscover.<SIP domain> lives only in external DNS and lyncdiscoverinternal.<SIP
// domain> only in internal DNS; split-brain DNS is not supported for these names, because clients try the
// internal name first and must reach the internal Autodiscover service with it (topics:
// determine-dns-requirements; dns-requirements-for-mobility). Judged on the DNS report's own rows, so a name
// the architect chose for something else (a web services FQDN, a simple URL) is caught where it lands.
import { dnsRowsOf } from '../report-rows';
import { reportInputs } from '../../reports/inputs';
import type { Finding, Rule } from '../types';

const LYNCDISCOVER = /^lyncdiscover/i;

export const lyncdiscoverWrongZone: Rule = {
  id: 'LYNCDISCOVER_WRONG_ZONE',
  severity: 'error',
  wave: 2,
  title: 'A lyncdiscover name is in internal DNS, or a lyncdiscoverinternal name in external DNS',
  check(ctx) {
    const domains = reportInputs(ctx.design).domains;
    if (!domains.length) return [];
    // The misplaced names, built once: the report has a row per server and pool, and only these two names matter.
    const wrongIn = { internal: new Set(domains.map((d) => `lyncdiscover.${d}`)), external: new Set(domains.map((d) => `lyncdiscoverinternal.${d}`)) };
    const wrong = new Map<string, Set<string>>();
    for (const row of dnsRowsOf(ctx.design)) {
      if (row.zone === 'geodns' || !LYNCDISCOVER.test(row.name)) continue;
      const name = row.name.toLowerCase().replace(/\.$/, '');
      if (!wrongIn[row.zone].has(name)) continue;
      const key = `${row.zone}|${name}`;
      const ids = wrong.get(key) ?? new Set<string>();
      for (const id of row.elements) ids.add(id);
      wrong.set(key, ids);
    }
    const out: Finding[] = [];
    for (const [key, ids] of wrong) {
      const [zone, name] = key.split('|') as [string, string];
      const elements = [...ids];
      const owner = elements.length ? ` (from ${ctx.name(elements[0]!)})` : '';
      const belongs = zone === 'internal' ? 'external' : 'internal';
      out.push({
        rule: 'LYNCDISCOVER_WRONG_ZONE',
        severity: 'error',
        elements,
        message: `The design puts "${name}" in ${zone} DNS${owner}, but that name belongs in ${belongs} DNS only: split-brain DNS is not supported for the Autodiscover names, so clients would reach the wrong Autodiscover service. Choose another name.`,
      });
    }
    return out;
  },
};

/**
 * The planning report rows the report-check rules judge, computed once per design: two rules read the DNS
 * report, and validation runs on every edit.
 */
import type { Design } from '../domain/design';
import { dnsReport, type DnsRow } from '../reports/dns';

const dns = new WeakMap<Design, readonly DnsRow[]>();

export function dnsRowsOf(design: Design): readonly DnsRow[] {
  let rows = dns.get(design);
  if (!rows) dns.set(design, (rows = dnsReport(design)));
  return rows;
}

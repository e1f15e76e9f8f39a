/**
 * The planning report rows the report-check rules judge, computed once per design: two rules read the DNS
 * report, and validation runs on every edit.
 */
import type { Design } from '../domain/design';
import { recentMemo } from '../domain/recent-memo';
import type { Steps } from '../domain/steps';
import { dnsReport, dnsReportSteps, type DnsRow } from '../reports/dns';

/**
 * The last few designs only (recent-memo.ts): a WeakMap keyed on every design kept each design's rows alive
 * for as long as the undo history holds it, ~0.2 MB per step at 1,000 elements.
 */
export const dnsRowsOf = recentMemo<Design, readonly DnsRow[]>(dnsReport);

/**
 * The rows computed in steps before the rules run (rules/engine.ts validateSteps), so a rule that reads them
 * is not one task as long as the whole report when a large design is checked in the background.
 */
export function* reportRowsSteps(design: Design): Steps<void> {
  if (dnsRowsOf.peek(design)) return;
  dnsRowsOf.put(design, yield* dnsReportSteps(design));
}

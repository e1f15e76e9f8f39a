import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** One line per offending element: rule, impact, what axe says, where. */
function describe(violation: { id: string; impact?: string | null; help: string; nodes: { target: unknown; failureSummary?: string }[] }): string[] {
  return violation.nodes.map((n) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(n.target)}${n.failureSummary ? ` - ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`);
}

/**
 * Run axe-core (WCAG 2.x A and AA rules plus best practices) over what is on screen and fail on any
 * serious or critical violation, listing each offending element. `within` limits the check to a part of
 * the page (e.g. an open dialog) when the rest was checked already.
 */
export async function expectAccessible(page: Page, screen: string, within?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (within) builder = builder.include(within);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.flatMap(describe), `serious or critical accessibility violations on ${screen}`).toEqual([]);
  // The check really looked at something: axe found rules that passed.
  expect(results.passes.length, `axe checked nothing on ${screen}`).toBeGreaterThan(0);
}

/**
 * The fix promise (catalog, "Fixes"): applying the first fix a finding offers never raises the design's
 * count of error findings. Used by the rule tests (every design a rule test judges is checked) and by the
 * property test over generated designs.
 */
import type { Design } from '../domain/design';
import { applyCommand } from '../domain/design-command';
import { validate } from './engine';
import type { Finding } from './types';

export function errorCount(design: Design): number {
  let n = 0;
  for (const f of validate(design)) if (f.severity === 'error') n++;
  return n;
}

/** Findings whose first fix raises the error count, as "RULE elements: before -> after" lines. */
export function brokenPromises(design: Design, findings: readonly Finding[] = validate(design)): string[] {
  const before = errorCount(design);
  const out: string[] = [];
  for (const f of findings) {
    const first = f.fixes?.[0];
    if (!first) continue;
    const after = errorCount(applyCommand(design, first.command));
    if (after > before) out.push(`${f.rule} ${f.elements.join(',')} "${first.label}": ${before} -> ${after} errors`);
  }
  return out;
}

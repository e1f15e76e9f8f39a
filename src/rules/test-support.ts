/** Helpers for rule tests: the reference designs, one-fact mutations and finding lookups. */
import type { Design } from '../domain/design';
import { SAMPLES } from '../document/samples';
import { validate } from './engine';
import { brokenPromises } from './fix-promise';
import type { Finding } from './types';

export type FixtureName = 'reference-small' | 'reference-medium';

export function fixture(name: FixtureName): Design {
  return name === 'reference-small' ? SAMPLES.small.load() : SAMPLES.medium.load();
}

/** A deep copy to mutate freely in a test (designs are otherwise immutable). */
export function mutable(design: Design): Design {
  return JSON.parse(JSON.stringify(design)) as Design;
}

/**
 * The findings of one rule. Every design a rule test judges also checks the fix promise for those findings,
 * so each mutation the tests use is a case of the property (fix-promise.test.ts covers generated designs).
 */
export function findingsOf(design: Design, rule: string): Finding[] {
  const found = validate(design).filter((f) => f.rule === rule);
  const broken = brokenPromises(design, found);
  if (broken.length > 0) throw new Error(`the first fix raises the error count: ${broken.join('; ')}`);
  return found;
}

/** Findings at warning or error level, as "RULE severity elements" strings, for whole-design checks. */
export function summary(design: Design, minimum: 'info' | 'warning' = 'info'): string[] {
  return validate(design)
    .filter((f) => minimum === 'info' || f.severity !== 'info')
    .map((f) => `${f.rule} ${f.severity} ${f.elements.join(',')}`);
}

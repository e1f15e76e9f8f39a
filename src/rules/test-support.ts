/** Helpers for rule tests: the reference designs, one-fact mutations and finding lookups. */
import type { Design } from '../domain/design';
import { SAMPLES } from '../document/samples';
import { validate } from './engine';
import type { Finding } from './types';

export type FixtureName = 'reference-small' | 'reference-medium';

export function fixture(name: FixtureName): Design {
  return name === 'reference-small' ? SAMPLES.small.load() : SAMPLES.medium.load();
}

/** A deep copy to mutate freely in a test (designs are otherwise immutable). */
export function mutable(design: Design): Design {
  return JSON.parse(JSON.stringify(design)) as Design;
}

export function findingsOf(design: Design, rule: string): Finding[] {
  return validate(design).filter((f) => f.rule === rule);
}

/** Findings at warning or error level, as "RULE severity elements" strings, for whole-design checks. */
export function summary(design: Design, minimum: 'info' | 'warning' = 'info'): string[] {
  return validate(design)
    .filter((f) => minimum === 'info' || f.severity !== 'info')
    .map((f) => `${f.rule} ${f.severity} ${f.elements.join(',')}`);
}

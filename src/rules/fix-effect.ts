/**
 * What a fix does to the findings, computed by judging the changed design, for the "clears 1 error, adds 2
 * warnings" line the problems list shows before a fix is applied.
 */
import type { Design } from '../domain/design';
import { applyCommand } from '../domain/design-command';
import { validate } from './engine';
import type { Fix, Severity } from './types';

export interface FixEffect {
  cleared: Record<Severity, number>;
  added: Record<Severity, number>;
}

const key = (f: { rule: string; severity: Severity; elements: string[] }) => `${f.severity}\u0000${f.rule}\u0000${f.elements.join(',')}`;

export function fixEffect(design: Design, fix: Fix): FixEffect {
  const before = validate(design);
  const after = validate(applyCommand(design, fix.command));
  const rest = new Map<string, number>();
  for (const f of before) rest.set(key(f), (rest.get(key(f)) ?? 0) + 1);
  const effect: FixEffect = { cleared: { error: 0, warning: 0, info: 0 }, added: { error: 0, warning: 0, info: 0 } };
  for (const f of after) {
    const n = rest.get(key(f)) ?? 0;
    if (n > 0) rest.set(key(f), n - 1);
    else effect.added[f.severity]++;
  }
  for (const [k, n] of rest) effect.cleared[k.split('\u0000')[0] as Severity] += n;
  return effect;
}

const NOUN: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

function counts(c: Record<Severity, number>): string[] {
  return (['error', 'warning', 'info'] as const).filter((s) => c[s] > 0).map((s) => `${c[s]} ${NOUN[s]}${c[s] === 1 ? '' : 's'}`);
}

/** "clears 1 error, adds 2 warnings"; "changes no finding" when nothing changes. */
export function describeEffect(effect: FixEffect): string {
  const cleared = counts(effect.cleared);
  const added = counts(effect.added);
  const parts = [
    ...(cleared.length > 0 ? [`clears ${cleared.join(' and ')}`] : []),
    ...(added.length > 0 ? [`adds ${added.join(' and ')}`] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : 'changes no finding';
}

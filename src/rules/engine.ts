import type { Design } from '../domain/design';
import { ALL_RULES } from './all-rules';
import { RuleContext } from './context';
import { reportRowsSteps } from './report-rows';
import { SEVERITY_RANK, type Finding } from './types';

import { recentMemo } from '../domain/recent-memo';
import { runSteps, type Steps } from '../domain/steps';

const memo = recentMemo(validateNow);

/**
 * Judge a whole design against the catalog. Pure and deterministic; memoised on the design's identity
 * (designs are immutable), so the store, the canvas and the problems list can all ask for free.
 */
export const validate: (design: Design) => Finding[] = memo;

/** The findings when this design has been judged (and is still remembered), else undefined. */
export const validatedAlready = (design: Design): Finding[] | undefined => memo.peek(design);

/**
 * validate in steps, a rule per step (domain/steps.ts), for a large design just opened: the same findings,
 * remembered as validate's, so nothing asks for them twice.
 */
export function* validateSteps(design: Design): Steps<Finding[]> {
  const known = memo.peek(design);
  if (known) return known;
  if (lastJudged && sameBesidesLayout(lastJudged.design, design)) return memo(design);
  const judged = yield* judgeSteps(design);
  const findings = lastJudged ? sameObjectsWhereEqual(lastJudged.findings, judged) : judged;
  lastJudged = { design, findings };
  memo.put(design, findings);
  return findings;
}

/**
 * No rule reads the layout: a design that differs from the last one judged only in where things are drawn (a
 * drag, a nudge, a resize, the undo of one) has the same findings, and gets the same array, so nothing that
 * shows findings has to render again.
 */
let lastJudged: { design: Design; findings: Finding[] } | undefined;

function validateNow(design: Design): Finding[] {
  if (lastJudged && sameBesidesLayout(lastJudged.design, design)) {
    lastJudged = { design, findings: lastJudged.findings };
    return lastJudged.findings;
  }
  const findings = lastJudged ? sameObjectsWhereEqual(lastJudged.findings, judge(design)) : judge(design);
  lastJudged = { design, findings };
  return findings;
}

/**
 * An edit changes a few findings at most: a finding equal to one of the last judgement's is that same
 * object, and when none changed the last array itself comes back. Whatever shows findings (problems rows,
 * node badges, the toolbar's counts) can then skip by identity what did not change.
 */
function sameObjectsWhereEqual(last: Finding[], next: Finding[]): Finding[] {
  const byContent = new Map<string, Finding>();
  for (const f of last) byContent.set(contentOf(f), f);
  let same = next.length === last.length;
  const out = next.map((f, i) => {
    const kept = byContent.get(contentOf(f)) ?? f;
    if (kept !== last[i]) same = false;
    return kept;
  });
  return same ? last : out;
}

/** A finding's content as text, made once per finding object: the last judgement's are asked again each edit. */
const contents = new WeakMap<Finding, string>();
function contentOf(f: Finding): string {
  let text = contents.get(f);
  if (text === undefined) {
    text = JSON.stringify(f);
    contents.set(f, text);
  }
  return text;
}

function sameBesidesLayout(a: Design, b: Design): boolean {
  const rest = (d: Design) => Object.keys(d).filter((k) => k !== 'layout');
  const keys = rest(a);
  if (keys.length !== rest(b).length) return false;
  for (const k of keys) {
    if (!Object.hasOwn(b, k) || (a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
  }
  return true;
}

function judge(design: Design): Finding[] {
  return runSteps(judgeSteps(design));
}

function* judgeSteps(design: Design): Steps<Finding[]> {
  const ctx = new RuleContext(design);
  const findings: Finding[] = [];
  yield* reportRowsSteps(design);
  for (const rule of ALL_RULES) {
    yield;
    for (const f of rule.check(ctx)) findings.push(f);
  }
  findings.sort(compareFindings);
  return findings;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    cmp(a.rule, b.rule) ||
    cmp(a.elements.join('\u0000'), b.elements.join('\u0000')) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Pure helpers that need no rule, kept in types.ts so the first screen can use them without the catalog.
export { countBySeverity, findingsByElement } from './types';

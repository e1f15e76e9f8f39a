import { create } from 'zustand';
import type { Design } from '../domain/design';
import { recentMemo } from '../domain/recent-memo';
import { findingsByElement, validate, validatedAlready, validateSteps } from '../rules/engine';
import type { Finding } from '../rules/types';
import { useDesignStore } from './design-store';
import { runInSlices, type Sliced } from './run-in-slices';

/**
 * Findings are derived from the design, never stored in it: validate() is memoised on the design's
 * identity, so every component asking about the same design shares one validation.
 *
 * A large design just opened is judged in the background instead (checkInBackground), in short tasks
 * after it is on screen. Meanwhile its findings are unknown, not empty: `findingsOf` answers undefined and
 * the problems list and the toolbar say "checking"; no finding of the design before is ever shown for it.
 * An edit meanwhile moves the check to the edited design, so the findings that arrive are the latest
 * design's. Once they are known, edits are judged at once again, as for any design.
 */
interface CheckState {
  /** The design being judged in the background, if any. */
  checking: Design | undefined;
}

export const useCheckStore = create<CheckState>()(() => ({ checking: undefined }));

let running: { design: Design; work: Sliced<Finding[]> } | undefined;

function checkNow(design: Design): void {
  if (running?.design === design) return;
  running?.work.cancel();
  const work = runInSlices(validateSteps(design));
  running = { design, work };
  useCheckStore.setState({ checking: design });
  void work.done.then(() => {
    if (running?.work !== work) return;
    running = undefined;
    useCheckStore.setState({ checking: undefined });
  });
}

function stopChecking(): void {
  running?.work.cancel();
  running = undefined;
  if (useCheckStore.getState().checking) useCheckStore.setState({ checking: undefined });
}

/** Judge this design (about to be put on screen) in the background rather than in the task that shows it. */
export function checkInBackground(design: Design): void {
  if (validatedAlready(design)) return;
  checkNow(design);
}

// The check follows the design on screen: an edit or an undo meanwhile retargets it (or ends it, when the
// design on screen is one whose findings are known).
useDesignStore.subscribe((state) => {
  if (!running || state.design === running.design) return;
  if (validatedAlready(state.design)) stopChecking();
  else checkNow(state.design);
});

/** The findings of this design, or undefined while it is being judged in the background. */
export function findingsOf(design: Design): Finding[] | undefined {
  const known = validatedAlready(design);
  if (known) return known;
  // While any check runs, an unjudged design waits for it (the subscription above points it at the latest).
  if (useCheckStore.getState().checking) return undefined;
  return validate(design);
}

/** The findings of the design on screen; undefined while they are being worked out (say "checking"). */
export function useFindings(): Finding[] | undefined {
  useCheckStore((s) => s.checking);
  return useDesignStore((s) => findingsOf(s.design));
}

/** Keyed on the findings array, which validate() keeps when an edit changed no finding. */
const byElement = recentMemo((findings: Finding[]) => findingsByElement(findings));

export function findingsByElementOf(design: Design): Map<string, Finding[]> | undefined {
  const findings = findingsOf(design);
  return findings && byElement(findings);
}

const NONE: Finding[] = [];
export function useElementFindings(id: string): Finding[] {
  useCheckStore((s) => s.checking);
  return useDesignStore((s) => findingsByElementOf(s.design)?.get(id) ?? NONE);
}

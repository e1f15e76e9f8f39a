import { create } from 'zustand';
import type { Design } from '../domain/design';
import { recentMemo } from '../domain/recent-memo';
import { findingsByElement, type Finding } from '../rules/types';
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
 *
 * The rules themselves (the engine and the whole catalog) are not in the first screen's bundle: they are
 * loaded the first time findings are asked for, which is once the canvas has been painted
 * (docs/architecture.md, "Cold start"). Until they are there, every design's findings are unknown, as
 * during a background check: the toolbar and the problems list say "Checking…", and the canvas has no badges.
 */
interface CheckState {
  /** The design being judged in the background, if any. */
  checking: Design | undefined;
  /** Whether the rules are loaded (findings can be known). */
  rules: boolean;
}

export const useCheckStore = create<CheckState>()(() => ({ checking: undefined, rules: false }));

type Engine = typeof import('../rules/engine');
let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;

/** Load the rules (once); a failed load is tried again on the next call. */
export function loadRules(): Promise<Engine> {
  loading ??= import('../rules/engine').then(
    (loaded) => {
      engine = loaded;
      useCheckStore.setState({ rules: true });
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The findings of this design, judged now, once the rules are loaded (the window hook, tests). */
export async function judge(design: Design): Promise<Finding[]> {
  return (await loadRules()).validate(design);
}

let running: { design: Design; work: Sliced<Finding[]> } | undefined;

function checkNow(design: Design): void {
  if (running?.design === design) return;
  running?.work.cancel();
  const work = engine ? runInSlices(engine.validateSteps(design)) : checkOnceLoaded(design);
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

/** The background check of a design opened before the rules arrived: it starts when they do. */
function checkOnceLoaded(design: Design): Sliced<Finding[]> {
  let inner: Sliced<Finding[]> | undefined;
  let cancelled = false;
  const done = loadRules().then((loaded) => {
    if (cancelled) return new Promise<Finding[]>(() => {});
    inner = runInSlices(loaded.validateSteps(design));
    return inner.done;
  });
  return {
    done,
    cancel: () => {
      cancelled = true;
      inner?.cancel();
    },
  };
}

/** Judge this design (about to be put on screen) in the background rather than in the task that shows it. */
export function checkInBackground(design: Design): void {
  if (engine?.validatedAlready(design)) return;
  checkNow(design);
}

// The check follows the design on screen: an edit or an undo meanwhile retargets it (or ends it, when the
// design on screen is one whose findings are known).
useDesignStore.subscribe((state) => {
  if (!running || state.design === running.design) return;
  if (engine?.validatedAlready(state.design)) stopChecking();
  else checkNow(state.design);
});

/** The findings of this design, or undefined while it is being judged in the background. */
export function findingsOf(design: Design): Finding[] | undefined {
  if (!engine) {
    void loadRules().catch(() => undefined);
    return undefined;
  }
  const known = engine.validatedAlready(design);
  if (known) return known;
  // While any check runs, an unjudged design waits for it (the subscription above points it at the latest).
  if (useCheckStore.getState().checking) return undefined;
  return engine.validate(design);
}

/** The findings of the design on screen; undefined while they are being worked out (say "checking"). */
export function useFindings(): Finding[] | undefined {
  useCheckStore((s) => s.checking);
  useCheckStore((s) => s.rules);
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
  useCheckStore((s) => s.rules);
  return useDesignStore((s) => findingsByElementOf(s.design)?.get(id) ?? NONE);
}

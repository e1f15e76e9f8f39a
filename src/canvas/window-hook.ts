/**
 * A small test and benchmark API on `window.__designer`: load a design, read the document back, run a
 * command, count renders. Playwright journeys and bench/canvas.bench.ts use it to check what the document
 * became and to drive edits without the UI. Harmless in production: it can do nothing the UI cannot.
 * Other modules may add their own members to the same object.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { Design } from '../domain/design';
import type { DesignCommand } from '../domain/design-command';
import type { Finding } from '../rules/types';
import { useDesignStore } from '../state/design-store';
import { judge } from '../state/findings';
import { prepareDesign, showDesign } from '../state/open-design';
import { useSessionStore } from '../state/session-store';
import { redo, undo } from './canvas-actions';
import { nodeRenders, renderStats, resetRenderStats } from './render-stats';

export interface DesignerHook {
  /**
   * Put a design (a parsed topology document) on screen, as opening a file would (in short tasks, see
   * state/open-design.ts); resolves once it is in the store, with the load error if any.
   */
  load(value: unknown): Promise<{ ok: true } | { ok: false; error: string }>;
  design(): Design;
  run(command: DesignCommand): void;
  findings(): Promise<Finding[]>;
  select(ids: string[]): void;
  selection(): string[];
  undo(): void;
  redo(): void;
  stats: { renders: typeof renderStats; nodeRenders(): number; reset(): void };
  /** The React Flow instance of the canvas (viewport control for benchmarks). */
  flow?: ReactFlowInstance;
}

declare global {
  interface Window {
    __designer?: Partial<DesignerHook> & Record<string, unknown>;
  }
}

const hook: DesignerHook = {
  async load(value) {
    // The load pipeline (with zod) is not in the first screen's bundle.
    const { loadDesignValueSteps } = await import('../document/parse');
    const result = await prepareDesign(loadDesignValueSteps(value));
    if (!result.ok) return { ok: false, error: result.error.message };
    showDesign(result.value, { origin: { kind: 'file', name: 'window hook' }, undoable: false });
    return { ok: true };
  },
  design: () => useDesignStore.getState().design,
  run: (command) => useDesignStore.getState().run(command),
  // The rules are loaded on use (state/findings.ts).
  findings: () => judge(useDesignStore.getState().design),
  select: (ids) => useSessionStore.getState().select(ids),
  selection: () => useSessionStore.getState().selection,
  undo,
  redo,
  stats: { renders: renderStats, nodeRenders, reset: resetRenderStats },
};

export function registerWindowHook(): void {
  if (typeof window === 'undefined') return;
  window.__designer = Object.assign(window.__designer ?? {}, hook);
}

export function attachFlowInstance(flow: unknown): void {
  if (typeof window === 'undefined' || !window.__designer) return;
  window.__designer.flow = flow as ReactFlowInstance;
}

import type { Design } from '../domain/design';
import { recentMemo } from '../domain/recent-memo';
import { findingsByElement, validate } from '../rules/engine';
import type { Finding } from '../rules/types';
import { useDesignStore } from './design-store';

/**
 * Findings are derived from the design, never stored in it: validate() is memoised on the design's
 * identity, so every component asking about the same design shares one validation.
 */
export function useFindings(): Finding[] {
  return useDesignStore((s) => validate(s.design));
}

/** Keyed on the findings array, which validate() keeps when an edit changed no finding. */
const byElement = recentMemo((findings: readonly Finding[]) => findingsByElement(findings));
export const findingsByElementOf = (design: Design): Map<string, Finding[]> => byElement(validate(design));

const NONE: Finding[] = [];
export function useElementFindings(id: string): Finding[] {
  return useDesignStore((s) => findingsByElementOf(s.design).get(id) ?? NONE);
}

import type { Design } from '../domain/design';
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

const byElementCache = new WeakMap<Design, Map<string, Finding[]>>();

export function findingsByElementOf(design: Design): Map<string, Finding[]> {
  let map = byElementCache.get(design);
  if (!map) {
    map = findingsByElement(validate(design));
    byElementCache.set(design, map);
  }
  return map;
}

const NONE: Finding[] = [];
export function useElementFindings(id: string): Finding[] {
  return useDesignStore((s) => findingsByElementOf(s.design).get(id) ?? NONE);
}

import { useMemo, useState } from 'react';
import { recentMemo } from '../domain/recent-memo';
import type { Finding } from '../rules/types';
import { validate } from '../rules/engine';
import { useDesignStore } from '../state/design-store';
import { useSessionStore } from '../state/session-store';
import { createGeometryMemo } from './geometry-memo';
import { createProjector, findingsOnCanvas, type Projection } from './projection';

const findingsShown: (findings: readonly Finding[]) => Map<string, Finding[]> = recentMemo(findingsOnCanvas);

/**
 * The nodes and edges for the current design, findings and selection. Validation is memoised on the
 * design's identity, geometry on its inputs (geometry-memo.ts), and a drag does not change the design, so
 * neither runs while dragging.
 */
export function useCanvasProjection(): Projection {
  const design = useDesignStore((s) => s.design);
  const selection = useSessionStore((s) => s.selection);
  const [projector] = useState(createProjector);
  const [geometryOf] = useState(createGeometryMemo);
  return useMemo(
    () =>
      projector({
        design,
        geometry: geometryOf(design),
        findings: findingsShown(validate(design)),
        selection: new Set(selection),
      }),
    [projector, geometryOf, design, selection],
  );
}

import { LINK_KINDS } from '../../domain/elements/link';
import { LINK_ERROR_COLOR, LINK_STYLES } from '../link-styles';

/** The arrowhead marker id for a link kind (or the error colour). */
export function markerId(kind: string, error: boolean): string {
  return error ? 'lync-link-arrow-error' : `lync-link-arrow-${kind}`;
}

/**
 * Arrowheads for links, defined once. Edges reference them by id instead of carrying marker objects,
 * because React Flow scans every edge's marker objects on each store update (every drag frame).
 */
export function LinkMarkers() {
  const colors: [string, string][] = [
    ...LINK_KINDS.filter((k) => LINK_STYLES[k].arrow).map((k): [string, string] => [markerId(k, false), LINK_STYLES[k].colour]),
    [markerId('', true), LINK_ERROR_COLOR],
  ];
  return (
    <svg className="link-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {colors.map(([id, color]) => (
          <marker
            key={id}
            id={id}
            viewBox="-10 -10 20 20"
            markerWidth="14"
            markerHeight="14"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
            refX="0"
            refY="0"
          >
            <polyline points="-6,-4 0,0 -6,4 -6,-4" fill={color} stroke={color} strokeWidth="1" strokeLinejoin="round" />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

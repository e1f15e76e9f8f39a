/**
 * Diagram benchmark: how long the core router takes to route every link of a generated design (cold, and
 * after moving one element, when only the links near it are routed again), and how well the result reads:
 * labels over an element, a site name or another label, routes through an element they do not join, and
 * overlapping siblings. The counts should be 0; they are reported, not asserted, for designs of every size.
 *
 *   npm run bench:diagram
 */
import { performance } from 'node:perf_hooks';
import { setPlacements } from '../src/domain/commands';
import { elementCount } from '../src/domain/queries';
import { generateDesign } from '../src/domain/testing/generate-design';
import { overlaps } from '../src/layout/free-space';
import { computeGeometry } from '../src/layout/geometry';
import { labelCollisions, routeCrossings } from '../src/layout/route-checks';
import { routeDesign } from '../src/layout/router';
import { bakeLayout } from '../src/layout/tidy';

const SIZES = [200, 1_000, 3_000];
const SEEDS = [1, 2, 3];

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const value = f();
  return [value, performance.now() - t];
}

const rows: Record<string, string | number>[] = [];
for (const size of SIZES) {
  for (const seed of SEEDS) {
    const design = bakeLayout(generateDesign({ seed, elements: size }));
    const geometry = computeGeometry(design);
    const [routing, cold] = time(() => routeDesign(design, geometry));
    // One pool moved a little: a new geometry, most link pairs answered from the router's memo.
    const pool = design.pools[0]!;
    const moved = setPlacements(design, { [pool.id]: { ...design.layout![pool.id]!, x: design.layout![pool.id]!.x + 8 } });
    const [, warm] = time(() => routeDesign(moved, computeGeometry(moved)));
    const collisions = labelCollisions(design, geometry);
    rows.push({
      elements: elementCount(design),
      seed,
      links: routing.links.size,
      'route all ms': Math.round(cold),
      'after one move ms': Math.round(warm),
      'label/box': collisions.labelBox,
      'label/label': collisions.labelLabel,
      'route crossings': routeCrossings(design, geometry).length,
      overlaps: overlaps(design).length,
    });
  }
}
console.log('Diagram: routing time and collision counts on generated designs (counts should be 0)');
console.table(rows);

/**
 * What the canvas and its routing worker say to each other, and the worker's side of it. Kept apart from
 * the worker entry (routing.worker.ts) so that it runs, and is tested, in Node as well.
 */
import { jobOf, type Job } from '../../domain/steps';
import type { Link } from '../../domain/elements/link';
import { linkText, routingSteps, type LabelBox, type Point, type RoutedLink, type Routing, type RoutingInput } from '../../layout/router';
import type { Box } from '../../layout/geometry';

/** Route this input; a later request replaces any earlier one still being routed. */
export interface RouteRequest {
  kind: 'route';
  id: number;
  input: RoutingInput;
}
/** Stop routing request `id` (its answer is no longer wanted). */
export interface CancelRequest {
  kind: 'cancel';
  id: number;
}
export type ToRouter = RouteRequest | CancelRequest;

/** A routing, flattened for the trip back: links by id, in the routing's order. */
export interface RouteAnswer {
  id: number;
  routes: [id: string, points: Point[], label: LabelBox | undefined][];
  bounds: Box;
}

/** Work per slice in the worker: short enough that a newer request (the next undo step) is read soon. */
const WORKER_SLICE_MS = 12;

/**
 * The worker's loop: one job at a time, the newest request's, in slices (`schedule` runs the next one after
 * pending messages), answered through `post`. Its router keeps the memos of the previous pass, so a step
 * that moved a few boxes routes again only what is near them.
 */
export function serveRouting(post: (answer: RouteAnswer) => void, schedule: (slice: () => void) => void): (message: ToRouter) => void {
  let current: { id: number; job: Job<Routing> } | undefined;
  let scheduled = false;
  const slice = () => {
    scheduled = false;
    const c = current;
    if (!c) return;
    const done = c.job.step(WORKER_SLICE_MS, () => performance.now());
    if (!done) {
      scheduled = true;
      schedule(slice);
      return;
    }
    current = undefined;
    post(encodeRouting(c.id, done.value));
  };
  return (message) => {
    if (message.kind === 'cancel') {
      if (current?.id === message.id) current = undefined;
      return;
    }
    current = { id: message.id, job: jobOf(routingSteps(message.input)) };
    if (!scheduled) {
      scheduled = true;
      schedule(slice);
    }
  };
}

export function encodeRouting(id: number, routing: Routing): RouteAnswer {
  return { id, routes: [...routing.links.values()].map((r) => [r.link.id, r.points, r.label]), bounds: routing.bounds };
}

/** The routing again, on the design's own link objects. */
export function decodeRouting(links: readonly Link[], answer: RouteAnswer): Routing {
  const byId = new Map(links.map((l) => [l.id, l]));
  const out = new Map<string, RoutedLink>();
  for (const [id, points, label] of answer.routes) {
    const link = byId.get(id);
    if (link) out.set(id, { link, points, label, text: linkText(link) });
  }
  return { links: out, bounds: answer.bounds };
}

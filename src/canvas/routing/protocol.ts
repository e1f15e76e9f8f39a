/**
 * What the canvas and its routing worker say to each other, and the worker's side of it. Kept apart from
 * the worker entry (routing.worker.ts) so that it runs, and is tested, in Node as well.
 */
import { jobOf, type Job } from '../../domain/steps';
import type { Link } from '../../domain/elements/link';
import { linkText, routingSteps, type LabelBox, type Point, type RoutedLink, type Routing } from '../../layout/router';
import type { Box } from '../../layout/geometry';
import { createInputReceiver, type InputDelta } from './input-delta';

/**
 * Route the input made of the last one and this change (input-delta.ts); a later request replaces any
 * earlier one still being routed.
 */
export interface RouteRequest {
  kind: 'route';
  id: number;
  change: InputDelta;
}
/** Stop routing request `id` (its answer is no longer wanted). */
export interface CancelRequest {
  kind: 'cancel';
  id: number;
}
/**
 * The page is about to show a change (an undo step, an edit, a drop): stop working until `resume`, so that
 * the frame showing it has the machine's other core to itself (with two cores, routing beside the page's
 * own rendering made those frames slower). A new request resumes as well.
 */
export interface PauseRequest {
  kind: 'pause' | 'resume';
}
export type ToRouter = RouteRequest | CancelRequest | PauseRequest;

/**
 * A routing, flattened for the trip back, as the change from the answer posted before: the routes that
 * differ from it, and the order of all links when that changed. A step at 10,000 elements changes a few
 * routes of thousands; sending them all made the page decode and re-draw every link once per answer.
 */
export interface RouteAnswer {
  id: number;
  changed: [id: string, points: Point[], label: LabelBox | undefined][];
  /** Every routed link's id in the routing's order; absent when it is the last answer's. */
  order?: string[];
  bounds: Box;
}

/** Work per slice in the worker: short enough that a pause or a newer request is read within a few ms. */
const WORKER_SLICE_MS = 4;

/**
 * The worker's loop: one job at a time, the newest request's, in slices (`schedule` runs the next one after
 * pending messages), answered through `post`. Its router keeps the memos of the previous pass, so a step
 * that moved a few boxes routes again only what is near them.
 */
export function serveRouting(post: (answer: RouteAnswer) => void, schedule: (slice: () => void) => void): (message: ToRouter) => void {
  let current: { id: number; job: Job<Routing> } | undefined;
  let scheduled = false;
  let paused = false;
  const inputOf = createInputReceiver();
  const answerOf = createAnswerWriter();
  const slice = () => {
    scheduled = false;
    const c = current;
    if (!c || paused) return;
    const done = c.job.step(WORKER_SLICE_MS, () => performance.now());
    if (!done) {
      scheduled = true;
      schedule(slice);
      return;
    }
    current = undefined;
    post(answerOf(c.id, done.value));
  };
  return (message) => {
    if (message.kind === 'cancel') {
      if (current?.id === message.id) current = undefined;
      return;
    }
    if (message.kind === 'pause') {
      paused = true;
      return;
    }
    paused = false;
    // Every change is applied, also one whose request is cancelled later: the next builds on it.
    if (message.kind === 'route') current = { id: message.id, job: jobOf(routingSteps(inputOf(message.change))) };
    if (current && !scheduled) {
      scheduled = true;
      schedule(slice);
    }
  };
}

interface Route {
  points: Point[];
  label: LabelBox | undefined;
}

const samePoints = (p: readonly Point[], q: readonly Point[]) => p.length === q.length && p.every((a, i) => a.x === q[i]!.x && a.y === q[i]!.y);
const sameLabel = (a: LabelBox | undefined, b: LabelBox | undefined) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h && a.cx === b.cx && a.cy === b.cy);

/** The worker's side: each routing as the change from the one it posted before (the first one whole). */
export function createAnswerWriter(): (id: number, routing: Routing) => RouteAnswer {
  let sent = new Map<string, Route>();
  let order: string[] = [];
  return (id, routing) => {
    const changed: RouteAnswer['changed'] = [];
    const next = new Map<string, Route>();
    const ids: string[] = [];
    let sameOrder = routing.links.size === order.length;
    for (const [linkId, r] of routing.links) {
      if (sameOrder && order[ids.length] !== linkId) sameOrder = false;
      ids.push(linkId);
      const old = sent.get(linkId);
      if (old && samePoints(old.points, r.points) && sameLabel(old.label, r.label)) next.set(linkId, old);
      else {
        next.set(linkId, { points: r.points, label: r.label });
        changed.push([linkId, r.points, r.label]);
      }
    }
    sent = next;
    const answer: RouteAnswer = { id, changed, bounds: routing.bounds };
    if (!sameOrder) answer.order = order = ids;
    return answer;
  };
}

export interface AnswerReader {
  /** Take in an answer; every answer the worker posts, wanted or not, in the order they arrive. */
  take(answer: RouteAnswer): void;
  /**
   * The routing of the answers taken so far, on the design's own link objects. A route that did not change
   * is the same RoutedLink object as in the last routing read: the canvas then redraws only what changed.
   */
  routing(links: readonly Link[], bounds: Box): Routing;
}

/** The page's side: the worker's answers made whole again. */
export function createAnswerReader(): AnswerReader {
  const routes = new Map<string, Route>();
  let order: string[] = [];
  let made = new Map<string, RoutedLink>();
  return {
    take(answer) {
      for (const [id, points, label] of answer.changed) routes.set(id, { points, label });
      if (answer.order) {
        order = answer.order;
        const kept = new Set(order);
        for (const id of routes.keys()) if (!kept.has(id)) routes.delete(id);
      }
    },
    routing(links, bounds) {
      const byId = new Map(links.map((l) => [l.id, l]));
      const out = new Map<string, RoutedLink>();
      for (const id of order) {
        const link = byId.get(id);
        const r = routes.get(id);
        if (!link || !r) continue;
        const before = made.get(id);
        out.set(id, before && before.link === link && before.points === r.points && before.label === r.label ? before : { link, points: r.points, label: r.label, text: linkText(link) });
      }
      made = out;
      return { links: out, bounds };
    },
  };
}

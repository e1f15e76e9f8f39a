/**
 * The page's side of the routing worker (routing.worker.ts). A large design's routes are computed there, so
 * the frame that shows an undo step or a drop never queues behind them; the answer comes back as a message
 * and is kept as the routing of that design and geometry (router.ts routedAlready), so exports reuse it.
 * Where no worker can run (tests in Node, a browser that refuses it, a worker that failed) the same steps
 * run here in background slices instead: the routes are the same either way.
 */
import type { Design } from '../../domain/design';
import type { Geometry } from '../../layout/geometry';
import { keepRouting, routingInput, routingJob, type Routing } from '../../layout/router';
import { runInSlices, type Sliced } from '../../state/run-in-slices';
import { createAnswerReader, type RouteAnswer, type ToRouter } from './protocol';
import { createInputSender } from './input-delta';

/** Work per background slice when routing on the page's thread. */
const SLICE_MS = 6;

interface Waiting {
  answer(answer: RouteAnswer): void;
  /** The worker failed: route here instead. */
  fail(): void;
}

/** undefined: not started yet; null: none can run here. */
let worker: Worker | null | undefined;
let lastId = 0;
const waiting = new Map<number, Waiting>();
/**
 * How long the last routing took, request to answer, not counting a worker's first (which routes every
 * link from nothing; later ones re-route what moved): 0 before one is known.
 */
let lastPassMs = 0;
let answered = 0;
/** A pass longer than this is not a reason to wait longer (the routes would come very late). */
const LONGEST_WAIT = 500;

/** How long a routing of the design on screen can be expected to take (use-routing.ts waits as long before asking). */
export function expectedRoutingMs(): number {
  return Math.min(lastPassMs, LONGEST_WAIT);
}

/** Each request as the change from the one before (input-delta.ts), each answer likewise; one of each per worker. */
let changeOf = createInputSender();
let answers = createAnswerReader();

function routingWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'function' ? new Worker(new URL('./routing.worker.ts', import.meta.url), { type: 'module' }) : null;
  } catch {
    worker = null;
  }
  if (worker) {
    changeOf = createInputSender();
    answers = createAnswerReader();
    answered = 0;
    worker.onmessage = (event: MessageEvent<RouteAnswer>) => {
      // Also an answer no longer waited for (cancelled as it was posted): the next one is a change from it.
      answers.take(event.data);
      const w = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      w?.answer(event.data);
    };
    worker.onerror = worker.onmessageerror = () => giveUpWorker();
  }
  return worker;
}

/** From now on route on this thread; whatever the worker had in hand is routed here. */
function giveUpWorker(): void {
  worker?.terminate();
  worker = null;
  const pending = [...waiting.values()];
  waiting.clear();
  for (const w of pending) w.fail();
}

function inThread(design: Design, geometry: Geometry): Sliced<Routing> {
  const job = routingJob(design, geometry);
  return runInSlices<Routing>(
    {
      step: (ms, now) => {
        const routing = job.step(ms, now);
        return routing ? { value: routing } : undefined;
      },
    },
    { sliceMs: SLICE_MS, priority: 'background' },
  );
}

let paused = false;

/**
 * Why the worker's routing is held (protocol.ts PauseRequest): `change`, a change waiting to be painted (a
 * new request lets it go on); `view` and `drag`, a pan, zoom or drag under way, whose frames would share the
 * machine's cores with routing (on two cores a 20,000-element design's first routing cost a pan a tenth of
 * its frames). Routing goes on once no reason is left. Nothing is sent while no request is waiting.
 */
export type RoutingHold = 'change' | 'view' | 'drag';
const holds = new Set<RoutingHold>();
/** A gesture whose end never came (a lost pointer) does not hold routing for good. */
const GESTURE_HOLD_MS = 10_000;
const gestureTimers = new Map<RoutingHold, ReturnType<typeof setTimeout>>();

export function pauseRouting(why: RoutingHold = 'change'): void {
  holds.add(why);
  if (why !== 'change') {
    clearTimeout(gestureTimers.get(why));
    gestureTimers.set(why, setTimeout(() => resumeRouting(why), GESTURE_HOLD_MS));
  }
  tellWorker();
}

export function resumeRouting(why: RoutingHold = 'change'): void {
  holds.delete(why);
  clearTimeout(gestureTimers.get(why));
  gestureTimers.delete(why);
  tellWorker();
}

function tellWorker(): void {
  if (!worker) return;
  const hold = holds.size > 0 && waiting.size > 0;
  if (hold === paused) return;
  paused = hold;
  worker.postMessage({ kind: hold ? 'pause' : 'resume' } satisfies ToRouter);
}

/** The routing of a large design, computed off the page's thread where possible. */
export function routeInBackground(design: Design, geometry: Geometry): Sliced<Routing> {
  const w = routingWorker();
  if (!w) return inThread(design, geometry);
  const id = ++lastId;
  const sent = performance.now();
  let cancelled = false;
  let here: Sliced<Routing> | undefined;
  const done = new Promise<Routing>((resolve, reject) => {
    waiting.set(id, {
      answer(answer) {
        if (answered++ > 0) lastPassMs = performance.now() - sent;
        const routing = answers.routing(design.links, answer.bounds);
        keepRouting(design, geometry, routing);
        resolve(routing);
      },
      fail() {
        if (cancelled) return;
        here = inThread(design, geometry);
        here.done.then(resolve, reject);
      },
    });
  });
  try {
    // The worker resumes on a request; a gesture under way holds it again at once.
    paused = false;
    holds.delete('change');
    w.postMessage({ kind: 'route', id, change: changeOf(routingInput(design, geometry)) } satisfies ToRouter);
    tellWorker();
  } catch {
    giveUpWorker();
  }
  return {
    done,
    cancel() {
      cancelled = true;
      here?.cancel();
      if (waiting.delete(id)) worker?.postMessage({ kind: 'cancel', id } satisfies ToRouter);
    },
  };
}

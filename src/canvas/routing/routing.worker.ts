/**
 * The routing worker: a large design's link routes are computed here, off the page's thread, so an undo
 * step or an edit at 10,000 elements paints without waiting behind them (routing-client.ts).
 */
import { serveRouting, type ToRouter } from './protocol';

// The page's lib types are in scope (DOM); of the worker's global only these two are used.
const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: MessageEvent<ToRouter>) => void) | null };

// A message-channel task is not clamped like nested timeouts, and queued requests are read between slices.
const channel = new MessageChannel();
let next: (() => void) | undefined;
channel.port1.onmessage = () => next?.();
const receive = serveRouting(
  (answer) => scope.postMessage(answer),
  (slice) => {
    next = slice;
    channel.port2.postMessage(0);
  },
);
scope.onmessage = (event) => receive(event.data);

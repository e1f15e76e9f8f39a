/** The layout (element geometry): its type and constants. The zod schema that checks it on the way in is ../schema/placement.ts, kept apart so the first screen's bundle holds no zod. */
import type { z } from 'zod';
import type { layoutSchema, placementSchema } from '../schema/placement';

export type Placement = z.infer<ReturnType<typeof placementSchema>>;

const COORDINATE_LIMIT = 1_000_000;
const PLACEMENT_KEYS = new Set(['x', 'y', 'w', 'h']);
const inRange = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= COORDINATE_LIMIT;

/**
 * What placementSchema makes of `value` when it is a placement in its plain form (a plain object whose own
 * keys are among x, y, w, h, each a number in range): the same object, without zod's work per field, which
 * was a third of the CLI's time on a 10,000-element file. Undefined for anything else: zod then judges it
 * (and words the refusal). document/parse.ts uses it for the layout, where one file holds thousands.
 */
export function plainPlacement(value: unknown): Placement | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!PLACEMENT_KEYS.has(key)) return undefined;
  if (!inRange(v.x, -COORDINATE_LIMIT) || !inRange(v.y, -COORDINATE_LIMIT)) return undefined;
  const out: Placement = { x: v.x, y: v.y };
  if ('w' in v) {
    if (!inRange(v.w, 0)) return undefined;
    out.w = v.w;
  }
  if ('h' in v) {
    if (!inRange(v.h, 0)) return undefined;
    out.h = v.h;
  }
  return out;
}
export type Layout = z.infer<ReturnType<typeof layoutSchema>>;

/**
 * The placement saved for one id. Ids may be named like Object.prototype members ("constructor", "toString"),
 * so a plain `layout[id]` would answer with a function for an id that has no placement: only own keys count.
 */
export function placementOf(layout: Readonly<Record<string, Placement>> | undefined, id: string): Placement | undefined {
  return layout && Object.hasOwn(layout, id) ? layout[id] : undefined;
}

/** Set an own key even when it is "__proto__" (plain assignment would replace the object's prototype instead). */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

import { LIMITS, UNSAFE_KEYS } from '../domain/limits';
import { LoadError } from './load-error';

/**
 * JSON.parse with the hostile parts taken out: keys that could reach Object.prototype are dropped,
 * and nesting deeper than the limit is refused before anything walks it recursively. Inside a `layout`
 * map the keys are element ids, and an element may be called "constructor": there they are kept as data
 * (own properties; JSON.parse itself never touches a prototype).
 */
export function parseJsonSafely(text: string): unknown {
  checkDepth(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new LoadError('not-json', `this is not a JSON file (${detail})`);
  }
  return withoutUnsafeKeys(value, false);
}

/**
 * Cleans JSON.parse's fresh output in place: copying every object of a 10,000-element file cost more than
 * the parse. JSON.parse defines "__proto__" as an ordinary own property, so deleting the key is enough.
 * Recursion is bounded by the depth check above.
 */
function withoutUnsafeKeys(value: unknown, keysAreIds: boolean): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (const item of value) withoutUnsafeKeys(item, false);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const k of Object.keys(record)) {
    if (UNSAFE_KEYS.has(k) && !keysAreIds) delete record[k];
    else withoutUnsafeKeys(record[k], k === 'layout' && !keysAreIds);
  }
  return record;
}

/** Count bracket depth outside strings; a linear scan, so a deep-nesting bomb costs nothing. */
function checkDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > LIMITS.jsonDepth) {
        throw new LoadError('too-deep', `the JSON is nested more than ${LIMITS.jsonDepth} levels deep`);
      }
    } else if (c === 125 || c === 93) depth--;
  }
}

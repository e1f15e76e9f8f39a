import { LIMITS, UNSAFE_KEYS } from '../domain/limits';
import { LoadError } from './load-error';

/**
 * JSON.parse with the hostile parts taken out: keys that could reach Object.prototype are dropped,
 * and nesting deeper than the limit is refused before anything walks it recursively.
 */
export function parseJsonSafely(text: string): unknown {
  checkDepth(text);
  try {
    return JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new LoadError('not-json', `this is not a JSON file (${detail})`);
  }
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

/**
 * Memoise a function of an immutable object on the object's identity, remembering only the last few
 * arguments. A WeakMap keyed on every design would keep each past design's derived data (index, findings,
 * geometry) alive for as long as the undo history holds that design: tens of MB per 100 steps at 3,000
 * elements (notes/performance.md). A few slots cover the current design, the one before it and the baseline.
 */
export interface RecentMemo<K, V> {
  (key: K): V;
  /** The remembered value, without computing it. */
  peek(key: K): V | undefined;
  /** Remember a value computed elsewhere (the same function run in slices, see domain/steps.ts). */
  put(key: K, value: V): void;
}

export function recentMemo<K extends object, V>(fn: (key: K) => V, slots = 3): RecentMemo<K, V> {
  const keys: K[] = [];
  const values: V[] = [];
  const remember = (key: K, value: V) => {
    keys.unshift(key);
    values.unshift(value);
    if (keys.length > slots) {
      keys.length = slots;
      values.length = slots;
    }
  };
  const memo = (key: K): V => {
    const i = keys.indexOf(key);
    if (i === 0) return values[0]!;
    if (i > 0) {
      const value = values[i]!;
      keys.splice(i, 1);
      values.splice(i, 1);
      keys.unshift(key);
      values.unshift(value);
      return value;
    }
    const value = fn(key);
    remember(key, value);
    return value;
  };
  return Object.assign(memo, {
    peek: (key: K) => {
      const i = keys.indexOf(key);
      return i < 0 ? undefined : values[i];
    },
    put: (key: K, value: V) => {
      const i = keys.indexOf(key);
      if (i >= 0) {
        keys.splice(i, 1);
        values.splice(i, 1);
      }
      remember(key, value);
    },
  });
}

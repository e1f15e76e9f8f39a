import { describe, expect, it } from 'vitest';
import { recentMemo } from './recent-memo';

describe('recentMemo', () => {
  it('computes once per object while it is among the last few', () => {
    let calls = 0;
    const memo = recentMemo((o: { n: number }) => ({ twice: o.n * 2, call: ++calls }), 2);
    const a = { n: 1 };
    const b = { n: 2 };
    const first = memo(a);
    expect(memo(b).twice).toBe(4);
    expect(memo(a)).toBe(first);
    expect(calls).toBe(2);
  });

  it('forgets the least recently used object beyond its slots', () => {
    let calls = 0;
    const memo = recentMemo((_o: { n: number }) => ++calls, 2);
    const [a, b, c] = [{ n: 1 }, { n: 2 }, { n: 3 }];
    memo(a);
    memo(b);
    memo(c);
    expect(calls).toBe(3);
    memo(b); // still held
    expect(calls).toBe(3);
    memo(a); // was dropped
    expect(calls).toBe(4);
  });
});

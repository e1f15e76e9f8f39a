import { describe, expect, it } from 'vitest';
import { groupDigits } from './labels';

describe('groupDigits', () => {
  it('groups thousands with commas, as en-US does', () => {
    expect([0, 999, 1000, 6660, 10_000_000, 1234567].map(groupDigits)).toEqual(['0', '999', '1,000', '6,660', '10,000,000', '1,234,567']);
    expect(groupDigits(1234567)).toBe(new Intl.NumberFormat('en-US').format(1234567));
  });
});

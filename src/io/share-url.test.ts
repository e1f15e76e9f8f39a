import { describe, expect, it } from 'vitest';
import { LIMITS } from '../domain/limits';
import { linkSize, parseFragment, shareUrl } from './share-url';

describe('share URLs', () => {
  it('put the payload in the fragment, keeping path and query, dropping any old fragment', () => {
    expect(shareUrl('https://h.example/app/?lang=en#old', '1.abc')).toBe('https://h.example/app/?lang=en#design=1.abc');
    expect(shareUrl('https://h.example/', '1.abc', true)).toBe('https://h.example/#view=1.abc');
  });

  it('read back what they wrote, and tell foreign fragments apart', () => {
    expect(parseFragment('')).toEqual({ kind: 'none' });
    expect(parseFragment('#')).toEqual({ kind: 'none' });
    expect(parseFragment('#design=1.abc')).toEqual({ kind: 'link', payload: '1.abc', readOnly: false });
    expect(parseFragment('#view=1.abc')).toEqual({ kind: 'link', payload: '1.abc', readOnly: true });
    expect(parseFragment('#design=1.a%2Db')).toEqual({ kind: 'link', payload: '1.a-b', readOnly: false });
    expect(parseFragment('#design=1.%E0%A4%A')).toEqual({ kind: 'link', payload: '1.%E0%A4%A', readOnly: false });
    expect(parseFragment('#section-2')).toEqual({ kind: 'foreign' });
    expect(parseFragment('#data=1.abc')).toEqual({ kind: 'foreign' });
  });

  it('grade link lengths: fine, long (chat tools may cut it), refused', () => {
    expect(linkSize(2000)).toBe('ok');
    expect(linkSize(LIMITS.shareLinkWarnChars)).toBe('ok');
    expect(linkSize(LIMITS.shareLinkWarnChars + 1)).toBe('long');
    expect(linkSize(LIMITS.shareLinkChars)).toBe('long');
    expect(linkSize(LIMITS.shareLinkChars + 1)).toBe('too-long');
  });
});

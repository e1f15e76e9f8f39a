import { describe, expect, it } from 'vitest';
import { parsePreferences } from './preferences-schema';
import { DEFAULT_PREFERENCES } from './preferences-store';

describe('stored preferences', () => {
  it('reads what the store writes', () => {
    expect(parsePreferences(JSON.stringify({ snapToGrid: false, showMinimap: false, showProblems: true }))).toEqual({ snapToGrid: false, showMinimap: false, showProblems: true });
  });
  it('gives the defaults for nothing stored, broken JSON or a foreign value', () => {
    for (const raw of [null, '', '{not json', '"a string"', '[1,2]']) expect(parsePreferences(raw), String(raw)).toEqual(DEFAULT_PREFERENCES);
  });
  it('keeps the fields that parse and defaults the others', () => {
    expect(parsePreferences(JSON.stringify({ snapToGrid: false, showMinimap: 'no' }))).toEqual({ ...DEFAULT_PREFERENCES, snapToGrid: false });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth } from './text-metrics';

/** The estimate written the plain way, character class by character class: the table must agree with it. */
function plainWidth(text: string, fontSize: number, bold: boolean): number {
  let units = 0;
  for (const ch of text) {
    if ("il.,:;|!'`".includes(ch)) units += 0.3;
    else if ('fjrtI()[]{} '.includes(ch)) units += 0.34;
    else if ('mwMW@%'.includes(ch)) units += 0.9;
    else if (ch >= 'A' && ch <= 'Z') units += 0.66;
    else if (ch.charCodeAt(0) > 0x2e80) units += 1;
    else units += 0.54;
  }
  return units * fontSize * (bold ? 1.07 : 1);
}

describe('textWidth', () => {
  it('measures as the plain per-character estimate does, for any text (ASCII, CJK, emoji)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 8, max: 20 }), fc.boolean(), (text, size, bold) => {
        expect(textWidth(text, size, bold)).toBeCloseTo(plainWidth(text, size, bold), 9);
      }),
      { numRuns: 500 },
    );
  });

  it('gives wide letters more room than narrow ones', () => {
    expect(textWidth('WWWW', 12)).toBeGreaterThan(textWidth('iiii', 12));
    expect(textWidth('中文', 12)).toBeGreaterThan(textWidth('ab', 12));
  });
});

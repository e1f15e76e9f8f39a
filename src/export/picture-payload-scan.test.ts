import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designTextFromSvg } from './picture-payload';

const MB = 1024 * 1024;
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));

/** The pattern the payload finder replaced (super-linear on hostile text); the scan must agree with it. */
const OLD_PATTERN = /<(?:[A-Za-z_][\w.-]*:)?topology-design\b[^>]*>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?topology-design\s*>/;

describe('finding the design in an SVG', () => {
  it('finds the payload with or without a namespace prefix', () => {
    const text = (svg: string) => {
      const r = designTextFromSvg(svg);
      return r.ok ? r.text : r.error.message;
    };
    expect(text('<svg><metadata><topology-design a="1">{&quot;x&quot;:1}</topology-design></metadata></svg>')).toBe('{"x":1}');
    expect(text('<svg><ns0:topology-design>{}</ns0:topology-design ></svg>')).toBe('{}');
    expect(text('<svg><topology-designer>no</topology-designer></svg>')).toMatch(/holds no design/);
    expect(text('<svg><topology-design>unclosed</svg>')).toMatch(/holds no design/);
  });

  it('agrees with the old pattern on random tag soup', () => {
    const token = fc.constantFrom('<', '</', 'topology-design', 'ns:', '9:', '>', ' ', 'x', '-', '{}', '<svg>');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const svg = `<svg>${tokens.join('')}`;
        const old = OLD_PATTERN.exec(svg);
        const now = designTextFromSvg(svg);
        expect(now.ok ? now.text : undefined).toBe(old ? old[1]!.trim() : undefined);
      }),
      { numRuns: 2000 },
    );
  });

  // Each input froze the tab for many seconds with the old pattern; vitest's default timeout bounds them now.
  for (const [name, svg] of [
    ['1 MB of repeated opening tags', `<svg>${fill('<topology-design>', MB)}`],
    ['4 MB of unclosed prefixed tags', `<svg>${fill('<a:topology-design x', 4 * MB)}`],
    ['4 MB of closing tags without an opening', `<svg>${fill('</topology-design', 4 * MB)}`],
    ['2 MB of prefix characters', `<svg><${fill('a', 2 * MB)}:topology-design>`],
  ] as const) {
    it(`answers quickly on ${name}`, () => {
      expect(designTextFromSvg(svg).ok).toBe(false);
    });
  }
});

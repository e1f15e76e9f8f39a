import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type Design } from '../domain/design';
import { displayName } from '../domain/queries';
import { loadDesign } from '../document/parse';
import { fixture } from '../rules/test-support';
import { designTextFromSvg } from './picture-payload';
import { pictureSize, renderSvg } from './svg-renderer';
import { HOSTILE_NAMES, hostileDesign } from './test-support';
import { hasNonXmlChars, xmlSafeText } from './xml-text';

const ALLOWED_ELEMENTS = new Set(['svg', 'title', 'desc', 'metadata', 'lt:topology-design', 'g', 'rect', 'text', 'line', 'path', 'polygon', 'circle', 'ellipse']);

/**
 * Parse strictly: any error fails, as a strict XML consumer (Office, Inkscape) would. Warnings are
 * xmldom's hints (e.g. "replacement character seen"), not well-formedness errors.
 */
function parseSvg(svg: string) {
  expect(hasNonXmlChars(svg)).toBe(false);
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  return doc.documentElement!;
}

function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (let i = 0; i < out.length; i++) {
    const children = out[i]!.childNodes;
    for (let j = 0; j < children.length; j++) if (children[j]!.nodeType === 1) out.push(children[j] as XmlElement);
  }
  return out;
}

/** Everything a reader or screen reader sees as words: <text> and <title> contents. */
function visibleWords(root: XmlElement): string {
  return allElements(root)
    .filter((e) => e.tagName === 'text' || e.tagName === 'title')
    .map((e) => e.textContent ?? '')
    .join('\n');
}

/** No way for the file to run code or fetch anything, whatever the names held. */
function expectInert(root: XmlElement): void {
  for (const e of allElements(root)) {
    expect(ALLOWED_ELEMENTS, `element <${e.tagName}>`).toContain(e.tagName);
    for (let i = 0; i < e.attributes.length; i++) {
      const { name, value } = e.attributes[i]!;
      expect(name, `attribute ${name} on <${e.tagName}>`).not.toMatch(/^on|href$|^src$|^style$/i);
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      expect(value, `${name}="${value}"`).not.toMatch(/javascript:|url\(|https?:|file:|data:/i);
    }
  }
}

function expectEveryNameAsText(design: Design, root: XmlElement): void {
  const words = visibleWords(root);
  for (const c of COLLECTIONS) {
    for (const e of design[c]) {
      if (c === 'links' && !e.name) continue;
      expect(words, `${c} ${e.id}`).toContain(xmlSafeText(displayName(e)));
    }
  }
  expect(words).toContain(xmlSafeText(design.name ?? ''));
}

describe('SVG export', () => {
  it.each(['reference-small', 'reference-medium'] as const)('draws %s as well-formed SVG with every name as text', (name) => {
    const design = fixture(name);
    const svg = renderSvg(design, { findings: true });
    const root = parseSvg(svg);
    expectInert(root);
    expectEveryNameAsText(design, root);
    const { width, height } = pictureSize(design);
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([String(width), String(height)]);
    expect(root.getElementsByTagName('foreignObject').length).toBe(0);
  });

  it('keeps hostile names inert and the file well-formed', () => {
    const design = hostileDesign();
    expect(loadDesign(JSON.stringify(design)).ok).toBe(true);
    for (const findings of [false, true]) {
      const svg = renderSvg(design, { findings });
      const root = parseSvg(svg);
      expectInert(root);
      expectEveryNameAsText(design, root);
      expect(svg).not.toMatch(/<script|<image|<a[\s>]|<foreignObject|<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i);
    }
  });

  it('keeps any name inert (property test over arbitrary Unicode names)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { minLength: 1, maxLength: 8 }), (names) => {
        const design = hostileDesign(names.map((n) => (n.trim() ? n : `${n}site`)));
        const root = parseSvg(renderSvg(design, { findings: true }));
        expectInert(root);
        expectEveryNameAsText(design, root);
      }),
      { numRuns: 25 },
    );
  }, 30_000);

  it('carries the design in its metadata, so the picture reopens as the same design', () => {
    for (const design of [fixture('reference-medium'), hostileDesign()]) {
      const payload = designTextFromSvg(renderSvg(design));
      if (!payload.ok) throw payload.error;
      const loaded = loadDesign(payload.text);
      if (!loaded.ok) throw loaded.error;
      expect(loaded.value).toEqual(design);
    }
  });

  it('shows finding badges only when asked', () => {
    const design = fixture('reference-medium');
    const badges = (svg: string) => allElements(parseSvg(svg)).filter((e) => e.tagName === 'circle' && e.getAttribute('stroke') === '#ffffff').length;
    expect(badges(renderSvg(design, { findings: true }))).toBeGreaterThan(0);
    expect(badges(renderSvg(design))).toBe(0);
    expect(renderSvg(design, { embedDesign: false })).not.toContain('topology-design');
  });

  it('draws the same design to the same bytes', () => {
    expect(renderSvg(fixture('reference-small'))).toBe(renderSvg(fixture('reference-small')));
  });

  it('draws an empty design as a small, valid picture', () => {
    const design = loadDesign('{"format":"lync-topology","version":1}');
    if (!design.ok) throw design.error;
    const root = parseSvg(renderSvg(design.value));
    expect(visibleWords(root)).toContain('This design is empty.');
    expect(HOSTILE_NAMES.length).toBeGreaterThan(10);
  });
});

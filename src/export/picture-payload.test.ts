import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { bakeLayout } from '../layout/tidy';
import type { Design } from '../domain/design';
import { serializeDesign, toFileObject } from '../document/serialize';
import { fixture } from '../rules/test-support';
import { embedDesignInPng, loadDesignFile, loadDesignOrPictureText, PNG_DESIGN_KEYWORD } from './picture-payload';
import { encodeITxt, readChunks, withTextChunk, writeChunks } from './png-chunks';
import { renderSvg } from './svg-renderer';
import { hostileDesign } from './test-support';

const utf8 = (text: string) => new TextEncoder().encode(text);

function blankPng(): Uint8Array {
  const png = new PNG({ width: 4, height: 4 });
  png.data.fill(255);
  return new Uint8Array(PNG.sync.write(png));
}

function opened(name: string, bytes: Uint8Array) {
  const result = loadDesignFile(name, bytes);
  if (!result.ok) throw result.error;
  return result.value;
}

function refusal(name: string, bytes: Uint8Array): string {
  const result = loadDesignFile(name, bytes);
  if (result.ok) throw new Error(`${name} opened`);
  return result.error.message;
}

describe('export and reopen', () => {
  // A design on screen always has a baked layout; exporting and reopening must give it back exactly.
  const designs = [bakeLayout(fixture('reference-medium')), bakeLayout(hostileDesign())];

  it.each(designs.map((d, i) => [i, d] as const))('JSON export then import gives the same document (%i)', (_, design) => {
    expect(opened('x.json', utf8(serializeDesign(design)))).toEqual(design);
  });

  it.each(designs.map((d, i) => [i, d] as const))('a PNG with the design embedded reopens as the same document (%i)', (_, design) => {
    const png = embedDesignInPng(blankPng(), design);
    expect(PNG.sync.read(Buffer.from(png)).width).toBe(4);
    expect(opened('picture.png', png)).toEqual(design);
  });

  it.each(designs.map((d, i) => [i, d] as const))('an SVG export reopens as the same document (%i)', (_, design) => {
    expect(opened('picture.svg', utf8(renderSvg(design, { findings: true })))).toEqual(design);
  });

  it('decides by content, so a misnamed or unnamed file still opens', () => {
    const design = designs[0]!;
    expect(opened('download', utf8(renderSvg(design)))).toEqual(design);
    expect(opened('picture.svg', embedDesignInPng(blankPng(), design))).toEqual(design);
    expect(opened('notes.txt', utf8(`\uFEFF${serializeDesign(design)}`))).toEqual(design);
  });

  it('pasted text opens when it is a design or an SVG carrying one', () => {
    const design = designs[0]!;
    const fromJson = loadDesignOrPictureText(serializeDesign(design));
    const fromSvg = loadDesignOrPictureText(renderSvg(design));
    expect(fromJson.ok && fromJson.value).toEqual(design);
    expect(fromSvg.ok && fromSvg.value).toEqual(design);
  });
});

/** The PNG with one more design chunk, after the first (what an editing program may leave behind). */
function withSecondDesign(png: Uint8Array, design: Design): Uint8Array {
  const read = readChunks(png);
  if (!read.ok) throw new Error(read.reason);
  const end = read.chunks.length - 1;
  return writeChunks([...read.chunks.slice(0, end), encodeITxt(PNG_DESIGN_KEYWORD, JSON.stringify(toFileObject(design))), read.chunks[end]!]);
}

describe('a PNG that carries two designs', () => {
  it('opens the first and says so in the load result', () => {
    const first = fixture('reference-small');
    const second = { ...first, name: 'The other one' };
    const result = loadDesignFile('two.png', withSecondDesign(embedDesignInPng(blankPng(), first), second));
    expect(result.ok && result.value).toEqual(first);
    expect(result.ok && result.notes).toEqual(['this picture carries 2 designs; the first one was opened']);
  });

  it('has nothing to say about a PNG with one design', () => {
    const result = loadDesignFile('one.png', embedDesignInPng(blankPng(), fixture('reference-small')));
    expect(result.ok).toBe(true);
    expect(result.ok && result.notes).toBeUndefined();
  });
});

describe('refused files', () => {
  it('a picture without a design says so', () => {
    expect(refusal('photo.png', blankPng())).toMatch(/holds no design/);
    expect(refusal('drawing.svg', utf8('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'))).toMatch(/holds no design/);
  });

  it('a picture whose design is broken names the problem and where it is', () => {
    const broken = JSON.stringify({ format: 'lync-topology', version: 1, pools: [{ id: 'p', siteId: 'dc2', fqdn: 'p' }] });
    const png = withTextChunk(blankPng(), PNG_DESIGN_KEYWORD, broken);
    expect(refusal('broken.png', png)).toBe('pools[0].siteId: no site "dc2"');
  });

  it('damaged, misnamed and foreign files are refused in words', () => {
    const png = embedDesignInPng(blankPng(), fixture('reference-small'));
    expect(refusal('cut.png', png.slice(0, png.length - 40))).toMatch(/cut short/);
    expect(refusal('fake.png', utf8('hello'))).toBe('the file is named .png but is not a PNG picture');
    expect(refusal('report.pdf', utf8('%PDF-1.7'))).toMatch(/opens \.json, \.png and \.svg/);
    expect(refusal('broken.json', utf8('{"format": "lync-topology", '))).toMatch(/^this is not a JSON file/);
    expect(refusal('other.json', utf8('{"format": "excalidraw"}'))).toMatch(/not a Lync topology file/);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../document/serialize';
import { loadDesignFile } from '../export/picture-payload';
import { pictureSize } from '../export/svg-renderer';
import { fixture } from '../rules/test-support';
import { runExport } from './export-command';
import { resvgPng } from './resvg-png';

function run(argv: string[], writePng = resvgPng) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runExport(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, writePng);
  return code.then((c) => ({ code: c, out, err }));
}

const dir = mkdtempSync(join(tmpdir(), 'lync-export-'));
const design = fixture('reference-small');
const input = join(dir, 'small.json');
writeFileSync(input, serializeDesign(design));

describe('npm run export', () => {
  it('writes an SVG that reopens as the same design', async () => {
    const svg = join(dir, 'out.svg');
    const result = await run([input, '--svg', svg, '--findings']);
    expect(result).toMatchObject({ code: 0, err: [] });
    const reopened = loadDesignFile(svg, readFileSync(svg));
    expect(reopened.ok && reopened.value).toEqual(design);
  });

  it('writes a PNG at the chosen scale without a browser, with the design inside', async () => {
    const png = join(dir, 'out.png');
    const result = await run([input, '--png', png, '--scale', '2']);
    expect(result).toMatchObject({ code: 0, err: [] });
    const bytes = readFileSync(png);
    const decoded = PNG.sync.read(bytes);
    const size = pictureSize(design);
    expect([decoded.width, decoded.height]).toEqual([size.width * 2, size.height * 2]);
    expect(new Set(decoded.data.filter((_, i) => i % 4 === 0)).size).toBeGreaterThan(2);
    const reopened = loadDesignFile(png, bytes);
    expect(reopened.ok && reopened.value).toEqual(design);
  });

  it('exits 2 with a one-line reason when the file does not load', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ format: 'lync-topology', version: 1, pools: [{ id: 'p', siteId: 'dc2', fqdn: 'p' }] }));
    const result = await run([broken, '--svg', join(dir, 'never.svg')]);
    expect(result).toEqual({ code: 2, out: [], err: [`${broken}: pools[0].siteId: no site "dc2"`] });
    expect((await run([join(dir, 'missing.json'), '--svg', 'x.svg'])).err).toEqual([`${join(dir, 'missing.json')}: no such file`]);
  });

  it('exits 2 on bad usage', async () => {
    expect((await run([input])).code).toBe(2);
    expect((await run([input, '--svg'])).err[0]).toMatch(/--svg needs a value/);
    expect((await run([input, '--png', 'x.png', '--scale', '4'])).err[0]).toMatch(/--scale must be 1, 2 or 3/);
    expect((await run([input, '--pdf', 'x.pdf'])).err[0]).toMatch(/unknown option --pdf/);
  });
});

/**
 * PNG for the CLI without a browser: resvg (a Rust SVG renderer shipped as an npm package with prebuilt
 * binaries) draws the same SVG the browser rasterises, with system fonts; the design is then embedded.
 * Loaded on demand, so SVG-only runs never load the native module.
 */
import type { Design } from '../domain/design';
import { embedDesignInPng } from '../export/picture-payload';

export async function resvgPng(svg: string, design: Design, scale: number): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  }).render();
  return embedDesignInPng(rendered.asPng(), design);
}

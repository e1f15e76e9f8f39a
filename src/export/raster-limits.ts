/**
 * How large a PNG export may be. Browsers cap canvases (Chromium: 32,767 px a side and about 268 million
 * pixels in all; Safari less), and a canvas past the cap draws nothing, which would be saved as a blank
 * file. We stay under the common limits and say so in words; io/rasterize.ts also checks the canvas it
 * got, for browsers with smaller caps.
 */
export const RASTER_LIMITS = {
  /** Pixels on the longer side. */
  side: 16_384,
  /** Pixels in all (16,384 x 16,384). */
  area: 268_435_456,
} as const;

export const PNG_SCALES = [1, 2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** Pixel size of a picture of `width` x `height` CSS pixels at `scale`. */
export function rasterSize(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.ceil(width * scale), height: Math.ceil(height * scale) };
}

/** Why a PNG of this size cannot be made, in plain words, or undefined when it can. */
export function rasterSizeProblem(width: number, height: number, scale: number): string | undefined {
  const px = rasterSize(width, height, scale);
  const tooLong = Math.max(px.width, px.height) > RASTER_LIMITS.side;
  const tooMany = px.width * px.height > RASTER_LIMITS.area;
  if (!tooLong && !tooMany) return undefined;
  const smaller = [...PNG_SCALES].reverse().find((s) => s < scale && !rasterSizeProblem(width, height, s));
  const hint = smaller ? `try ${smaller}x, or export SVG, which has no size limit` : 'export SVG instead, which has no size limit';
  const why = tooLong
    ? `${px.width} x ${px.height} pixels, more than the ${RASTER_LIMITS.side.toLocaleString('en-US')} pixels a side a browser can draw`
    : `${px.width} x ${px.height} pixels, more than the ${(RASTER_LIMITS.area / 1e6).toFixed(0)} million pixels a browser can draw`;
  return `At ${scale}x the picture would be ${why}; ${hint}.`;
}

/**
 * SVG to PNG in the browser: the SVG is drawn as an image onto a white canvas at 1x, 2x or 3x. The size
 * guard (export/raster-limits.ts) refuses pictures a canvas cannot hold, and the canvas is checked after
 * allocation, because a canvas the browser could not allocate draws nothing and would save a blank file.
 */
import { rasterSize, rasterSizeProblem } from '../export/raster-limits';

export class RasterError extends Error {
  override readonly name = 'RasterError';
}

export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Uint8Array> {
  const problem = rasterSizeProblem(width, height, scale);
  if (problem) throw new RasterError(problem);
  const px = rasterSize(width, height, scale);
  const image = await loadSvgImage(svg);
  const canvas = document.createElement('canvas');
  canvas.width = px.width;
  canvas.height = px.height;
  const context = canvas.getContext('2d');
  if (!context) throw new RasterError(`The browser could not make a ${px.width} x ${px.height} pixel picture; try a smaller scale, or export SVG.`);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, px.width, px.height);
  const corner = context.getImageData(0, 0, 1, 1).data;
  if (corner[3] !== 255) throw new RasterError(`The browser ran out of memory for a ${px.width} x ${px.height} pixel picture; try a smaller scale, or export SVG.`);
  // Drawn at the target size, so the vector picture is rasterised sharp at 2x and 3x, not scaled up.
  context.drawImage(image, 0, 0, px.width, px.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new RasterError('The browser could not encode the PNG; try a smaller scale, or export SVG.');
  return new Uint8Array(await blob.arrayBuffer());
}

async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } catch {
    throw new RasterError('The browser could not draw the picture; export SVG instead.');
  } finally {
    URL.revokeObjectURL(url);
  }
}

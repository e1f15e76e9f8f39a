/**
 * The File menu's picture exports: PNG (1x, 2x, 3x) and SVG (with or without finding badges) of the design on
 * screen, as downloads named after the design. Loaded on use (FileMenu), with the SVG renderer, the PNG
 * text chunks and the rasterizer: the first screen does not need them.
 */
import { exportFileName } from '../export/file-names';
import { embedDesignInPng } from '../export/picture-payload';
import type { PngScale } from '../export/raster-limits';
import { pictureSize, renderSvg } from '../export/svg-renderer';
import { useDesignStore } from '../state/design-store';
import { notify } from '../state/notice-store';
import { downloadBlob, downloadText } from './download';
import { savedAs } from './export-design';
import { RasterError, svgToPng } from './rasterize';

export function exportSvg(options: { findings: boolean }): void {
  const design = useDesignStore.getState().design;
  const fileName = exportFileName(design.name, 'svg', 1, options);
  downloadText(renderSvg(design, { findings: options.findings }), fileName, 'image/svg+xml');
  savedAs(design, fileName);
}

export async function exportPng(scale: PngScale, options: { findings?: boolean } = {}): Promise<void> {
  const design = useDesignStore.getState().design;
  const fileName = exportFileName(design.name, 'png', scale, options);
  try {
    const { width, height } = pictureSize(design);
    const png = await svgToPng(renderSvg(design, { findings: options.findings ?? false }), width, height, scale);
    downloadBlob(new Blob([embedDesignInPng(png, design) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), fileName);
    savedAs(design, fileName);
  } catch (e) {
    const text = e instanceof RasterError ? e.message : `Something went wrong while drawing the picture (${String(e)}).`;
    notify({ key: 'export', kind: 'error', title: 'Could not export the PNG', text, sticky: true });
  }
}

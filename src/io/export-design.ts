/**
 * The File menu's exports: PNG (1x, 2x, 3x), SVG (with or without finding badges) and JSON, of the design
 * on screen, as downloads named after the design. Handing the design on counts as saving it.
 */
import type { Design } from '../domain/design';
import { serializeDesign } from '../document/serialize';
import { exportFileName } from '../export/file-names';
import { embedDesignInPng } from '../export/picture-payload';
import type { PngScale } from '../export/raster-limits';
import { pictureSize, renderSvg } from '../export/svg-renderer';
import { useDesignStore } from '../state/design-store';
import { notify } from '../state/notice-store';
import { downloadBlob, downloadText } from './download';
import { RasterError, svgToPng } from './rasterize';

/** Marks the design saved only if it is still the one that was exported (a PNG takes a moment). */
function savedAs(design: Design, fileName: string): void {
  const store = useDesignStore.getState();
  if (store.design === design) store.markSaved();
  notify({ key: 'export', kind: 'success', title: `Exported "${fileName}"` });
}

export function exportJson(): void {
  const design = useDesignStore.getState().design;
  const fileName = exportFileName(design.name, 'json');
  downloadText(serializeDesign(design), fileName, 'application/json');
  savedAs(design, fileName);
}

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

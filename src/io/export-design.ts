/**
 * The design file export (JSON) of the design on screen, as a download named after the design. Handing the
 * design on counts as saving it. The picture exports are in export-picture.ts, loaded on use.
 */
import type { Design } from '../domain/design';
import { serializeDesign } from '../document/serialize';
import { exportFileName } from '../export/file-names';
import { useDesignStore } from '../state/design-store';
import { notify } from '../state/notice-store';
import { downloadText } from './download';

/** Marks the design saved only if it is still the one that was exported (a PNG takes a moment). */
export function savedAs(design: Design, fileName: string): void {
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

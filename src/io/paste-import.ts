/**
 * Paste opens a design when the clipboard holds one: a topology document as text (it names the
 * "lync-topology" format), an SVG exported by the designer, Topology Builder / published topology XML
 * (it names the Topology namespace), or a PNG/SVG/JSON/.tbxml/.xml file. Anything else, and any
 * paste into a field, is left alone for the canvas's own paste and for text editing. The listener runs in
 * the capture phase and stops the pastes it takes, so the canvas never pastes them a second time.
 */
import { isTopologyXmlText } from '../topology-builder/sniff';

export type PastePayload = { kind: 'file'; file: File } | { kind: 'text'; text: string };

const PICTURE_TYPES = new Set(['image/png', 'image/svg+xml']);

function isEditable(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  return !!el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') || el.isContentEditable === true;
}

/** Whether pasted text is meant as a design (the pipeline then decides whether it is a good one). */
export function isDesignText(text: string): boolean {
  if (isTopologyXmlText(text)) return true;
  if (!text.includes('lync-topology')) return false;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') || (start.startsWith('<') && /<svg[\s>]/.test(start));
}

/** What a paste event carries that the importer should open, if anything. */
export function pastePayload(data: DataTransfer | null): PastePayload | undefined {
  if (!data) return undefined;
  const file = Array.from(data.files).find((f) => PICTURE_TYPES.has(f.type) || /\.(png|svg|json|tbxml|xml)$/i.test(f.name));
  if (file) return { kind: 'file', file };
  const text = data.getData('text/plain');
  return isDesignText(text) ? { kind: 'text', text } : undefined;
}

export function installPasteImport(target: Window, onPayload: (payload: PastePayload) => void): () => void {
  const onPaste = (e: ClipboardEvent) => {
    if (isEditable(e.target)) return;
    const payload = pastePayload(e.clipboardData);
    if (!payload) return;
    e.preventDefault();
    e.stopPropagation();
    onPayload(payload);
  };
  target.addEventListener('paste', onPaste, true);
  return () => target.removeEventListener('paste', onPaste, true);
}

/**
 * Files dropped anywhere on the window open as a design. Only drags that carry files are ours: palette
 * drags carry their own media type and are left to the canvas. Taking every file drop also keeps the
 * browser from navigating away to the dropped file, which would lose the work on screen.
 */
export function carriesFiles(data: DataTransfer | null): boolean {
  return !!data && Array.from(data.types).includes('Files');
}

export function installFileDrop(target: Window, onFile: (file: File) => void): () => void {
  const root = target.document.documentElement;
  const clear = () => root.removeAttribute('data-file-drag');
  const onDragOver = (e: DragEvent) => {
    if (!carriesFiles(e.dataTransfer)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
    root.setAttribute('data-file-drag', '');
  };
  const onDragLeave = (e: DragEvent) => {
    // relatedTarget is null only when the drag leaves the window.
    if (e.relatedTarget === null) clear();
  };
  const onDrop = (e: DragEvent) => {
    clear();
    if (!carriesFiles(e.dataTransfer)) return;
    e.preventDefault();
    const file = e.dataTransfer!.files[0];
    if (file) onFile(file);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('dragleave', onDragLeave);
  target.addEventListener('drop', onDrop);
  return () => {
    clear();
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('dragleave', onDragLeave);
    target.removeEventListener('drop', onDrop);
  };
}

import { useEffect } from 'react';
import { installFileDrop } from './file-drop';
import { importFile, importText } from './import-file';
import { installPasteImport } from './paste-import';

/** Opening designs by dropping a file on the window or pasting one; App.tsx calls this once. */
export function useFileImport(): void {
  useEffect(() => {
    const removeDrop = installFileDrop(window, (file) => void importFile(file));
    const removePaste = installPasteImport(window, (payload) => {
      void (payload.kind === 'file' ? importFile(payload.file) : importText(payload.text));
    });
    return () => {
      removeDrop();
      removePaste();
    };
  }, []);
}

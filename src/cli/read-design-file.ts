/**
 * Read a design from a file for the CLI: our JSON, or Topology Builder XML (.tbxml, published topology .xml)
 * through the importer. Both go through the one load pipeline; the XML import also returns its report.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Design } from '../domain/design';
import { LIMITS } from '../domain/limits';
import { loadDesign } from '../document/parse';
import { importTopologyXml, type ImportReport } from '../topology-builder';
import { looksLikeTopologyXml } from '../topology-builder/sniff';

export type ReadResult = { ok: true; design: Design; report?: ImportReport } | { ok: false; message: string };

/** `xml`: the import command, which reads topology XML whatever the name (a JSON design is still recognised). */
export function readDesignFile(file: string, expect: 'any' | 'xml' = 'any'): ReadResult {
  let bytes: Uint8Array;
  try {
    // Refuse an oversized file before reading it into memory (UTF-16 XML is twice its text).
    if (statSync(file).size > LIMITS.fileBytes * 4) {
      return { ok: false, message: `${file}: the file is larger than a design may be (${LIMITS.fileBytes / 1024 / 1024} MB)` };
    }
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read'}` };
  }
  if (expect === 'xml' ? !startsWithBrace(bytes) : looksLikeTopologyXml(file, bytes)) {
    const imported = importTopologyXml(bytes, file);
    return imported.ok ? { ok: true, design: imported.design, report: imported.report } : { ok: false, message: `${file}: ${imported.error.message}` };
  }
  const text = new TextDecoder().decode(bytes);
  const loaded = loadDesign(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return loaded.ok ? { ok: true, design: loaded.value } : { ok: false, message: `${file}: ${loaded.error.message}` };
}

/** A JSON object's first byte after a UTF-8 BOM and white space. */
function startsWithBrace(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b;
}

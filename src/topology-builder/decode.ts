import { strFromU8 } from 'fflate';
import { LIMITS } from '../domain/limits';
import { LoadError } from '../document/load-error';

/**
 * Bytes to text as Topology Builder and PowerShell write them: UTF-8 with or without BOM (Topology Builder
 * saves with one), UTF-16 LE or BE with BOM (`Get-CsTopology -AsXml > file` in Windows PowerShell). The BOM
 * decides; without one, UTF-16 is still recognised by the zero bytes of an ASCII "<" so a file whose BOM was
 * lost still opens. A file whose declaration names ISO-8859-1 or Windows-1252 is read as Latin-1. Line ends are
 * left alone (XML normalises CRLF itself).
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  // UTF-16 doubles the bytes of the same text, so the byte gate allows twice the character limit.
  if (bytes.length > LIMITS.fileBytes * 2 + 2) throw tooLarge(bytes.length);
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = utf16(bytes, 2, true);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = utf16(bytes, 2, false);
  else if (bytes[0] === 0x3c && bytes[1] === 0x00) text = utf16(bytes, 0, true);
  else if (bytes[0] === 0x00 && bytes[1] === 0x3c) text = utf16(bytes, 0, false);
  else if (declaresLatin1(bytes)) text = latin1(bytes);
  else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    try {
      text = strFromU8(start ? bytes.subarray(start) : bytes);
    } catch {
      throw new LoadError('wrong-format', 'the file is not readable text (neither UTF-8 nor UTF-16)');
    }
  }
  if (text.length > LIMITS.fileBytes) throw tooLarge(text.length);
  return text;
}

/** A hand-saved file may declare a Western single-byte encoding; read it as Latin-1 rather than mangle it as UTF-8. */
function declaresLatin1(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 200));
  return /^<\?xml[^>]*\bencoding\s*=\s*["'](?:iso-8859-1|latin1|windows-1252|us-ascii)["']/i.test(head);
}

function latin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) parts.push(String.fromCharCode(...bytes.subarray(i, i + 8192)));
  return parts.join('');
}

function utf16(bytes: Uint8Array, start: number, littleEndian: boolean): string {
  const units = (bytes.length - start) >> 1;
  const parts: string[] = [];
  const chunk = 8192;
  const buf = new Array<number>(chunk);
  for (let i = 0; i < units; i += chunk) {
    const n = Math.min(chunk, units - i);
    buf.length = n;
    for (let j = 0; j < n; j++) {
      const at = start + (i + j) * 2;
      buf[j] = littleEndian ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!;
    }
    parts.push(String.fromCharCode(...buf));
  }
  return parts.join('');
}

function tooLarge(size: number): LoadError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new LoadError('too-large', `the file is ${mb(size)}, more than the ${mb(LIMITS.fileBytes)} a topology file may have`);
}

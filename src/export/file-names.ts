/**
 * File names made from a design's name. The name is user data: it may hold path separators, characters
 * Windows refuses, control characters or a reserved device name. The result is safe on Windows, macOS
 * and Linux, readable, and never empty.
 */

export type ExportKind = 'json' | 'svg' | 'png';

const FALLBACK = 'topology';
const MAX_BASE_LENGTH = 80;
// Windows refuses these as a file's base name whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** A safe base name (no extension) from a design name. */
export function safeBaseName(name: string | undefined): string {
  let base = (name ?? '')
    .normalize('NFC')
    // Control characters, bidi overrides and separators that cannot or should not appear in names.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g, '')
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .trim()
    // Leading dots make hidden files; trailing dots and spaces are stripped by Windows.
    .replace(/^[.\s-]+/, '')
    .replace(/[.\s]+$/, '');
  if (base.length > MAX_BASE_LENGTH) base = truncate(base, MAX_BASE_LENGTH).replace(/[.\s-]+$/, '');
  if (base === '') return FALLBACK;
  if (RESERVED.test(base.split('.')[0]!)) base = `${base}-design`;
  return base;
}

/**
 * The file name for an export, e.g. `Contoso.json`, `Contoso.png`, `Contoso@2x.png`, and
 * `Contoso-with-findings.svg` for the picture with finding badges, so the two variants never share a name.
 */
export function exportFileName(name: string | undefined, kind: ExportKind, scale = 1, options: { findings?: boolean } = {}): string {
  const variant = options.findings && kind !== 'json' ? '-with-findings' : '';
  const suffix = kind === 'png' && scale !== 1 ? `@${scale}x` : '';
  return `${safeBaseName(name)}${variant}${suffix}.${kind}`;
}

/** Cut at a code point boundary so no half surrogate pair is left at the end. */
function truncate(text: string, max: number): string {
  const points = Array.from(text);
  let out = '';
  for (const p of points) {
    if (out.length + p.length > max) break;
    out += p;
  }
  return out;
}

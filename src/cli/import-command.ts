/**
 * `npm run -s import -- FILE [--out OUT.json]`: a Topology Builder file (.tbxml) or published topology XML
 * to our document. The document goes to OUT (or stdout), the import report to stderr.
 * Exit 0: imported. Exit 2: the file could not be read or is not a topology (the message says why).
 */
import { writeFileSync } from 'node:fs';
import { serializeDesign } from '../document/serialize';
import { reportLines } from '../topology-builder';
import { readDesignFile } from './read-design-file';
import { commonArgs, usageLine, type CommandSpec } from './args';
import { safeIo, type CliIo } from './terminal-text';

export const IMPORT_SPEC: CommandSpec = {
  name: 'import',
  operands: 'FILE',
  summary: 'Turn a Topology Builder file (.tbxml) or published topology XML into a design document; the import report goes to stderr.',
  options: [{ name: '--out', value: 'OUT.json', help: 'write the document to OUT.json instead of stdout' }],
};

export function runImport(argv: readonly string[], rawIo: CliIo): number {
  const io = safeIo(rawIo);
  const parsed = commonArgs(argv, IMPORT_SPEC, io);
  if (typeof parsed === 'number') return parsed;
  const out = parsed.values.get('--out');
  const rest = parsed.operands;
  if (rest.length !== 1) {
    io.stderr(usageLine(IMPORT_SPEC));
    return 2;
  }
  const file = rest[0]!;
  const read = readDesignFile(file, 'xml');
  if (!read.ok) {
    io.stderr(read.message);
    return 2;
  }
  if (!read.report) {
    io.stderr(`${file}: this is already a design document (JSON); import reads Topology Builder files (.tbxml) and published topology XML`);
    return 2;
  }
  const text = serializeDesign(read.design);
  if (out) {
    try {
      writeFileSync(out, text);
    } catch {
      io.stderr(`${out}: cannot be written`);
      return 2;
    }
  } else rawIo.stdout(text); // the document itself: data for a file or a pipe, exact (JSON escapes its controls)
  for (const line of reportLines(read.report)) io.stderr(line);
  if (out) io.stderr(`Wrote ${out}.`);
  return 0;
}

/**
 * `npm run -s import -- FILE [--out OUT.json]`: a Topology Builder file (.tbxml) or published topology XML
 * to our document. The document goes to OUT (or stdout), the import report to stderr.
 * Exit 0: imported. Exit 2: the file could not be read or is not a topology (the message says why).
 */
import { writeFileSync } from 'node:fs';
import { serializeDesign } from '../document/serialize';
import { reportLines } from '../topology-builder';
import { readDesignFile } from './read-design-file';
import type { CliIo } from './validate-command';

const USAGE = 'usage: npm run -s import -- FILE [--out OUT.json]';

export function runImport(argv: readonly string[], io: CliIo): number {
  const rest = [...argv];
  let out: string | undefined;
  const at = rest.indexOf('--out');
  if (at >= 0) {
    out = rest[at + 1];
    if (!out || out.startsWith('--')) {
      io.stderr(`--out needs a file name; ${USAGE}`);
      return 2;
    }
    rest.splice(at, 2);
  }
  const unknown = rest.filter((a) => a.startsWith('--'));
  if (unknown.length || rest.length !== 1) {
    io.stderr(unknown.length ? `unknown option ${unknown[0]}; ${USAGE}` : USAGE);
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
  } else io.stdout(text);
  for (const line of reportLines(read.report)) io.stderr(line);
  if (out) io.stderr(`Wrote ${out}.`);
  return 0;
}

/**
 * The command-line export: the same load pipeline and SVG renderer as the browser's File menu.
 * `npm run -s export -- FILE --svg OUT [--png OUT] [--scale 1|2|3] [--findings]`. FILE may be a design
 * (.json) or an editable picture (.png, .svg). Exit 0: written. Exit 2: bad usage, FILE did not load, or
 * an output could not be written (one line on stderr says why).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Design } from '../domain/design';
import { loadDesignFile, PICTURE_MAX_BYTES } from '../export/picture-payload';
import { PNG_SCALES, rasterSizeProblem } from '../export/raster-limits';
import { pictureSize, renderSvg } from '../export/svg-renderer';
import { commonArgs, type CommandSpec, type ParsedArgs } from './args';
import { safeIo, type CliIo } from './terminal-text';

export const EXPORT_USAGE = 'usage: npm run -s export -- FILE --svg OUT [--png OUT] [--scale 1|2|3] [--findings]';

/** Turns SVG text into PNG bytes (with the design embedded); injected so tests and other renderers can stand in. */
export type PngWriter = (svg: string, design: Design, scale: number) => Promise<Uint8Array>;

interface Args {
  file: string;
  svg?: string;
  png?: string;
  scale: number;
  findings: boolean;
}

export const EXPORT_SPEC: CommandSpec = {
  name: 'export',
  operands: 'FILE',
  summary: 'Draw a design (.json, or an editable .png/.svg picture) as an SVG and/or PNG picture with the design inside.',
  options: [
    { name: '--svg', value: 'OUT', help: 'write an SVG picture' },
    { name: '--png', value: 'OUT', help: 'write a PNG picture' },
    { name: '--scale', value: '1|2|3', help: 'PNG pixel scale (default 1)' },
    { name: '--findings', help: 'draw finding badges' },
  ],
};

function toArgs(parsed: ParsedArgs): Args | string {
  const args: Args = { file: '', scale: 1, findings: parsed.flags.has('--findings') };
  const scale = parsed.values.get('--scale');
  if (scale !== undefined) {
    if (!(PNG_SCALES as readonly number[]).includes(Number(scale))) return `--scale must be 1, 2 or 3; ${EXPORT_USAGE}`;
    args.scale = Number(scale);
  }
  args.svg = parsed.values.get('--svg');
  args.png = parsed.values.get('--png');
  if (parsed.operands.length !== 1 || (!args.svg && !args.png)) return EXPORT_USAGE;
  return { ...args, file: parsed.operands[0]! };
}

export async function runExport(argv: readonly string[], rawIo: CliIo, writePng?: PngWriter): Promise<number> {
  const io = safeIo(rawIo);
  const parsed = commonArgs(argv, EXPORT_SPEC, io);
  if (typeof parsed === 'number') return parsed;
  const args = toArgs(parsed);
  if (typeof args === 'string') {
    io.stderr(args);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    if (statSync(args.file).size > PICTURE_MAX_BYTES) {
      io.stderr(`${args.file}: the file is larger than the designer opens (${PICTURE_MAX_BYTES / 1024 / 1024} MB)`);
      return 2;
    }
    bytes = readFileSync(args.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(`${args.file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read'}`);
    return 2;
  }
  const loaded = loadDesignFile(args.file, bytes);
  if (!loaded.ok) {
    io.stderr(`${args.file}: ${loaded.error.message}`);
    return 2;
  }
  for (const note of loaded.notes ?? []) io.stderr(`${args.file}: ${note}`);
  const design = loaded.value;
  const svg = renderSvg(design, { findings: args.findings });
  if (args.png) {
    const { width, height } = pictureSize(design);
    const problem = rasterSizeProblem(width, height, args.scale);
    if (problem) {
      io.stderr(`${args.png}: ${problem}`);
      return 2;
    }
    if (!writePng) {
      io.stderr('PNG export is not available here; use --svg');
      return 2;
    }
  }
  try {
    if (args.svg) {
      writeFileSync(args.svg, svg, 'utf8');
      io.stdout(`wrote ${args.svg}`);
    }
    if (args.png && writePng) {
      writeFileSync(args.png, await writePng(svg, design, args.scale));
      io.stdout(`wrote ${args.png}`);
    }
  } catch (e) {
    io.stderr(`could not write the output: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  return 0;
}

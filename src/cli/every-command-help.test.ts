import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { runExport } from './export-command';
import { runImport } from './import-command';
import { runReport } from './report-command';
import { runValidate } from './validate-command';
import type { CliIo } from './terminal-text';

async function run(command: (argv: readonly string[], io: CliIo) => number | Promise<number>, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out, err };
}

const COMMANDS = { validate: runValidate, export: runExport, import: runImport, report: runReport } as const;

describe('every command answers --help and --version the same way', () => {
  for (const [name, command] of Object.entries(COMMANDS)) {
    it(`${name} --help prints its usage on stdout and exits 0`, async () => {
      const r = await run(command, ['--help']);
      expect(r.code).toBe(0);
      expect(r.err).toEqual([]);
      expect(r.out.join('\n')).toContain(`usage: npm run -s ${name} --`);
      expect(r.out.join('\n')).toContain('--version');
    });
    it(`${name} --version prints the package version and exits 0`, async () => {
      const r = await run(command, ['--version']);
      expect(r).toEqual({ code: 0, out: [`${pkg.name} ${pkg.version}`], err: [] });
    });
    it(`${name} refuses an unknown option with exit 2 and the usage`, async () => {
      const r = await run(command, ['--no-such-option', 'x.json']);
      expect(r.code).toBe(2);
      expect(r.err.join('\n')).toMatch(/unknown option --no-such-option; usage:/);
    });
  }
});

/**
 * One small argument parser and help text for every command (validate, export, and the commands that come
 * later), so `--help` and `--version` work the same everywhere. See src/cli/README.md.
 */
import pkg from '../../package.json' with { type: 'json' };
import type { CliIo } from './terminal-text';

export interface OptionSpec {
  /** With the leading dashes: "--format". */
  name: string;
  /** The value's placeholder ("FILE", "sarif|junit"); absent for a flag. */
  value?: string;
  help: string;
}

export interface CommandSpec {
  /** As typed after `npm run -s`: "validate". */
  name: string;
  /** Positional arguments in the usage line: "FILE...". */
  operands: string;
  summary: string;
  options: readonly OptionSpec[];
}

export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
  operands: string[];
}

export type ArgsResult = { kind: 'run'; args: ParsedArgs } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

export function usageLine(spec: CommandSpec): string {
  const opts = spec.options.map((o) => (o.value ? `[${o.name} ${o.value}]` : `[${o.name}]`)).join(' ');
  return `usage: npm run -s ${spec.name} -- ${spec.operands} ${opts}`.trimEnd();
}

export function helpText(spec: CommandSpec): string[] {
  const all = [...spec.options, { name: '--help', help: 'print this help and exit' }, { name: '--version', help: 'print the version and exit' }];
  const width = Math.max(...all.map((o) => o.name.length + (('value' in o && o.value) ? o.value.length + 1 : 0)));
  return [
    spec.summary,
    usageLine(spec),
    'options:',
    ...all.map((o) => {
      const left = 'value' in o && o.value ? `${o.name} ${o.value}` : o.name;
      return `  ${left.padEnd(width)}  ${o.help}`;
    }),
  ];
}

export function parseArgs(argv: readonly string[], spec: CommandSpec): ArgsResult {
  const args: ParsedArgs = { flags: new Set(), values: new Map(), operands: [] };
  const known = new Map(spec.options.map((o) => [o.name, o]));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return { kind: 'help' };
    if (a === '--version') return { kind: 'version' };
    if (!a.startsWith('--')) {
      args.operands.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const option = known.get(name);
    if (!option) return { kind: 'error', message: `unknown option ${name}; ${usageLine(spec)}` };
    if (!option.value) {
      args.flags.add(name);
      continue;
    }
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) return { kind: 'error', message: `${name} needs a value; ${usageLine(spec)}` };
    args.values.set(name, value);
  }
  return { kind: 'run', args };
}

/** Imported, not read at run time: the esbuild bundle in dist-cli/ inlines it. */
export function version(): string {
  return `${pkg.name} ${pkg.version}`;
}

/**
 * Handles what every command answers the same way: help and version print on stdout and exit 0, a usage error
 * prints on stderr and exits 2. Returns the parsed arguments, or the exit code when the command is done.
 */
export function commonArgs(argv: readonly string[], spec: CommandSpec, io: CliIo): ParsedArgs | number {
  const parsed = parseArgs(argv, spec);
  if (parsed.kind === 'help') {
    for (const line of helpText(spec)) io.stdout(line);
    return 0;
  }
  if (parsed.kind === 'version') {
    io.stdout(version());
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr(parsed.message);
    return 2;
  }
  return parsed.args;
}

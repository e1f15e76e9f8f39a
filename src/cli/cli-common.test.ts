import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runExport } from './export-command';
import { runValidate } from './validate-command';
import { terminalSafe } from './terminal-text';
import sarifSchema from './testdata/sarif-2.1.0.schema.json';

const samples = join(import.meta.dirname, '../document/samples');
const medium = join(samples, 'reference-medium.json');
const small = join(samples, 'reference-small.json');
const dir = mkdtempSync(join(tmpdir(), 'cli-common-'));

function collect() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

function run(...argv: string[]) {
  const c = collect();
  const code = runValidate(argv, c.io);
  return { code, out: c.out, err: c.err, stdout: c.out.join('\n'), stderr: c.err.join('\n') };
}

// Every control character (C0, DEL, C1) and every bidi mark, embedding, override and isolate.
const HOSTILE = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x7f + i)),
  '\u061c', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
];
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_OUT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('terminal-safe output', () => {
  it('escapes every control and bidi character visibly', () => {
    for (const c of HOSTILE) expect(terminalSafe(`a${c}b`)).toMatch(/^a\\u[0-9a-f]{4}b$/);
    expect(terminalSafe('plain text, caf\u00e9 \u65e5\u672c')).toBe('plain text, caf\u00e9 \u65e5\u672c');
  });

  it('a hostile format in a file neither retitles nor clears the terminal, and stays on one line', () => {
    const path = join(dir, 'hostile-format.json');
    writeFileSync(path, JSON.stringify({ format: '\u001b]0;owned\u0007\u001b[2J\u202e\nnext', version: 1 }));
    for (const extra of [[], ['--json'], ['--format', 'sarif'], ['--format', 'junit']]) {
      const r = run(path, ...extra);
      expect(r.code).toBe(2);
      for (const line of [...r.out, ...r.err]) expect(line).not.toMatch(UNSAFE_OUT);
      expect(r.err).toHaveLength(1);
      expect(r.stderr).toContain('\\u001b]0;owned\\u0007');
    }
  });

  it('a file name and a raw newline in a JSON snippet print escaped on one line', () => {
    const path = join(dir, 'bad\u001b[31mname.json');
    writeFileSync(path, '{"format":\n"lync-topology",\n\u0001}');
    const r = run(path);
    expect(r.err).toHaveLength(1);
    expect(r.stderr).not.toMatch(UNSAFE_OUT);
  });

  it('the export command escapes too', async () => {
    const path = join(dir, 'hostile-export.json');
    writeFileSync(path, JSON.stringify({ format: '\u001b[2J\u2067x', version: 1 }));
    const c = collect();
    expect(await runExport([path, '--svg', join(dir, 'out.svg')], c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).not.toMatch(UNSAFE_OUT);
  });
});

describe('--help and --version', () => {
  it('every command answers both with exit 0 on stdout', async () => {
    for (const flag of ['--help', '--version']) {
      const v = run(flag);
      expect(v.code).toBe(0);
      expect(v.stdout).toMatch(flag === '--help' ? /usage: npm run -s validate -- .*--format/ : /^lync-topology-designer \d+\.\d+\.\d+$/);
      const c = collect();
      expect(await runExport([flag], c.io)).toBe(0);
      expect(c.out.join('\n')).toMatch(flag === '--help' ? /usage: npm run -s export -- .*--svg/ : /^lync-topology-designer \d/);
    }
  });
});

describe('several files and globs', () => {
  const folder = join(dir, 'designs');
  mkdirSync(folder);
  const broken = JSON.parse(readFileSync(medium, 'utf8'));
  broken.servers[0].poolId = broken.pools[1].id;
  writeFileSync(join(folder, 'a-small.json'), readFileSync(small));
  writeFileSync(join(folder, 'b-findings.json'), JSON.stringify(broken));

  it('one summary line per file and the worst exit code', () => {
    const ok = run(small);
    const r = run(join(folder, '*.json'), small);
    const summaries = r.out.filter((l) => /^\S+\.json: /.test(l));
    expect(summaries).toHaveLength(3);
    expect(r.code).toBe(Math.max(ok.code, run(join(folder, 'b-findings.json')).code));
    const withMissing = run(join(folder, '*.json'), join(dir, 'missing.json'));
    expect(withMissing.code).toBe(2);
    expect(withMissing.stderr).toContain('missing.json: no such file');
  });

  it('--json with several files prints one object per file', () => {
    const r = run('--json', join(folder, '*.json'));
    expect(r.out.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([join(folder, 'a-small.json'), join(folder, 'b-findings.json')]);
  });
});

/** The official schema is draft 2020-12 and uses formats (uri, date-time): checked, not ignored. */
function sarifValidator(allErrors: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors });
  addFormats(ajv);
  return ajv;
}

describe('--format sarif and junit', () => {
  const broken = JSON.parse(readFileSync(medium, 'utf8'));
  broken.pools[0].fqdn = 'not a name';
  const path = join(dir, 'findings.json');
  writeFileSync(path, JSON.stringify(broken));

  it('SARIF output validates against the SARIF 2.1.0 schema, one result per finding', () => {
    const json = run(path, '--json');
    const findings = (JSON.parse(json.stdout) as { findings: { rule: string; elements: string[] }[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    const r = run(path, '--format', 'sarif');
    expect(r.code).toBe(json.code);
    const log = JSON.parse(r.stdout) as {
      runs: { results: { ruleId: string; level: string; locations: { logicalLocations: { name: string }[] }[] }[]; tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[];
    };
    const ajv = sarifValidator(true);
    const valid = ajv.validate(sarifSchema, log);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const results = log.runs[0]!.results;
    expect(results.map((x) => x.ruleId)).toEqual(findings.map((f) => f.rule));
    expect(results.map((x) => x.locations[0]!.logicalLocations.map((l) => l.name))).toEqual(findings.map((f) => f.elements));
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.find((x) => x.id === 'TOPOLOGY_NO_CENTRAL_SITE')?.helpUri).toBe('https://learn.microsoft.com/en-us/lyncserver/lync-server-2013-supported-topologies');
  });

  it('the schema check would catch a malformed log', () => {
    const ajv = sarifValidator(false);
    expect(ajv.validate(sarifSchema, { version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ message: {} }] }] })).toBe(false);
  });

  it('JUnit output has one failing case per error finding', () => {
    const r = run(path, '--format', 'junit');
    const json = JSON.parse(run(path, '--json').stdout) as { findings: { severity: string }[] };
    expect(r.stdout.match(/<failure /g)?.length ?? 0).toBe(json.findings.filter((f) => f.severity === 'error').length);
    expect(r.stdout.match(/<testcase /g)?.length).toBe(json.findings.length);
    expect(r.stdout).toMatch(/^<\?xml version="1.0"/);
  });

  it('an unknown format is refused', () => {
    expect(run(path, '--format', 'yaml')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be one of') });
  });
});

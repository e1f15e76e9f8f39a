import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from './validate-command';

const samples = join(import.meta.dirname, '../document/samples');
const medium = join(samples, 'reference-medium.json');
const dir = mkdtempSync(join(tmpdir(), 'validate-'));

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runValidate(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

type Doc = { pools: object[]; servers: object[] };

function writeVariant(name: string, change: (doc: Doc) => void): string {
  const doc = JSON.parse(readFileSync(medium, 'utf8'));
  change(doc);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

describe('validate CLI', () => {
  it('prints findings JSON for the medium reference design and exits 0', () => {
    const { code, stdout, stderr } = run(medium, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { findings: { rule: string; severity: string; elements: string[]; message: string }[] };
    expect(parsed.findings.every((f) => Object.keys(f).join() === 'rule,severity,elements,message,fixes')).toBe(true);
    expect(parsed.findings.some((f) => f.severity === 'error')).toBe(false);
  });

  it('exits 1 when the design has an error finding', () => {
    const path = writeVariant('pooled.json', (d) => {
      d.pools.push({ id: 'se9', siteId: 'dc', fqdn: 'se9.contoso.com' });
      d.servers.push({ id: 'se9a', poolId: 'se9', fqdn: 'se9.contoso.com', role: 'standard-edition' });
      d.servers.push({ id: 'se9b', poolId: 'se9', fqdn: 'se9b.contoso.com', role: 'standard-edition' });
    });
    const { code, stdout } = run(path, '--json');
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).findings as { rule: string; fixes: { label: string }[] }[];
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'SE_POOLED', severity: 'error', elements: expect.arrayContaining(['se9']) }));
    // Each fix appears by its label only (commands are the designer's business).
    const pooled = findings.find((f) => f.rule === 'SE_POOLED')!;
    expect(pooled.fixes.length).toBeGreaterThan(0);
    for (const fix of pooled.fixes) expect(Object.keys(fix)).toEqual(['label']);
  });

  it.each([
    ['not JSON', 'a.json', 'this is not a JSON file'],
    ['wrong format', 'b.json', 'this is not a Lync topology file'],
    ['newer version', 'c.json', 'format version 2'],
    ['dangling reference', 'd.json', 'servers[0].poolId: no pool "nope"'],
    ['duplicate id', 'e.json', 'the id "be1" is used twice'],
    ['wrong type', 'f.json', 'pools[0].users: expected a number, got a string'],
  ])('exits 2 with a one-line reason for a malformed file (%s)', (_label, name, reason) => {
    const path = join(dir, name);
    const doc = JSON.parse(readFileSync(medium, 'utf8'));
    if (name === 'a.json') writeFileSync(path, '{ "format": "lync-topology", ');
    else {
      if (name === 'b.json') doc.format = 'visio';
      if (name === 'c.json') doc.version = 2;
      if (name === 'd.json') doc.servers[0].poolId = 'nope';
      if (name === 'e.json') doc.sqlInstances[1].id = 'be1';
      if (name === 'f.json') doc.pools[0].users = 'lots';
      writeFileSync(path, JSON.stringify(doc));
    }
    const { code, stdout, stderr } = run(path, '--json');
    expect(code).toBe(2);
    // A refusal under --json is JSON on stdout too, so a script reading stdout learns why.
    expect(JSON.parse(stdout)).toEqual({ error: stderr });
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain(reason);
  });

  it('exits 2 for a missing file and for bad arguments', () => {
    expect(run(join(dir, 'missing.json'))).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    expect(run()).toMatchObject({ code: 2, stderr: expect.stringContaining('usage') });
    expect(run(medium, '--yaml')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --yaml') });
  });

  it('runs as the npm script the contract names', () => {
    const stdout = execFileSync('npm', ['run', '-s', 'validate', '--', medium, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(stdout)).toHaveProperty('findings');
  }, 30_000);
});

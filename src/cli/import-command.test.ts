import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../document/parse';
import { runImport } from './import-command';
import { runValidate } from './validate-command';

const FIXTURES = join(import.meta.dirname, '../../../shared/fixtures/topology-builder');
const dir = mkdtempSync(join(tmpdir(), 'import-'));

function run(cmd: typeof runImport, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = cmd(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('import CLI', () => {
  it.each([
    'lync2013-standard-edition.tbxml',
    'sfb2015-enterprise-pool-edge.tbxml',
    'sfb2015-published-enterprise-pool.xml',
    'sfb2015-published-se-edge-gateway.xml',
  ])('writes the document of %s on stdout and the report on stderr', (name) => {
    const { code, stdout, stderr } = run(runImport, join(FIXTURES, name));
    expect(code).toBe(0);
    const loaded = loadDesign(stdout);
    expect(loaded.ok).toBe(true);
    expect(stderr).toMatch(/^Read a .* for (Lync Server 2013|Skype for Business Server 2015) \(ServiceVersion \d\)\./);
    expect(stderr).toMatch(/Defaults chosen/);
  });

  it('writes --out and a file that validate reads', () => {
    const out = join(dir, 'se.json');
    const { code, stdout, stderr } = run(runImport, join(FIXTURES, 'sfb2015-published-se-edge-gateway.xml'), '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Wrote ${out}.`);
    expect(JSON.parse(readFileSync(out, 'utf8')).gateways[0].address).toBe('sbc1.contoso.com');
    expect(run(runValidate, out).code).toBe(0);
  });

  it('exits 2 with the reason for a file that is not a topology, is missing, or is our JSON', () => {
    const svg = join(dir, 'x.xml');
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(run(runImport, svg)).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('x.xml: this XML is not a Lync topology') });
    expect(run(runImport, join(dir, 'none.tbxml'))).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    const json = join(dir, 'd.json');
    writeFileSync(json, '{"format":"lync-topology","version":1}');
    expect(run(runImport, json)).toMatchObject({ code: 2, stderr: expect.stringContaining('already a design document') });
    expect(run(runImport, svg, '--out')).toMatchObject({ code: 2, stderr: expect.stringContaining('--out needs a value') });
  });
});

describe('validate CLI on Topology Builder files', () => {
  it('exits 1 for the never-published SE (CMS_MISSING is an error) and 0 for the published SE', () => {
    const se = run(runValidate, join(FIXTURES, 'lync2013-standard-edition.tbxml'), '--json');
    expect(se.code).toBe(1);
    expect(JSON.parse(se.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['CMS_MISSING']);
    expect(run(runValidate, join(FIXTURES, 'sfb2015-published-se-edge-gateway.xml')).code).toBe(0);
  });

  it('exits 2 for malformed XML', () => {
    const bad = join(dir, 'bad.tbxml');
    writeFileSync(bad, '<TopologyBuilder><NewTopology></TopologyBuilder>');
    expect(run(runValidate, bad)).toMatchObject({ code: 2, stderr: expect.stringContaining('bad.tbxml: this is not well-formed XML') });
  });
});

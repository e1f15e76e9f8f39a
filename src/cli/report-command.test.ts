import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from './report-command';

const medium = join(import.meta.dirname, '../document/samples/reference-medium.json');

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runReport(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('report CLI', () => {
  it('prints the DNS rows as JSON with exactly the contract fields', () => {
    const r = run(medium, '--kind', 'dns', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout).rows as Record<string, unknown>[];
    expect(rows).toContainEqual({ zone: 'internal', type: 'SRV', name: '_sipinternaltls._tcp.contoso.com', target: 'pool1.contoso.com', port: 5061, protocol: 'TCP' });
    for (const row of rows) expect(Object.keys(row).every((k) => ['zone', 'type', 'name', 'target', 'port', 'protocol'].includes(k))).toBe(true);
  });
  it('prints certificates, ports and servers with their fields', () => {
    const certs = JSON.parse(run(medium, '--kind', 'certificates', '--json').stdout).rows;
    expect(Object.keys(certs[0])).toEqual(['holder', 'certificate', 'subject', 'san']);
    const ports = JSON.parse(run(medium, '--kind=ports', '--json').stdout).rows;
    expect(ports).toContainEqual(expect.objectContaining({ to: 'av.contoso.com', port: 3478, protocol: 'UDP' }));
    expect(ports.some((p: { port: unknown }) => p.port === '50000-59999')).toBe(true);
    const edge = JSON.parse(run(medium, '--kind', 'edge', '--json').stdout).rows;
    expect(edge).toContainEqual({ server: 'edge1.contoso.com', location: 'perimeter', interface: 'external', service: 'Access Edge', fqdn: 'sip.contoso.com', ip: '<external Access Edge IP of edge1.contoso.com>' });
    const servers = JSON.parse(run(medium, '--kind', 'servers', '--json').stdout).rows;
    expect(servers).toContainEqual(expect.objectContaining({ site: 'Data centre', role: 'Front End (Enterprise)', drawn: 3, recommended: 5 }));
  });
  it('prints CSV with a header and one line per row, and a text table by default', () => {
    const csv = run(medium, '--kind', 'dns', '--csv').stdout.split('\r\n');
    expect(csv[0]).toBe('zone,type,name,target,port,protocol,note,topic');
    expect(csv).toContain('internal,SRV,_sipinternaltls._tcp.contoso.com,pool1.contoso.com,5061,TCP,,lync-server-2013-dns-requirements-for-automatic-client-sign-in.md');
    expect(run(medium, '--kind', 'servers').stdout).toMatch(/Data centre\s+Edge\s+2\s+2/);
  });
  it('neutralises a cell that a spreadsheet would run as a formula in --csv, and keeps it as typed in --json', () => {
    const design = JSON.parse(readFileSync(medium, 'utf8'));
    design.sites[0].name = '=HYPERLINK("http://evil.example","open")';
    const file = join(mkdtempSync(join(tmpdir(), 'report-csv-')), 'evil.json');
    writeFileSync(file, JSON.stringify(design));
    const csv = run(file, '--kind', 'servers', '--csv').stdout.split('\r\n');
    expect(csv.filter((l) => l.startsWith('"\'=HYPERLINK(""http://evil.example"",""open"")"'))).not.toHaveLength(0);
    expect(csv.some((l) => l.startsWith('=') || l.startsWith('"='))).toBe(false);
    const rows = JSON.parse(run(file, '--kind', 'servers', '--json').stdout).rows;
    expect(rows[0].site).toBe('=HYPERLINK("http://evil.example","open")');
  });
  it('exits 2 on a missing file, a bad kind or missing arguments', () => {
    expect(run('/no/such/file.json', '--kind', 'dns').code).toBe(2);
    expect(run('/no/such/file.json', '--kind', 'dns').stderr).toMatch(/no such file/);
    expect(run(medium, '--kind', 'phones').stderr).toMatch(/unknown report kind "phones"/);
    expect(run(medium).code).toBe(2);
    expect(run(medium, '--kind', 'dns', '--json', '--csv').code).toBe(2);
  });
});

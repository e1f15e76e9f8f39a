import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { deleteElements, reparent, updateElement } from '../domain/commands';
import type { Design } from '../domain/design';
import { dnsReport } from './dns';

/** dnsReport keeps the rows of elements an edit did not touch (rowsOf in dns.ts): it must still say what a fresh report says. */
describe('DNS report after edits', () => {
  const steps: [string, (d: Design) => Design][] = [
    ['a server address', (d) => updateElement(d, 'fe2', { ip: '10.0.0.12' })],
    ['hardware load balancing', (d) => updateElement(d, 'pool1', { loadBalancing: 'hardware', vip: '10.0.0.100' })],
    ['DNS load balancing again', (d) => updateElement(d, 'pool1', { loadBalancing: 'dns' })],
    ['a server moved to another pool', (d) => reparent(d, 'fe3', 'edgepool')],
    ['a server deleted', (d) => deleteElements(d, ['edge2'])],
    ['a server renamed to its pool name', (d) => updateElement(d, 'fe1', { fqdn: 'pool1.contoso.com' })],
    ['a SQL host renamed', (d) => updateElement(d, 'be2', { host: 'sql2.contoso.com' })],
  ];
  it('gives the rows a fresh copy of the design gets, step after step', () => {
    let design = SAMPLES.medium.load();
    dnsReport(design);
    for (const [what, step] of steps) {
      design = step(design);
      expect(dnsReport(design), what).toEqual(dnsReport(structuredClone(design)));
    }
  });
});

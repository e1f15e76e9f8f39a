import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { addLink, deleteElements, reparent, updateDesignInfo, updateElement } from '../domain/commands';
import { generateDesign } from '../domain/testing/generate-design';
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

  // Edge pools, pairings and the design-wide inputs their rows read (SIP domains, simple URLs, mobility).
  const wide: [string, (d: Design) => Design][] = [
    ['an Edge access FQDN', (d) => updateElement(d, 'c1-edge', { accessEdgeFqdn: 'access.example.com' })],
    ['an Edge server public IP', (d) => updateElement(d, 'c1-edge-s1', { publicIp: '131.107.0.10' })],
    ['federation on', (d) => updateElement(d, 'c2-edge', { federation: true, xmppFederation: true })],
    ['a further SIP domain', (d) => updateDesignInfo(d, { sipDomains: ['fabrikam.com'] })],
    ['an Edge without federation given its own access FQDN', (d) => updateElement(d, 'c3-edge', { accessEdgeFqdn: 'access3.example.com' })],
    ['mobility off', (d) => updateDesignInfo(d, { mobility: false })],
    ['simple URLs edited', (d) => updateDesignInfo(d, { simpleUrls: { meet: ['https://lync.example.com/meet'], dialin: 'https://dial.example.com' } })],
    ['a paired pool web FQDN', (d) => updateElement(d, 'c1-fe', { internalWebFqdn: 'web-int.example.com', externalWebFqdn: 'web.example.com' })],
    ['a pairing removed', (d) => deleteElements(d, ['l50'])],
    ['a pairing drawn again', (d) => addLink(d, 'pairing', 'c3-fe', 'c2-fe')],
    ['an Edge server moved to another Edge pool', (d) => reparent(d, 'c1-edge-s2', 'c2-edge')],
    ['the primary SIP domain changed', (d) => updateDesignInfo(d, { primarySipDomain: 'contoso.com' })],
    ['mobility on again', (d) => updateDesignInfo(d, { mobility: true })],
  ];
  it('follows Edge, pairing and design-wide changes as a fresh report does', () => {
    let design = generateDesign({ seed: 3, elements: 300 });
    dnsReport(design);
    for (const [what, step] of wide) {
      design = step(design);
      expect(dnsReport(design), what).toEqual(dnsReport(structuredClone(design)));
    }
  });
});

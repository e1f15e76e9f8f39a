import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { defaultDomain, nextNumberedHost, nextSiteName, renumberHost, usedHostNames } from './naming';

describe('numbered host names', () => {
  it('starts at 01 in the primary SIP domain when the prefix is unused', () => {
    const d = SAMPLES.small.load();
    expect(nextNumberedHost(usedHostNames(d), 'fe', defaultDomain(d))).toBe('fe01.fabrikam.com');
  });

  it('follows the numbering already in use, by value and width', () => {
    const d = SAMPLES.small.load();
    const used = usedHostNames(d);
    expect(nextNumberedHost(used, 'se', 'fabrikam.com')).toBe('se3.fabrikam.com');
    expect(nextNumberedHost(used, 'edge', 'fabrikam.com')).toBe('edge02.fabrikam.com');
    // The result is reserved, so the next call moves on.
    expect(nextNumberedHost(used, 'edge', 'fabrikam.com')).toBe('edge03.fabrikam.com');
  });

  it('renumbers a copy to the next free number after its own', () => {
    const used = new Set(['fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com', 'fe05.contoso.com']);
    expect(renumberHost('fe03.contoso.com', used)).toBe('fe04.contoso.com');
    expect(renumberHost('fe03.contoso.com', used)).toBe('fe06.contoso.com');
    expect(renumberHost('FE1.Contoso.com', new Set(['fe1.contoso.com']))).toBe('fe2.contoso.com');
  });

  it('gives a name without a number one', () => {
    expect(renumberHost('pool.contoso.com', new Set(['pool.contoso.com']))).toBe('pool2.contoso.com');
  });

  it('names new sites after the ones of their kind', () => {
    const d = SAMPLES.small.load();
    expect(nextSiteName(d, 'Central site', 2)).toBe('Central site 2');
  });
});

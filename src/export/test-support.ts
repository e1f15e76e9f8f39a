/** Test data for the export tests: names an attacker (or a careless paste) might give elements. */
import type { Design } from '../domain/design';
import { emptyDesign } from '../domain/design';

export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  '" onload="alert(1)',
  "' onmouseover='alert(1)' x='",
  'javascript:alert(document.cookie)',
  '<image href="http://evil.example/x.png"/>',
  '<a xlink:href="javascript:alert(1)">click</a>',
  '<foreignObject><iframe src="https://evil.example"></iframe></foreignObject>',
  ']]></lt:topology-design></metadata><script>alert(1)</script>',
  '<![CDATA[ x ]]>',
  '<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>&xxe;',
  '<?xml-stylesheet href="https://evil.example/x.css"?>',
  '--><!-- comment',
  '&amp; &lt; &#0; &#xD800; &bogus;',
  'ctrl \u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f end',
  'nonchars \uFFFE\uFFFF end',
  'lone \uD800 surrogate \uDC00 end',
  'bidi \u202Eevil\u202C and tab\tnewline\ncr\r',
  'style="fill:url(https://evil.example/#x)"',
  '🔥 Ünïcødé 名前',
  'x'.repeat(1000),
];

/** A small design where every element (and the design itself) has a hostile name, from the list above. */
export function hostileDesign(names: readonly string[] = HOSTILE_NAMES): Design {
  const name = (i: number) => names[i % names.length]!;
  const d = emptyDesign(name(0));
  d.primarySipDomain = name(1);
  d.description = name(2);
  d.sites = [
    { id: 'central', name: name(3), kind: 'central', description: name(4) },
    { id: 'branch', name: name(5), kind: 'branch', centralSiteId: 'central' },
  ];
  d.pools = [
    { id: 'fe', siteId: 'central', fqdn: name(6), name: name(7), users: 5000 },
    { id: 'edge', siteId: 'central', fqdn: name(8) },
    { id: 'sba', siteId: 'branch', fqdn: name(9), name: name(10) },
  ];
  d.servers = [
    { id: 'fe1', poolId: 'fe', fqdn: name(11), role: 'front-end', name: name(12) },
    { id: 'fe2', poolId: 'fe', fqdn: name(13), role: 'front-end' },
    { id: 'edge1', poolId: 'edge', fqdn: name(14), role: 'edge' },
    { id: 'sba1', poolId: 'sba', fqdn: name(15), role: 'survivable-branch-appliance' },
  ];
  d.sqlInstances = [{ id: 'sql', siteId: 'central', host: name(16), instance: name(17), edition: 'enterprise', version: name(18) }];
  d.fileStores = [{ id: 'fs', siteId: 'central', host: name(19), share: name(0), name: name(1) }];
  d.gateways = [{ id: 'gw', siteId: 'branch', address: name(2), name: name(3) }];
  d.links = [
    { id: 'l1', kind: 'backend', from: 'fe', to: 'sql', name: name(4) },
    { id: 'l2', kind: 'edge', from: 'fe', to: 'edge' },
    { id: 'l3', kind: 'registrar', from: 'sba', to: 'fe', name: name(5) },
    { id: 'l4', kind: 'trunk', from: 'gw', to: 'sba' },
    { id: 'l5', kind: 'file-store', from: 'fe', to: 'fs' },
  ];
  return d;
}

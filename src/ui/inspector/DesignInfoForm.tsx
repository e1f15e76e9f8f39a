import { updateDesignInfo } from '../../domain/commands';
import type { Design } from '../../domain/design';
import { elementCount } from '../../domain/queries';
import { useDesignStore } from '../../state/design-store';
import { parseFqdn, parseOptionalText } from './field-validation';
import { CheckboxField, ReadOnlyField, TextField } from './fields';
import type { Parsed } from './field-validation';

type InfoPatch = Parameters<typeof updateDesignInfo>[1];

/** One document-level field change: one undo step. */
export function updateDesign(patch: InfoPatch): void {
  useDesignStore.getState().apply((d) => updateDesignInfo(d, patch));
}

/** What the inspector shows when nothing is selected: the design's own fields. */
export function DesignInfoForm({ design }: { design: Design }) {
  return (
    <>
      <TextField label="Name" value={design.name ?? ''} parse={parseOptionalText} onCommit={(v) => updateDesign({ name: v })} />
      <TextField
        label="Primary SIP domain"
        value={design.primarySipDomain ?? ''}
        placeholder="contoso.com"
        parse={(t) => parseFqdn(t, { required: false })}
        onCommit={(v) => updateDesign({ primarySipDomain: v })}
      />
      <TextField
        label="Further SIP domains"
        value={(design.sipDomains ?? []).join(', ')}
        placeholder="fabrikam.com, litware.com"
        parse={parseDomainList}
        onCommit={(v) => updateDesign({ sipDomains: v })}
        hint="Reports repeat the per-domain DNS records and certificate names for each."
        testId="sip-domains"
      />
      <CheckboxField
        label="Mobility (lyncdiscover)"
        checked={design.mobility !== false}
        onChange={(on) => updateDesign({ mobility: on ? undefined : false })}
        hint="Adds lyncdiscover DNS records and certificate names."
      />
      <TextField label="Description" value={design.description ?? ''} multiline parse={parseOptionalText} onCommit={(v) => updateDesign({ description: v })} />
      <ReadOnlyField label="Elements">
        {design.sites.length} sites, {design.pools.length} pools, {design.servers.length} servers ({elementCount(design)} elements in all)
      </ReadOnlyField>
    </>
  );
}

/** A comma- or space-separated list of domain names; empty clears it. */
function parseDomainList(text: string): Parsed<string[] | undefined> {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const one = parseFqdn(p, { required: true });
    if (!one.ok) return { ok: false, message: `${p}: ${one.message}` };
    if (!out.includes(one.value!.toLowerCase())) out.push(one.value!.toLowerCase());
  }
  return { ok: true, value: out.length ? out : undefined };
}

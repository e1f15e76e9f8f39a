import { updateDesignInfo } from '../../domain/commands';
import type { Design } from '../../domain/design';
import { elementCount } from '../../domain/queries';
import { useDesignStore } from '../../state/design-store';
import { parseFqdn, parseOptionalText } from './field-validation';
import { ReadOnlyField, TextField } from './fields';

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
      <TextField label="Description" value={design.description ?? ''} multiline parse={parseOptionalText} onCommit={(v) => updateDesign({ description: v })} />
      <ReadOnlyField label="Elements">
        {design.sites.length} sites, {design.pools.length} pools, {design.servers.length} servers ({elementCount(design)} elements in all)
      </ReadOnlyField>
    </>
  );
}

import type { Design } from '../../domain/design';
import type { Site } from '../../domain/elements/site';
import { DescriptionField, NameField, updateElementFields } from './CommonFields';
import { parseOptionalCount } from './field-validation';
import { SelectField, TextField } from './fields';

export function SiteForm({ design, site }: { design: Design; site: Site }) {
  const centrals = design.sites.filter((s) => s.kind === 'central' && s.id !== site.id);
  const setKind = (kind: string) => {
    if (kind === site.kind) return;
    // A branch needs its central site; a central site has none. Changing the kind keeps that true in one step.
    updateElementFields(site.id, kind === 'central' ? { kind, centralSiteId: undefined } : { kind, centralSiteId: centrals[0]?.id });
  };
  return (
    <>
      <NameField element={site} required />
      <SelectField
        label="Kind"
        value={site.kind}
        options={[
          { value: 'central', label: 'Central site' },
          { value: 'branch', label: 'Branch site' },
        ]}
        onChange={setKind}
      />
      {site.kind === 'branch' && (
        <SelectField
          label="Central site"
          value={site.centralSiteId ?? ''}
          options={[
            { value: '', label: centrals.length ? '(none)' : '(no central site in the design)' },
            ...centrals.map((c) => ({ value: c.id, label: c.name })),
            // A reference to something that is not (or no longer) a central site stays visible instead of vanishing.
            ...(site.centralSiteId && !centrals.some((c) => c.id === site.centralSiteId)
              ? [{ value: site.centralSiteId, label: `${site.centralSiteId} (not a central site)`, disabled: true }]
              : []),
          ]}
          onChange={(v) => updateElementFields(site.id, { centralSiteId: v === '' ? undefined : v })}
          hint="The central site this branch depends on."
        />
      )}
      {site.kind === 'central' && (
        <TextField
          label="Concurrent remote users"
          value={site.remoteUsers === undefined ? '' : String(site.remoteUsers)}
          placeholder="(unknown)"
          parse={parseOptionalCount}
          onCommit={(v) => updateElementFields(site.id, { remoteUsers: v })}
          hint="Remote users signed in at the same time at peak; sizes the Edge and Director pools (one server per 12,000)."
        />
      )}
      <DescriptionField element={site} />
    </>
  );
}

import { useMemo } from 'react';
import { updateDesignInfo } from '../../domain/commands';
import type { Design } from '../../domain/design';
import { displayName, elementCount, poolRole } from '../../domain/queries';
import { defaultSignInPool, defaultSimpleUrls, reportInputs } from '../../reports/inputs';
import { useDesignStore } from '../../state/design-store';
import { parseFqdn, parseOptionalText, parseSimpleUrl } from './field-validation';
import { CheckboxField, ReadOnlyField, SelectField, TextField } from './fields';
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
      <SimpleUrlFields design={design} />
      <SignInPoolField design={design} />
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

/**
 * Simple URLs: the documented defaults (https://meet.<each SIP domain>, https://dialin.<primary>,
 * https://admin.<primary>) are the placeholders, so an empty field visibly means "the default".
 */
function SimpleUrlFields({ design }: { design: Design }) {
  // From the design's own (shared, memoised) inputs: a copy of the design would be indexed afresh, which
  // at 20,000 elements is tens of milliseconds in the task that opens it.
  const defaults = useMemo(() => {
    const inputs = reportInputs(design);
    return { domains: inputs.domains, ...defaultSimpleUrls(inputs.domains, inputs.primary) };
  }, [design]);
  const urls = design.simpleUrls ?? {};
  // Each part is set alone; an empty simpleUrls object is dropped so the file stays as it was.
  const setUrl = (patch: Partial<NonNullable<Design['simpleUrls']>>) => {
    const next: Record<string, unknown> = { ...urls, ...patch };
    for (const k of Object.keys(patch)) if (next[k] === undefined) delete next[k];
    updateDesign({ simpleUrls: Object.keys(next).length ? (next as Design['simpleUrls']) : undefined });
  };
  // One meet URL per SIP domain, stored in the order of the domains. Setting one fills the others with their
  // defaults (what they meant while empty); all defaults again clears the list. Entries beyond the domains stay.
  const domains = defaults.domains;
  const meet = urls.meet ?? [];
  const setMeet = (i: number, v: string | undefined) => {
    const next = domains.map((d, j) => (j === i ? v : meet[j]) ?? `https://meet.${d}`);
    const all = [...next, ...meet.slice(domains.length)];
    setUrl({ meet: all.every((u, j) => u === defaults.meetUrls[j]) && all.length === domains.length ? undefined : all });
  };
  return (
    <fieldset className="field-group">
      <legend>Simple URLs</legend>
      {domains.map((d, i) => (
        <TextField
          key={d}
          label={`Meet URL (${d})`}
          // A URL that is its domain's default shows as the placeholder: empty means the default.
          value={meet[i] === `https://meet.${d}` ? '' : (meet[i] ?? '')}
          placeholder={`https://meet.${d}`}
          parse={(t) => parseSimpleUrl(t)}
          onCommit={(v) => setMeet(i, v)}
          hint={i === 0 ? 'One per SIP domain; the placeholder is the default.' : undefined}
        />
      ))}
      {meet.length > 0 && meet.length < domains.length && <p className="field-hint">Some SIP domains have no meet URL yet: fill one in for each.</p>}
      <TextField
        label="Dial-in URL"
        value={urls.dialin ?? ''}
        placeholder={defaults.dialinUrl ?? 'https://dialin.contoso.com'}
        parse={(t) => parseSimpleUrl(t)}
        onCommit={(v) => setUrl({ dialin: v })}
      />
      <TextField
        label="Administrative URL"
        value={urls.admin ?? ''}
        placeholder={defaults.adminUrl ?? 'https://admin.contoso.com'}
        parse={(t) => parseSimpleUrl(t)}
        onCommit={(v) => setUrl({ admin: v })}
        hint="Internal only: the Lync Server Control Panel."
      />
    </fieldset>
  );
}

/** The pool `_sipinternaltls` points to: a Front End, Standard Edition or Director pool; empty means the documented default. */
function SignInPoolField({ design }: { design: Design }) {
  const candidates = design.pools.filter((p) => ['front-end', 'standard-edition', 'director'].includes(poolRole(design, p.id)));
  const fallback = defaultSignInPool(reportInputs(design).poolsByRole);
  const chosen = design.signInPoolId;
  return (
    <SelectField
      label="Sign-in pool"
      value={chosen ?? ''}
      options={[
        { value: '', label: fallback ? `Default: ${displayName(fallback)}` : '(no Front End or Director pool yet)' },
        ...candidates.map((p) => ({ value: p.id, label: displayName(p) })),
        // A choice that is no longer a registrar or Director stays visible instead of silently vanishing.
        ...(chosen && !candidates.some((p) => p.id === chosen) ? [{ value: chosen, label: `${chosen} (not a Front End or Director pool)`, disabled: true }] : []),
      ]}
      onChange={(v) => updateDesign({ signInPoolId: v === '' ? undefined : v })}
      hint="Target of the _sipinternaltls SRV record: the Director pool if there is one, else a Front End pool."
    />
  );
}

import type { Collection, Design } from '../../domain/design';
import type { FileStore } from '../../domain/elements/file-store';
import type { Gateway } from '../../domain/elements/gateway';
import type { ReverseProxy } from '../../domain/elements/reverse-proxy';
import type { Link } from '../../domain/elements/link';
import type { Pool } from '../../domain/elements/pool';
import type { Server } from '../../domain/elements/server';
import type { Site } from '../../domain/elements/site';
import type { SqlInstance } from '../../domain/elements/sql-instance';
import { displayName, findElement, type Located } from '../../domain/queries';
import { useDesignStore } from '../../state/design-store';
import { useElementFindings } from '../../state/findings';
import { useSessionStore } from '../../state/session-store';
import { FindingRow } from '../problems/FindingRow';
import { DesignInfoForm } from './DesignInfoForm';
import { LinkForm } from './LinkForm';
import { MultiSelection } from './MultiSelection';
import { PoolForm } from './PoolForm';
import { ServerForm } from './ServerForm';
import { SiteForm } from './SiteForm';
import { FileStoreForm, GatewayForm, ReverseProxyForm, SqlInstanceForm } from './StoreForms';
import './inspector.css';

const KIND_LABELS: Record<Collection, string> = {
  sites: 'Site',
  pools: 'Pool',
  servers: 'Server',
  sqlInstances: 'SQL Server instance',
  fileStores: 'File store',
  gateways: 'Gateway',
  reverseProxies: 'Reverse proxy',
  links: 'Link',
};

/** The properties of the selection: one element's fields, a multi-selection summary, or the design's own fields. */
export function Inspector() {
  const design = useDesignStore((s) => s.design);
  const selection = useSessionStore((s) => s.selection);
  const readOnly = useSessionStore((s) => s.readOnly);
  // A selection can outlive its elements (undo, a fix that deletes): show only what still exists.
  const selected = selection.map((id) => findElement(design, id)).filter((x): x is Located => x !== undefined);
  const single = selected.length === 1 ? selected[0] : undefined;

  let title = 'Design';
  let subtitle = '';
  if (single) {
    title = single.collection === 'sites' ? `${(single.element as Site).kind === 'branch' ? 'Branch' : 'Central'} site` : KIND_LABELS[single.collection];
    subtitle = displayName(single.element);
  } else if (selected.length > 1) {
    title = `${selected.length} elements selected`;
  }

  return (
    <section className="inspector" aria-label="Properties">
      <header className="panel-header">
        <h2>{title}</h2>
        {subtitle && (
          <span className="inspector-subtitle" title={single?.element.id}>
            {subtitle}
          </span>
        )}
      </header>
      {/* Focusable so long properties scroll from the keyboard even when every field is read-only. */}
      <div className="inspector-body" tabIndex={0} role="region" aria-label="Selection details">
        {selected.length > 1 ? (
          <MultiSelection design={design} selected={selected} />
        ) : (
          // Keyed by element: switching elements drops any draft or inline error of the previous one.
          <form className="inspector-form" key={single?.element.id ?? '(design)'} onSubmit={(e) => e.preventDefault()} data-inspecting={single?.element.id ?? ''}>
            <fieldset disabled={readOnly} className="inspector-fields">
              {single ? <ElementForm design={design} located={single} /> : <DesignInfoForm design={design} />}
            </fieldset>
          </form>
        )}
        {single && <ElementFindings id={single.element.id} />}
      </div>
    </section>
  );
}

function ElementForm({ design, located }: { design: Design; located: Located }) {
  const e = located.element;
  switch (located.collection) {
    case 'sites':
      return <SiteForm design={design} site={e as Site} />;
    case 'pools':
      return <PoolForm design={design} pool={e as Pool} />;
    case 'servers':
      return <ServerForm design={design} server={e as Server} />;
    case 'sqlInstances':
      return <SqlInstanceForm sql={e as SqlInstance} />;
    case 'fileStores':
      return <FileStoreForm store={e as FileStore} />;
    case 'gateways':
      return <GatewayForm gateway={e as Gateway} />;
    case 'reverseProxies':
      return <ReverseProxyForm proxy={e as ReverseProxy} />;
    case 'links':
      return <LinkForm design={design} link={e as Link} />;
  }
}

function ElementFindings({ id }: { id: string }) {
  const findings = useElementFindings(id);
  return (
    <section className="element-findings" aria-label="Findings of this element">
      <h3>
        Findings <span className="ui-count">{findings.length}</span>
      </h3>
      {findings.length === 0 ? (
        <p className="empty-state">No problems with this element.</p>
      ) : (
        <ul className="finding-list">
          {findings.map((f, i) => (
            <FindingRow key={`${i}:${f.rule}`} finding={f} revealable={false} />
          ))}
        </ul>
      )}
    </section>
  );
}

import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { PoolNode as PoolNodeType } from '../node-data';
import { countRender } from '../render-stats';
import { FindingBadge, LinkHandles, sameLook, useLowZoom } from './node-parts';
import { useIsHoveredEnd } from '../edges/link-hover';
import { iconForRole } from '../../layout/role-icons';
import { groupDigits } from '../../domain/labels';
import { RoleIcon } from './RoleIcon';
import { ContainerResizer } from './ContainerResizer';

/** A pool: role glyph and FQDN in the header, then edition, homed users and CMS; servers sit inside. */
function PoolNodeView({ id, data, selected }: NodeProps<PoolNodeType>) {
  countRender('pool');
  const low = useLowZoom();
  const linkEnd = useIsHoveredEnd(id);
  const facts = [
    data.edition,
    data.users !== undefined ? `${groupDigits(data.users)} users` : undefined,
    data.cms ? 'CMS' : undefined,
  ].filter(Boolean);
  return (
    <div className={`cnode pool${low ? ' low-zoom' : ''}${linkEnd ? ' link-end-hover' : ''}`} data-kind="pool" data-role={data.role}>
      <div className="pool-header">
        <span className="role-glyph" title={data.roleLabel}>
          <RoleIcon kind={iconForRole(data.role)} />
        </span>
        <span className="node-title" title={data.title}>
          {data.title}
        </span>
        <FindingBadge {...data} />
      </div>
      {!low && (
        <div className="node-sub pool-facts" title={data.roleLabel}>
          {data.edition ? facts.join(' · ') : [data.roleLabel, ...facts].join(' · ')}
        </div>
      )}
      <LinkHandles visible />
      <ContainerResizer id={id} selected={selected} minW={data.minW} minH={data.minH} />
    </div>
  );
}

export const PoolNode = memo(PoolNodeView, sameLook);

import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ServerNode as ServerNodeType } from '../node-data';
import { countRender } from '../render-stats';
import { FindingBadge, sameLook, useLowZoom } from './node-parts';
import { iconForRole } from '../../layout/role-icons';
import { RoleIcon } from './RoleIcon';

/**
 * A server: its role glyph and FQDN. Zoomed far out, just a block in its role's colour. Servers have no link
 * handles: links join pools, and servers are most of the nodes, so handles here would cost the most.
 */
function ServerNodeView({ data }: NodeProps<ServerNodeType>) {
  countRender('server');
  const low = useLowZoom();
  return (
    <div className={`cnode server${low ? ' low-zoom' : ''}`} data-kind="server" data-role={data.role} title={data.roleLabel}>
      <span className="role-glyph">
        <RoleIcon kind={iconForRole(data.role)} size={low ? 16 : 18} />
      </span>
      {!low && (
        <span className="node-title" title={data.title}>
          {data.title}
        </span>
      )}
      <FindingBadge {...data} />
    </div>
  );
}

export const ServerNode = memo(ServerNodeView, sameLook);

import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FileStoreNode, GatewayNode, ReverseProxyNode, SqlNode } from '../node-data';
import { countRender } from '../render-stats';
import { FindingBadge, LinkHandles, sameLook, useLowZoom } from './node-parts';
import { useIsHoveredEnd } from '../edges/link-hover';
import { RoleIcon } from './RoleIcon';

/** SQL Server instances, file stores, gateways and reverse proxies: a glyph, the host or address, and what it is. */
function LeafNodeView({ id, data, type }: NodeProps<SqlNode | FileStoreNode | GatewayNode | ReverseProxyNode>) {
  countRender(type);
  const low = useLowZoom();
  const linkEnd = useIsHoveredEnd(id);
  return (
    <div className={`cnode leaf leaf-${type}${low ? ' low-zoom' : ''}${linkEnd ? ' link-end-hover' : ''}`} data-kind={type}>
      <span className="role-glyph">
        <RoleIcon kind={type} size={22} />
      </span>
      <div className="leaf-text">
        <span className="node-title" title={data.title}>
          {data.title}
        </span>
        {!low && <span className="node-sub">{data.subtitle}</span>}
      </div>
      <FindingBadge {...data} />
      <LinkHandles visible />
    </div>
  );
}

export const LeafNode = memo(LeafNodeView, sameLook);

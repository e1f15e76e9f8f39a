import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FileStoreNode, GatewayNode, SqlNode } from '../node-data';
import { countRender } from '../render-stats';
import { FindingBadge, LinkHandles, sameLook, useLowZoom } from './node-parts';

/** SQL Server instances, file stores and gateways: a glyph, the host or address, and what it is. */
function LeafNodeView({ data, type }: NodeProps<SqlNode | FileStoreNode | GatewayNode>) {
  countRender(type);
  const low = useLowZoom();
  return (
    <div className={`cnode leaf leaf-${type}${low ? ' low-zoom' : ''}`} data-kind={type}>
      <span className="role-glyph">{data.glyph}</span>
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

import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { SiteNode as SiteNodeType } from '../node-data';
import { countRender } from '../render-stats';
import { FindingBadge, LinkHandles, sameLook, useLowZoom } from './node-parts';
import { RoleIcon } from './RoleIcon';
import { ContainerResizer } from './ContainerResizer';

/** A site: a container with a header naming it and saying what kind it is; branches look lighter. */
function SiteNodeView({ id, data, selected }: NodeProps<SiteNodeType>) {
  countRender('site');
  const low = useLowZoom();
  return (
    <div className={`cnode site site-${data.siteKind}${low ? ' low-zoom' : ''}`} data-kind="site">
      <div className="site-header">
        <span className="site-glyph" aria-hidden="true">
          <RoleIcon kind={data.siteKind === 'central' ? 'central-site' : 'branch-site'} size={20} />
        </span>
        <span className="node-title" title={data.title}>
          {data.title}
        </span>
        {!low && <span className="node-sub">{data.subtitle}</span>}
        <FindingBadge {...data} />
      </div>
      <LinkHandles visible={false} />
      <ContainerResizer id={id} selected={selected} minW={data.minW} minH={data.minH} />
    </div>
  );
}

export const SiteNode = memo(SiteNodeView, sameLook);

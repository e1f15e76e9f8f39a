/**
 * The node and edge component maps, defined once at module level: React Flow treats a new map object as
 * new component types and remounts everything, so these must never be created during render.
 */
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { LinkEdge } from './edges/LinkEdge';
import { LeafNode } from './nodes/LeafNode';
import { PoolNode } from './nodes/PoolNode';
import { ServerNode } from './nodes/ServerNode';
import { SiteNode } from './nodes/SiteNode';

export const NODE_TYPES: NodeTypes = {
  site: SiteNode,
  pool: PoolNode,
  server: ServerNode,
  sqlInstance: LeafNode,
  fileStore: LeafNode,
  gateway: LeafNode,
  reverseProxy: LeafNode,
};

export const EDGE_TYPES: EdgeTypes = { link: LinkEdge };

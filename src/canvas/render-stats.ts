/**
 * Render counters for the node and edge components, read by the benchmark and tests through the window
 * hook: "how many node components did one edit re-render" is a number we keep small on purpose.
 */
export type RenderKind = 'site' | 'pool' | 'server' | 'sqlInstance' | 'fileStore' | 'gateway' | 'reverseProxy' | 'link';

export const renderStats: Record<RenderKind, number> = {
  site: 0,
  pool: 0,
  server: 0,
  sqlInstance: 0,
  fileStore: 0,
  gateway: 0,
  reverseProxy: 0,
  link: 0,
};

export function countRender(kind: RenderKind): void {
  renderStats[kind]++;
}

export function resetRenderStats(): void {
  for (const k of Object.keys(renderStats) as RenderKind[]) renderStats[k] = 0;
}

/** Node renders only (edges excluded). */
export function nodeRenders(): number {
  return renderStats.site + renderStats.pool + renderStats.server + renderStats.sqlInstance + renderStats.fileStore + renderStats.gateway + renderStats.reverseProxy;
}

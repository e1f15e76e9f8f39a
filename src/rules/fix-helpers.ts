/** Names for fixes that give an element a fresh DNS name: one no element of the design uses yet. */
import type { RuleContext } from './context';
import { defaultDomain, nextNumberedHost, normalizeHost, usedHostNames } from '../domain/naming';

const usedCache = new WeakMap<RuleContext, Set<string>>();

/**
 * A free host name `<prefix><n>.<domain of like>` (the design's default domain when `like` has none).
 * Names handed out by one validation are remembered, so two fixes offered side by side never collide.
 */
export function freshHostName(ctx: RuleContext, prefix: string, like?: string): string {
  let used = usedCache.get(ctx);
  if (!used) usedCache.set(ctx, (used = usedHostNames(ctx.design)));
  const name = like ? normalizeHost(like) : '';
  const dot = name.indexOf('.');
  const domain = dot > 0 ? name.slice(dot + 1) : defaultDomain(ctx.design);
  return nextNumberedHost(used, prefix.toLowerCase().replace(/[^a-z0-9-]+/g, '') || 'host', domain);
}

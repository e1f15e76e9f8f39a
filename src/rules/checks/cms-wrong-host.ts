// CMS_WRONG_HOST: the Central Management store lives on a Front End pool's back end or on a Standard
// Edition server's SQL Express (topics: deployment-overview; configure-sql-server-for-lync-server).
import type { DesignCommand } from '../../domain/design-command';
import { ROLE_LABELS } from '../../domain/labels';
import { isValidCmsHost, withArticle } from '../sql-helpers';
import type { Finding, Fix, Rule } from '../types';

export const cmsWrongHost: Rule = {
  id: 'CMS_WRONG_HOST',
  severity: 'error',
  wave: 1,
  title: 'The CMS host is neither an Enterprise pool with a back end nor a Standard Edition server',
  check(ctx) {
    const out: Finding[] = [];
    const marked = ctx.design.pools.filter((p) => p.centralManagementStore);
    const validMarked = marked.some((p) => isValidCmsHost(ctx, p));
    const target = validMarked ? undefined : ctx.design.pools.find((p) => isValidCmsHost(ctx, p));
    for (const pool of marked) {
      const role = ctx.role(pool.id);
      // An empty or mixed pool is judged by POOL_EMPTY / POOL_MIXED_ROLES.
      if (role === 'empty' || role === 'mixed' || isValidCmsHost(ctx, pool)) continue;
      const unmark: DesignCommand = { op: 'update', id: pool.id, patch: { centralManagementStore: false } };
      let fix: Fix | undefined;
      if (validMarked) fix = { label: `Unmark ${ctx.name(pool.id)} as CMS host`, command: unmark };
      else if (target) {
        fix = {
          label: `Move the CMS to ${ctx.name(target.id)}`,
          command: {
            op: 'batch',
            commands: [unmark, { op: 'update', id: target.id, patch: { centralManagementStore: true } }],
          },
        };
      }
      const what =
        role === 'front-end' ? 'an Enterprise pool without a back-end store' : `${withArticle(ROLE_LABELS[role].label)} pool`;
      out.push({
        rule: 'CMS_WRONG_HOST',
        severity: 'error',
        elements: [pool.id],
        message: `Pool ${ctx.name(pool.id)} is marked as Central Management store host but is ${what}; the CMS lives on an Enterprise Front End pool's back-end SQL Server or on a Standard Edition server's SQL Express.`,
        ...(fix && { fixes: [fix] }),
      });
    }
    return out;
  },
};

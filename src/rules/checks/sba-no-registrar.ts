// SBA_NO_REGISTRAR: a survivable branch appliance or server needs a backup registrar, a Front End pool or
// Standard Edition server in its branch's central site (topic: define-a-survivable-branch-appliance-or-server).
import type { RuleContext } from '../context';
import type { Finding, Rule } from '../types';
import { REGISTRAR_ROLES, centralSiteOf, isUnjudged, linkFix, nameList, soleTargetInSite } from '../service-helpers';

const SURVIVABLE = ['survivable-branch-appliance', 'survivable-branch-server'] as const;

/** A Front End pool or SE server in the central site (when known); a pool of unknown role is not judged. */
function isRightRegistrar(ctx: RuleContext, id: string, central: string | undefined): boolean {
  const target = ctx.pool(id);
  if (!target) return false;
  if (isUnjudged(ctx, id)) return true;
  return REGISTRAR_ROLES.has(ctx.role(id)) && (central === undefined || target.siteId === central);
}

export const sbaNoRegistrar: Rule = {
  id: 'SBA_NO_REGISTRAR',
  severity: 'error',
  wave: 1,
  title: "A survivable branch appliance/server has no registrar in its branch's central site",
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of [...ctx.poolsWithRole(SURVIVABLE[0]), ...ctx.poolsWithRole(SURVIVABLE[1])]) {
      // A branch without a central site is BRANCH_SITE_NO_PARENT's to report; the role is still judged.
      const central = centralSiteOf(ctx, pool.siteId);
      const links = ctx.out(pool.id, 'registrar');
      if (links.length === 0) {
        const target = central === undefined ? undefined : soleTargetInSite(ctx, central, REGISTRAR_ROLES);
        out.push({
          rule: 'SBA_NO_REGISTRAR',
          severity: 'error',
          elements: [pool.id],
          message: `Survivable branch pool ${ctx.name(pool.id)} has no backup registrar; its users need a Front End pool or Standard Edition server in the central site to register with.`,
          ...(target && { fixes: [linkFix(ctx, 'registrar', pool.id, target, 'backup registrar')] }),
        });
        continue;
      }
      const wrong: string[] = [];
      for (const { to } of links) {
        if (!wrong.includes(to) && !isRightRegistrar(ctx, to, central)) wrong.push(to);
      }
      if (wrong.length === 0) continue;
      out.push({
        rule: 'SBA_NO_REGISTRAR',
        severity: 'error',
        elements: [pool.id, ...wrong],
        message: `Survivable branch pool ${ctx.name(pool.id)} registers to ${nameList(ctx, wrong)}, but its backup registrar must be a Front End pool or Standard Edition server in ${central === undefined ? "the branch's central site" : `central site ${ctx.name(central)}`}.`,
      });
    }
    return out;
  },
};

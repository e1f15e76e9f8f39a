// PCHAT_ON_ENTERPRISE_FRONT_END: Persistent Chat may be collocated on a Standard Edition server but not on an
// Enterprise Front End server (topic: components-and-topologies-for-persistent-chat-server).
import type { Finding, Rule } from '../types';

export const pchatOnEnterpriseFrontEnd: Rule = {
  id: 'PCHAT_ON_ENTERPRISE_FRONT_END',
  severity: 'error',
  wave: 1,
  title: 'A Persistent Chat server shares its computer with an Enterprise Front End server',
  check(ctx) {
    const out: Finding[] = [];
    for (const servers of ctx.sharedFqdnGroups()) {
      const chat = servers.filter((s) => s.role === 'persistent-chat');
      const frontEnds = servers.filter((s) => s.role === 'front-end');
      if (chat.length === 0 || frontEnds.length === 0) continue;
      out.push({
        rule: 'PCHAT_ON_ENTERPRISE_FRONT_END',
        severity: 'error',
        elements: [...chat, ...frontEnds].map((s) => s.id),
        message: `Persistent Chat server ${ctx.name(chat[0]!.id)} runs on the same computer as Enterprise Front End server ${ctx.name(frontEnds[0]!.id)}; Persistent Chat may share a computer only with a Standard Edition server.`,
      });
    }
    return out;
  },
};

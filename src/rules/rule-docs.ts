/**
 * The Microsoft documentation topic(s) behind each rule, from the catalog's last column ("same" resolved to the
 * row above; product rules and Topology Builder help have none). Data in the rules core so the problems list,
 * reports and the CLI can all link to them; the catalog test keeps it in step with catalog/rules.md.
 */
export const RULE_TOPICS: Readonly<Record<string, readonly string[]>> = {
  TOPOLOGY_NO_CENTRAL_SITE: ['supported-topologies', 'sites'],
  CENTRAL_SITE_NO_REGISTRAR: ['supported-topologies', 'sites'],
  BRANCH_SITE_NO_PARENT: ['sites'],
  BRANCH_SITE_DISALLOWED_ELEMENT: ['supported-topologies'],
  POOL_EMPTY: [],
  POOL_MIXED_ROLES: ['server-roles'],
  LINK_ENDPOINTS_INVALID: [],
  SE_POOLED: ['deployment-overview', 'server-roles'],
  SE_NO_BACKEND_HA: ['deployment-overview', 'supported-pool-pairing-options-and-best-practices'],
  EE_POOL_MAX_FRONT_ENDS: ['capacity-planning-using-the-user-models'],
  EE_POOL_TWO_FRONT_ENDS: ['topologies-and-components-for-front-end-servers-instant-messaging-and-presence'],
  EE_POOL_SINGLE_FRONT_END: ['topologies-and-components-for-front-end-servers-instant-messaging-and-presence'],
  MULTI_SERVER_POOL_NO_LOAD_BALANCING: ['load-balancing-requirements'],
  DNS_LB_WEB_FQDN_NOT_OVERRIDDEN: ['dns-load-balancing'],
  POOL_FQDN_IS_SERVER_FQDN: ['dns-requirements-for-front-end-pool', 'dns-load-balancing'],
  CMS_MISSING: ['central-management-store-failover'],
  CMS_MULTIPLE: ['central-management-store-failover'],
  CMS_WRONG_HOST: ['deployment-overview', 'configure-sql-server-for-lync-server'],
  EE_BACKEND_MISSING: ['server-roles'],
  SQL_EDITION_UNSUPPORTED: ['database-software-support'],
  SE_BACKEND_NOT_LOCAL: ['server-collocation-in-a-standard-edition-server-deployment'],
  SE_EXPRESS_FOREIGN_DATABASE: ['server-collocation-in-a-standard-edition-server-deployment'],
  SQL_INSTANCE_DUPLICATE_DATABASE: ['server-collocation-in-an-enterprise-edition-front-end-pool-deployment'],
  SQL_HOST_MULTIPLE_BACKENDS: ['server-collocation-in-an-enterprise-edition-front-end-pool-deployment'],
  SQL_HOST_RUNS_LYNC_ROLE: ['server-roles'],
  DATABASE_COLLOCATION_DISCOURAGED: ['server-roles'],
  BACKEND_OTHER_SITE: ['supported-topologies'],
  MIRROR_INVALID: ['deploying-sql-mirroring-for-back-end-server-high-availability'],
  MIRROR_VERSION_MISMATCH: ['deploying-sql-mirroring-for-back-end-server-high-availability'],
  BACKEND_NO_HA: ['back-end-server-high-availability'],
  MIRROR_NO_WITNESS: ['back-end-server-high-availability'],
  WITNESS_SHARED: ['back-end-server-high-availability'],
  SQL_CLUSTER_LIMITS: ['database-software-support'],
  PAIRING_EDITION_MISMATCH: ['supported-pool-pairing-options-and-best-practices'],
  PAIRING_NOT_ONE_TO_ONE: ['backup-registrar-relationships'],
  PAIRING_SAME_SITE: ['planning-for-front-end-pool-pairing'],
  PAIRING_CAPACITY: ['planning-for-front-end-pool-pairing'],
  PAIRING_MIXED_BACKEND_HA: ['back-end-server-high-availability'],
  FILE_STORE_MISSING: [],
  FILE_STORE_ON_FRONT_END: ['file-storage-support'],
  FILE_STORE_ACROSS_SITES: ['server-collocation-in-an-enterprise-edition-front-end-pool-deployment'],
  FILE_STORE_ON_DEDICATED_ROLE: ['supported-topologies', 'server-collocation-in-an-enterprise-edition-front-end-pool-deployment'],
  DEDICATED_ROLE_COLLOCATED: ['server-collocation-in-an-enterprise-edition-front-end-pool-deployment'],
  PCHAT_ON_ENTERPRISE_FRONT_END: ['components-and-topologies-for-persistent-chat-server'],
  MONITORING_STORE_MISSING: ['components-and-topologies-for-monitoring'],
  ARCHIVING_STORE_MISSING: ['components-and-topologies-for-archiving'],
  PCHAT_POOL_INCOMPLETE: ['add-persistent-chat-server-to-the-topology'],
  PCHAT_SERVER_COUNT: ['components-and-topologies-for-persistent-chat-server'],
  PCHAT_COMPLIANCE_STORE_MISSING: ['add-persistent-chat-server-to-the-topology'],
  PCHAT_CAPACITY: ['capacity-planning-for-persistent-chat-server'],
  EDGE_NO_NEXT_HOP: ['define-your-edge-topology'],
  EDGE_ASSOCIATION_MULTIPLE: ['define-your-edge-topology'],
  EDGE_POOL_SIZE: ['choosing-a-topology'],
  EDGE_FEDERATION_MULTIPLE: ['edge-server-disaster-recovery'],
  DIRECTOR_POOL_SIZE: ['hardware-and-software-requirements-for-the-director'],
  VOICE_WITHOUT_MEDIATION: ['mediation-server-component'],
  MEDIATION_NO_NEXT_HOP: ['define-a-mediation-server-in-topology-builder'],
  GATEWAY_NO_TRUNK: ['define-a-gateway-in-topology-builder'],
  VOICE_NO_GATEWAY: ['mediation-server-component', 'components-and-topologies-for-conferencing'],
  CAC_MULTIPLE_POOLS_IN_SITE: ['define-and-configure-a-front-end-pool-or-standard-edition-server'],
  DIAL_IN_INCONSISTENT: ['components-and-topologies-for-conferencing'],
  SBA_NO_REGISTRAR: ['define-a-survivable-branch-appliance-or-server'],
  BRANCH_TOO_MANY_SBA: ['branch-site-resiliency-solutions'],
  SBA_IN_CENTRAL_SITE: ['supported-topologies'],
  BRANCH_SIZING: ['branch-site-resiliency-solutions'],
  BRANCH_USERS_EXCEED_REGISTRAR: ['capacity-planning-using-the-user-models'],
  EE_POOL_USER_CAPACITY: ['capacity-planning-using-the-user-models'],
  SE_USER_CAPACITY: ['deployment-overview', 'capacity-planning-using-the-user-models'],
  SE_UNPAIRED: ['supported-pool-pairing-options-and-best-practices'],
  OWA_MISSING: ['reference-topology-for-small-organizations'],
  TRUSTED_APP_NO_NEXT_HOP: ['configure-a-new-trusted-application-server'],
  FQDN_INVALID: ['define-your-edge-topology'],
  FQDN_DUPLICATE: ['dns-load-balancing'],
  WEB_FQDN_DUPLICATE: ['dns-load-balancing', 'certificate-requirements-for-internal-servers'],
  SERVER_IN_TWO_POOLS: ['server-roles', 'supported-topologies'],
};

const DOCS_BASE = 'https://learn.microsoft.com/en-us/lyncserver/lync-server-2013-';

/** Microsoft's online page for a Lync Server 2013 topic (the docs name files `lync-server-2013-<topic>.md`). */
export function topicUrl(topic: string): string {
  return `${DOCS_BASE}${topic}`;
}

/** The documentation links of a rule, first topic first; empty for rules without an online topic. */
export function ruleDocs(ruleId: string): { topic: string; url: string }[] {
  return (RULE_TOPICS[ruleId] ?? []).map((topic) => ({ topic, url: topicUrl(topic) }));
}

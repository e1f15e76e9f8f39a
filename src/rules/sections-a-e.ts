import type { Rule } from './types';
import { topologyNoCentralSite } from './checks/topology-no-central-site';
import { centralSiteNoRegistrar } from './checks/central-site-no-registrar';
import { branchSiteNoParent } from './checks/branch-site-no-parent';
import { branchSiteDisallowedElement } from './checks/branch-site-disallowed-element';
import { poolEmpty } from './checks/pool-empty';
import { poolMixedRoles } from './checks/pool-mixed-roles';
import { linkEndpointsInvalid } from './checks/link-endpoints-invalid';
import { sePooled } from './checks/se-pooled';
import { seNoBackendHa } from './checks/se-no-backend-ha';
import { eePoolMaxFrontEnds } from './checks/ee-pool-max-front-ends';
import { eePoolTwoFrontEnds } from './checks/ee-pool-two-front-ends';
import { eePoolSingleFrontEnd } from './checks/ee-pool-single-front-end';
import { multiServerPoolNoLoadBalancing } from './checks/multi-server-pool-no-load-balancing';
import { poolFqdnIsServerFqdn } from './checks/pool-fqdn-is-server-fqdn';
import { dnsLbWebFqdnNotOverridden } from './checks/dns-lb-web-fqdn-not-overridden';
import { cmsMissing } from './checks/cms-missing';
import { cmsMultiple } from './checks/cms-multiple';
import { cmsWrongHost } from './checks/cms-wrong-host';
import { eeBackendMissing } from './checks/ee-backend-missing';
import { sqlEditionUnsupported } from './checks/sql-edition-unsupported';
import { seBackendNotLocal } from './checks/se-backend-not-local';
import { seExpressForeignDatabase } from './checks/se-express-foreign-database';
import { sqlInstanceDuplicateDatabase } from './checks/sql-instance-duplicate-database';
import { sqlHostMultipleBackends } from './checks/sql-host-multiple-backends';
import { sqlHostRunsLyncRole } from './checks/sql-host-runs-lync-role';
import { backendOtherSite } from './checks/backend-other-site';
import { databaseCollocationDiscouraged } from './checks/database-collocation-discouraged';
import { mirrorInvalid } from './checks/mirror-invalid';
import { mirrorVersionMismatch } from './checks/mirror-version-mismatch';
import { backendNoHa } from './checks/backend-no-ha';
import { mirrorNoWitness } from './checks/mirror-no-witness';
import { witnessShared } from './checks/witness-shared';
import { sqlClusterLimits } from './checks/sql-cluster-limits';
import { pairingEditionMismatch } from './checks/pairing-edition-mismatch';
import { pairingNotOneToOne } from './checks/pairing-not-one-to-one';
import { pairingSameSite } from './checks/pairing-same-site';
import { pairingCapacity } from './checks/pairing-capacity';
import { pairingMixedBackendHa } from './checks/pairing-mixed-backend-ha';

/** Catalog sections A-E: sites and structure, edition and pooling, CMS, back-end SQL, mirroring and pairing. */
export const STRUCTURE_RULES: readonly Rule[] = [
  topologyNoCentralSite,
  centralSiteNoRegistrar,
  branchSiteNoParent,
  branchSiteDisallowedElement,
  poolEmpty,
  poolMixedRoles,
  linkEndpointsInvalid,
  sePooled,
  seNoBackendHa,
  eePoolMaxFrontEnds,
  eePoolTwoFrontEnds,
  eePoolSingleFrontEnd,
  multiServerPoolNoLoadBalancing,
  dnsLbWebFqdnNotOverridden,
  poolFqdnIsServerFqdn,
  cmsMissing,
  cmsMultiple,
  cmsWrongHost,
  eeBackendMissing,
  sqlEditionUnsupported,
  seBackendNotLocal,
  seExpressForeignDatabase,
  sqlInstanceDuplicateDatabase,
  sqlHostMultipleBackends,
  sqlHostRunsLyncRole,
  databaseCollocationDiscouraged,
  backendOtherSite,
  mirrorInvalid,
  mirrorVersionMismatch,
  backendNoHa,
  mirrorNoWitness,
  witnessShared,
  sqlClusterLimits,
  pairingEditionMismatch,
  pairingNotOneToOne,
  pairingSameSite,
  pairingCapacity,
  pairingMixedBackendHa,
];

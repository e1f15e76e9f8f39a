import type { Rule } from './types';
import { fileStoreMissing } from './checks/file-store-missing';
import { fileStoreOnFrontEnd } from './checks/file-store-on-front-end';
import { fileStoreOnDedicatedRole } from './checks/file-store-on-dedicated-role';
import { fileStoreAcrossSites } from './checks/file-store-across-sites';
import { dedicatedRoleCollocated } from './checks/dedicated-role-collocated';
import { pchatOnEnterpriseFrontEnd } from './checks/pchat-on-enterprise-front-end';
import { monitoringStoreMissing } from './checks/monitoring-store-missing';
import { archivingStoreMissing } from './checks/archiving-store-missing';
import { pchatPoolIncomplete } from './checks/pchat-pool-incomplete';
import { pchatComplianceStoreMissing } from './checks/pchat-compliance-store-missing';
import { pchatServerCount } from './checks/pchat-server-count';
import { pchatCapacity } from './checks/pchat-capacity';
import { edgeNoNextHop } from './checks/edge-no-next-hop';
import { edgeAssociationMultiple } from './checks/edge-association-multiple';
import { edgePoolSize } from './checks/edge-pool-size';
import { edgeFederationMultiple } from './checks/edge-federation-multiple';
import { directorPoolSize } from './checks/director-pool-size';
import { voiceWithoutMediation } from './checks/voice-without-mediation';
import { mediationNoNextHop } from './checks/mediation-no-next-hop';
import { voiceNoGateway } from './checks/voice-no-gateway';
import { gatewayNoTrunk } from './checks/gateway-no-trunk';
import { cacMultiplePoolsInSite } from './checks/cac-multiple-pools-in-site';
import { dialInInconsistent } from './checks/dial-in-inconsistent';
import { sbaNoRegistrar } from './checks/sba-no-registrar';
import { sbaInCentralSite } from './checks/sba-in-central-site';
import { branchTooManySba } from './checks/branch-too-many-sba';
import { branchSizing } from './checks/branch-sizing';
import { branchUsersExceedRegistrar } from './checks/branch-users-exceed-registrar';
import { eePoolUserCapacity } from './checks/ee-pool-user-capacity';
import { seUserCapacity } from './checks/se-user-capacity';
import { seUnpaired } from './checks/se-unpaired';
import { owaMissing } from './checks/owa-missing';
import { trustedAppNoNextHop } from './checks/trusted-app-no-next-hop';
import { fqdnInvalid } from './checks/fqdn-invalid';
import { serverInTwoPools } from './checks/server-in-two-pools';
import { lyncdiscoverWrongZone } from './checks/lyncdiscover-wrong-zone';
import { srvTargetOutsideDomain } from './checks/srv-target-outside-domain';
import { meetUrlMissing } from './checks/meet-url-missing';
import { webFqdnDuplicate } from './checks/web-fqdn-duplicate';
import { fqdnDuplicate } from './checks/fqdn-duplicate';

/** Catalog sections F-O: file store, collocation, Monitoring/Archiving/Persistent Chat, Edge, voice, branches, capacity, names. */
export const SERVICE_RULES: readonly Rule[] = [
  fileStoreMissing,
  fileStoreOnFrontEnd,
  fileStoreAcrossSites,
  fileStoreOnDedicatedRole,
  dedicatedRoleCollocated,
  pchatOnEnterpriseFrontEnd,
  monitoringStoreMissing,
  archivingStoreMissing,
  pchatPoolIncomplete,
  pchatServerCount,
  pchatComplianceStoreMissing,
  pchatCapacity,
  edgeNoNextHop,
  edgeAssociationMultiple,
  edgePoolSize,
  edgeFederationMultiple,
  directorPoolSize,
  voiceWithoutMediation,
  mediationNoNextHop,
  gatewayNoTrunk,
  voiceNoGateway,
  cacMultiplePoolsInSite,
  dialInInconsistent,
  sbaNoRegistrar,
  branchTooManySba,
  sbaInCentralSite,
  branchSizing,
  branchUsersExceedRegistrar,
  eePoolUserCapacity,
  seUserCapacity,
  seUnpaired,
  owaMissing,
  trustedAppNoNextHop,
  fqdnInvalid,
  fqdnDuplicate,
  webFqdnDuplicate,
  serverInTwoPools,
  lyncdiscoverWrongZone,
  srvTargetOutsideDomain,
  meetUrlMissing,
];

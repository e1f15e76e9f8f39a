/**
 * The field codes of the compact share format, version 1 (docs/limits-and-sharing.md). Every field of the
 * schema has a code here (a test holds the table to the zod schema), so a new field cannot be dropped from
 * share links by accident. Changing a code changes the format: add a new link version instead.
 */
import type { Collection } from '../domain/design';
import { LINK_KINDS } from '../domain/elements/link';
import { LOAD_BALANCING, POOL_FEATURES } from '../domain/elements/pool';
import { SERVER_ROLES } from '../domain/elements/server';
import { SITE_KINDS } from '../domain/elements/site';
import { SQL_EDITIONS } from '../domain/elements/sql-instance';

export interface FieldSpec {
  /** The short key in the compact object. */
  code: string;
  /** Written as the index into this list (0, 1, ...) instead of the string. */
  enum?: readonly string[];
  /** Written as the index of the element it names: in its collection, or across all collections ('any'). */
  ref?: 'sites' | 'pools' | 'any';
  /** A required field whose most common value is left out and put back on decode (lossless). */
  implied?: string;
  /** Left out when it is `<element id>.<primarySipDomain>` (how most designs name hosts) and rebuilt on decode. */
  hostOfId?: true;
  /** An optional field whose value here means the same as its absence (missing booleans are false, missing users 0): dropped. */
  omit?: unknown;
  /** Booleans: written as 1 when true, left out when false. */
  flag?: true;
  /** Pool features: written as a bit mask in POOL_FEATURES order, unknown feature keys kept under FEATURE_EXTRA_CODE. */
  features?: true;
}

/** Codes every element may carry besides its fields: its placement, and unknown fields kept verbatim. */
export const PLACEMENT_CODE = 'p';
export const EXTRA_CODE = 'x';
export const FEATURE_EXTRA_CODE = 'T';

const label = { name: { code: 'n' }, description: { code: 'd' } } as const;

export const ELEMENT_FIELDS: Record<Collection, Record<string, FieldSpec>> = {
  sites: {
    id: { code: 'i' },
    name: { code: 'n' },
    kind: { code: 'k', enum: SITE_KINDS, implied: 'central' },
    centralSiteId: { code: 'c', ref: 'sites' },
    description: { code: 'd' },
    remoteUsers: { code: 'r' },
  },
  pools: {
    id: { code: 'i' },
    siteId: { code: 's', ref: 'sites' },
    fqdn: { code: 'f', hostOfId: true },
    ...label,
    users: { code: 'u', omit: 0 },
    loadBalancing: { code: 'b', enum: LOAD_BALANCING, omit: 'none' },
    internalWebFqdn: { code: 'w' },
    externalWebFqdn: { code: 'e' },
    features: { code: 't', features: true },
    collocatedMediation: { code: 'm', flag: true },
    centralManagementStore: { code: 'c', flag: true },
    federation: { code: 'g', flag: true },
    xmppFederation: { code: 'j', flag: true },
    vip: { code: 'v' },
    webVip: { code: 'W' },
    accessEdgeFqdn: { code: 'A' },
    webConferencingEdgeFqdn: { code: 'C' },
    avEdgeFqdn: { code: 'V' },
  },
  servers: {
    id: { code: 'i' },
    poolId: { code: 's', ref: 'pools' },
    fqdn: { code: 'f', hostOfId: true },
    role: { code: 'r', enum: SERVER_ROLES },
    ...label,
    ip: { code: 'a' },
    externalIp: { code: 'E' },
    publicIp: { code: 'P' },
  },
  sqlInstances: {
    id: { code: 'i' },
    siteId: { code: 's', ref: 'sites' },
    host: { code: 'h', hostOfId: true },
    instance: { code: 'I', implied: '' },
    edition: { code: 'e', enum: SQL_EDITIONS },
    version: { code: 'v' },
    clusterNodes: { code: 'c', omit: 0 },
    ...label,
  },
  fileStores: {
    id: { code: 'i' },
    siteId: { code: 's', ref: 'sites' },
    host: { code: 'h', hostOfId: true },
    share: { code: 'S' },
    ...label,
  },
  gateways: {
    id: { code: 'i' },
    siteId: { code: 's', ref: 'sites' },
    address: { code: 'a', hostOfId: true },
    ...label,
  },
  reverseProxies: {
    id: { code: 'i' },
    siteId: { code: 's', ref: 'sites' },
    fqdn: { code: 'f', hostOfId: true },
    publicIp: { code: 'a' },
    ...label,
  },
  links: {
    id: { code: 'i' },
    kind: { code: 'k', enum: LINK_KINDS },
    from: { code: 'f', ref: 'any' },
    to: { code: 't', ref: 'any' },
    ...label,
  },
};

/** Top-level fields other than the collections, format, version and layout (format and version are the link's). */
export const DOCUMENT_FIELDS: Record<string, FieldSpec> = {
  name: { code: 'n' },
  primarySipDomain: { code: 's' },
  description: { code: 'd' },
  sipDomains: { code: 'D' },
  simpleUrls: { code: 'u' },
  signInPoolId: { code: 'g' },
  mobility: { code: 'm' },
};

/** Collection codes at the top level of the compact document. */
export const COLLECTION_CODES: Record<Collection, string> = {
  sites: 'S',
  pools: 'P',
  servers: 'V',
  sqlInstances: 'Q',
  fileStores: 'F',
  gateways: 'G',
  reverseProxies: 'R',
  links: 'L',
};

/** Bit i of the features mask is POOL_FEATURES[i]. */
export const FEATURE_BITS: readonly string[] = POOL_FEATURES;

/** Layout is quantised to this many canvas pixels (positions and sizes are stored divided by it). */
export const LAYOUT_STEP = 10;

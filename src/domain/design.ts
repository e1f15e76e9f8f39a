import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { idSchema, textSchema } from './elements/common';
import { siteSchema } from './elements/site';
import { poolSchema } from './elements/pool';
import { serverSchema } from './elements/server';
import { sqlInstanceSchema } from './elements/sql-instance';
import { fileStoreSchema } from './elements/file-store';
import { gatewaySchema } from './elements/gateway';
import { reverseProxySchema } from './elements/reverse-proxy';
import { linkSchema } from './elements/link';
import { layoutSchema } from './elements/layout';

export const FORMAT_NAME = 'lync-topology';
/** The newest file format version this program reads and writes. */
export const FORMAT_VERSION = 1;

/**
 * The topology document, format version 1 (../docs/file-format.md). This is the contract that
 * files, autosave, share links and the CLI all carry. Unknown fields are kept (loose objects).
 */
export const designSchema = lazySchema(() => z.looseObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  name: textSchema().optional(),
  primarySipDomain: textSchema().optional(),
  description: textSchema().optional(),
  /** SIP domains besides the primary one (reports repeat the per-domain DNS records and SANs for each). */
  sipDomains: z.array(textSchema()).max(200).optional(),
  /** Simple URLs; missing parts default to https://meet.<each domain>, https://dialin.<primary>, https://admin.<primary>. */
  simpleUrls: z
    .looseObject({ meet: z.array(textSchema()).max(200).optional(), dialin: textSchema().optional(), admin: textSchema().optional() })
    .optional(),
  /** The pool named by _sipinternaltls SRV records; missing: the first Director pool, else the first Front End/SE pool. */
  signInPoolId: idSchema().optional(),
  /** Mobility (lyncdiscover records and SANs); missing means on, as Lync 2013 installs it. */
  mobility: z.boolean().optional(),
  sites: z.array(siteSchema()).default([]),
  pools: z.array(poolSchema()).default([]),
  servers: z.array(serverSchema()).default([]),
  sqlInstances: z.array(sqlInstanceSchema()).default([]),
  fileStores: z.array(fileStoreSchema()).default([]),
  gateways: z.array(gatewaySchema()).default([]),
  /** Optional: files without reverse proxies leave the key out (see serialize.ts). */
  reverseProxies: z.array(reverseProxySchema()).default([]),
  links: z.array(linkSchema()).default([]),
  layout: layoutSchema().optional(),
}));
export type Design = z.infer<ReturnType<typeof designSchema>>;

/** The element collections of a design, in the order they are serialised and validated. */
export const COLLECTIONS = ['sites', 'pools', 'servers', 'sqlInstances', 'fileStores', 'gateways', 'reverseProxies', 'links'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export type ElementOf<C extends Collection> = Design[C][number];
export type AnyElement = ElementOf<Collection>;

export function emptyDesign(name = 'Untitled design'): Design {
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    name,
    sites: [],
    pools: [],
    servers: [],
    sqlInstances: [],
    fileStores: [],
    gateways: [],
    reverseProxies: [],
    links: [],
  };
}

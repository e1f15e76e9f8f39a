import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { FORMAT_NAME, FORMAT_VERSION } from '../design';
import { idSchema, textSchema } from './common';
import { fileStoreSchema } from './file-store';
import { gatewaySchema } from './gateway';
import { layoutSchema } from './placement';
import { linkSchema } from './link';
import { poolSchema } from './pool';
import { reverseProxySchema } from './reverse-proxy';
import { serverSchema } from './server';
import { siteSchema } from './site';
import { sqlInstanceSchema } from './sql-instance';

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

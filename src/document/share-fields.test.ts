import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../domain/design';
import { designSchema } from '../domain/schema/design';
import { fileStoreSchema } from '../domain/schema/file-store';
import { gatewaySchema } from '../domain/schema/gateway';
import { reverseProxySchema } from '../domain/schema/reverse-proxy';
import { linkSchema } from '../domain/schema/link';
import { POOL_FEATURES } from '../domain/elements/pool';
import { poolSchema } from '../domain/schema/pool';
import { serverSchema } from '../domain/schema/server';
import { siteSchema } from '../domain/schema/site';
import { sqlInstanceSchema } from '../domain/schema/sql-instance';
import {
  COLLECTION_CODES, DOCUMENT_FIELDS, ELEMENT_FIELDS, EXTRA_CODE, FEATURE_BITS, FEATURE_EXTRA_CODE, PLACEMENT_CODE,
} from './share-fields';

const SCHEMAS = {
  sites: siteSchema,
  pools: poolSchema,
  servers: serverSchema,
  sqlInstances: sqlInstanceSchema,
  fileStores: fileStoreSchema,
  gateways: gatewaySchema,
  reverseProxies: reverseProxySchema,
  links: linkSchema,
} as const;

describe('share link field codes', () => {
  it.each(COLLECTIONS)('cover every field of the %s schema, and nothing else', (c) => {
    expect(Object.keys(ELEMENT_FIELDS[c]).sort()).toEqual(Object.keys(SCHEMAS[c]().shape).sort());
  });

  it('cover every top-level field except format and version (the link carries those) and layout (merged into elements)', () => {
    const topLevel = Object.keys(designSchema().shape).filter(
      (k) => !['format', 'version', 'layout', ...COLLECTIONS].includes(k),
    );
    expect(Object.keys(DOCUMENT_FIELDS).sort()).toEqual(topLevel.sort());
  });

  it.each(COLLECTIONS)('are unique within %s and leave the reserved codes free', (c) => {
    const codes = Object.values(ELEMENT_FIELDS[c]).map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    const reserved = c === 'pools' ? [PLACEMENT_CODE, EXTRA_CODE, FEATURE_EXTRA_CODE] : [PLACEMENT_CODE, EXTRA_CODE];
    for (const r of reserved) expect(codes).not.toContain(r);
  });

  it('give the top level unique codes for fields, collections and extras', () => {
    const codes = [...Object.values(DOCUMENT_FIELDS).map((s) => s.code), ...Object.values(COLLECTION_CODES), EXTRA_CODE];
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('have a bit for every pool feature, within a safe integer mask', () => {
    expect(FEATURE_BITS).toEqual(POOL_FEATURES);
    expect(FEATURE_BITS.length).toBeLessThanOrEqual(30);
  });
});

import type { z } from 'zod';
import type { designSchema } from './schema/design';

export const FORMAT_NAME = 'lync-topology';
/** The newest file format version this program reads and writes. */
export const FORMAT_VERSION = 1;

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

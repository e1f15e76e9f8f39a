import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema, ipSchema, labelFields, textSchema } from './common';

/**
 * A reverse proxy in a site's perimeter network: it publishes the external web services of the pools it is
 * linked to (a `reverse-proxy` link), the simple URLs and mobility. Not a Lync server; the reports read it.
 */
export const reverseProxySchema = lazySchema(() => z.looseObject({
  id: idSchema(),
  siteId: idSchema(),
  fqdn: textSchema(),
  /** The public (Internet-facing) address external DNS points the published names at. */
  publicIp: ipSchema().optional(),
  ...labelFields(),
}));

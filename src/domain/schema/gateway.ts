import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema, labelFields, textSchema } from './common';

/** A PSTN gateway, IP-PBX or SIP trunk peer, addressed by FQDN or IP address. */
export const gatewaySchema = lazySchema(() => z.looseObject({
  id: idSchema(),
  siteId: idSchema(),
  address: textSchema(),
  ...labelFields(),
}));

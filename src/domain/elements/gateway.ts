import { z } from 'zod';
import { idSchema, labelFields, textSchema } from './common';

/** A PSTN gateway, IP-PBX or SIP trunk peer, addressed by FQDN or IP address. */
export const gatewaySchema = z.looseObject({
  id: idSchema,
  siteId: idSchema,
  address: textSchema,
  ...labelFields,
});
export type Gateway = z.infer<typeof gatewaySchema>;

import { describe, expect, it } from 'vitest';
import committed from '../../docs/topology.schema.json?raw';
import { topologyJsonSchemaText } from './json-schema';

describe('docs/topology.schema.json', () => {
  it('is the schema generated from the zod schema (run `npm run schema` after changing the format)', () => {
    expect(committed).toBe(topologyJsonSchemaText());
  });

  it('requires the format and version and lists every collection', () => {
    const schema = JSON.parse(committed) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version']));
    for (const key of ['sites', 'pools', 'servers', 'sqlInstances', 'fileStores', 'gateways', 'links', 'layout']) {
      expect(schema.properties).toHaveProperty(key);
    }
  });
});

import { z } from 'zod';
import { FORMAT_VERSION } from '../domain/design';
import { designSchema } from '../domain/schema/design';

/**
 * The JSON Schema of the file format, generated from the zod schema so the two never disagree.
 * Written to docs/topology.schema.json by `npm run schema`; a test fails when the committed copy is stale.
 * It describes shape only: unique ids and references are checked by the loader, Lync's rules by the rule module.
 */
export function topologyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(designSchema(), { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: `https://lync-topology-designer.invalid/schema/v${FORMAT_VERSION}.json`,
    title: `Lync Server 2013 topology document, format version ${FORMAT_VERSION}`,
    ...schema,
  };
}

export function topologyJsonSchemaText(): string {
  return `${JSON.stringify(topologyJsonSchema(), null, 2)}\n`;
}

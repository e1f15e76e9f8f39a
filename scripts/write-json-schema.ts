// Regenerates docs/topology.schema.json from the zod schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { topologyJsonSchemaText } from '../src/document/json-schema';

writeFileSync(new URL('../docs/topology.schema.json', import.meta.url), topologyJsonSchemaText());
console.log('wrote docs/topology.schema.json');

// Every Topology Builder file in ../shared/fixtures/topology-builder, the ones added later too: the laid-out
// design the importer returns has no element over a sibling or outside its container.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlaps } from '../layout/free-space';
import { importTopologyXml } from './index';

const FIXTURES = join(import.meta.dirname, '../../../shared/fixtures/topology-builder');
const files = readdirSync(FIXTURES).filter((f) => /\.(tbxml|xml)$/i.test(f));

describe('imported topologies are laid out without overlaps', () => {
  it('finds the fixture files', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s', (name) => {
    const result = importTopologyXml(new Uint8Array(readFileSync(join(FIXTURES, name))), name);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.sites.length).toBeGreaterThan(0);
    expect(overlaps(result.design)).toEqual([]);
  });
});

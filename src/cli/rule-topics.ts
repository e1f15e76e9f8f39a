/**
 * The rule catalog's source topics (the last column of src/rules/catalog/rules.md) as documentation links,
 * for SARIF's tool.driver.rules[].helpUri. Topics name files `lync-server-2013-<topic>.md` in Microsoft's
 * Lync Server 2013 documentation, published under learn.microsoft.com/lyncserver/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Beside the source (tsx, tests) or, from the bundle in dist-cli/, in the checkout's src/.
const CATALOGS = ['../rules/catalog/rules.md', '../src/rules/catalog/rules.md'].map((p) => join(import.meta.dirname, p));

function readCatalog(): string {
  const found = CATALOGS.find((p) => existsSync(p));
  return found ? readFileSync(found, 'utf8') : '';
}
const DOCS = 'https://learn.microsoft.com/en-us/lyncserver/lync-server-2013-';

/** Rule id to the documentation topics the catalog gives for it ("(product rule)" rows have none). */
export function ruleTopics(text = readCatalog()): Map<string, string[]> {
  const topics = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const id = /^\| `([A-Z0-9_]+)` \|/.exec(line)?.[1];
    if (!id) continue;
    const cells = line.split('|').map((c) => c.trim());
    const last = cells[cells.length - 2] ?? '';
    const list = last
      .replace(/\[seed\]/g, '')
      .split(';')
      .map((t) => t.trim())
      .filter((t) => /^[a-z0-9-]+$/.test(t));
    topics.set(id, list);
  }
  return topics;
}

export function topicUri(topic: string): string {
  return `${DOCS}${topic}`;
}

/**
 * Share link sizes: the reference medium design (as the app shares it, every element placed) and seeded
 * 200-element designs, as plain JSON, as zlib-compressed plain JSON in base64url, and as the compact link.
 * Targets (the whole URL, with a typical address in front): medium <= 2,000, 200 elements <= 3,000.
 *
 *   npm run bench:share
 */
import { readFileSync } from 'node:fs';
import { zlibSync } from 'fflate';
import type { Design } from '../src/domain/design';
import { elementCount } from '../src/domain/queries';
import { generateDesign } from '../src/domain/testing/generate-design';
import { encodeBase64url } from '../src/document/base64url';
import { loadDesign } from '../src/document/parse';
import { serializeDesign } from '../src/document/serialize';
import { decodePayloadText, encodeShareLink } from '../src/document/share-codec';
import { bakeLayout } from '../src/layout/tidy';

const ORIGIN = 'https://designer.example.org/lync/#design=';
const SEEDS = 100;

function sizes(design: Design) {
  const min = JSON.stringify(design);
  const payload = encodeShareLink(design);
  return {
    elements: elementCount(design),
    file: serializeDesign(design).length,
    json: min.length,
    jsonLink: ORIGIN.length + 2 + encodeBase64url(zlibSync(new TextEncoder().encode(min), { level: 9 })).length,
    compactJson: decodePayloadText(payload).length,
    link: ORIGIN.length + payload.length,
  };
}

const medium = loadDesign(readFileSync(new URL('../src/document/samples/reference-medium.json', import.meta.url), 'utf8'));
if (!medium.ok) throw medium.error;

const rows: [string, ReturnType<typeof sizes>][] = [['reference medium', sizes(bakeLayout(medium.value))]];
for (const seed of [1, 2, 3]) rows.push([`200 elements, seed ${seed}`, sizes(generateDesign({ seed, elements: 200, withLayout: true }))]);
rows.push([`2,000 elements, seed 1`, sizes(generateDesign({ seed: 1, elements: 2000, withLayout: true }))]);

console.log('design                  elements  file JSON  min JSON  zlib(JSON) link  compact JSON  compact link  gain');
for (const [name, s] of rows) {
  const gain = `${Math.round((1 - s.link / s.jsonLink) * 100)}%`;
  console.log(
    `${name.padEnd(24)}${String(s.elements).padStart(8)}${String(s.file).padStart(11)}${String(s.json).padStart(10)}` +
      `${String(s.jsonLink).padStart(17)}${String(s.compactJson).padStart(14)}${String(s.link).padStart(14)}${gain.padStart(6)}`,
  );
}

let worst = 0;
let worstPlain = 0;
for (let seed = 1; seed <= SEEDS; seed++) {
  const s = sizes(generateDesign({ seed, elements: 200, withLayout: true }));
  worst = Math.max(worst, s.link);
  worstPlain = Math.max(worstPlain, s.jsonLink);
}
console.log(`\n200 elements over ${SEEDS} seeds: longest compact link ${worst} characters (target 3,000); plain JSON would be ${worstPlain}.`);
console.log(`Reference medium: ${rows[0]![1].link} characters (target 2,000).`);

/**
 * fast-check arbitraries for property tests: valid designs built from the seeded generator (fc picks the seed
 * and size), then given random names, FQDNs, descriptions, flags, off-grid positions and unknown fields, so
 * the tests see what users and hand-written files produce, not only the generator's tidy output.
 * Every design it yields passes the load pipeline's schema (checked by its test).
 */
import fc from 'fast-check';
import type { Design } from '../design';
import { COLLECTIONS } from '../design';
import { LOAD_BALANCING, POOL_FEATURES } from '../elements/pool';
import { PROTOTYPE_NAMES, UNSAFE_KEYS } from '../limits';
import { generateDesign } from './generate-design';

export interface ArbitraryDesignOptions {
  /** Upper bound on the generator's element count (default 120). */
  maxElements?: number;
}

/** Text a user might type: any Unicode, including quotes, angle brackets and lone surrogates. */
const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
/** Keys for unknown fields: never a known field (those are listed per element) nor a prototype key. */
const extraKey = fc.string({ minLength: 1, maxLength: 12 }).map((k) => `x-${k}`);
/** Unknown field values, JSON-shaped and shallow enough for the nesting limit; -0 is made 0 as JSON text would. */
// Values as a loaded design holds them: plain JSON without the keys the loader drops.
const extraValue = fc
  .jsonValue({ maxDepth: 3 })
  .map((v) => JSON.parse(JSON.stringify(v), (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value)) as unknown);
const extras = fc.dictionary(extraKey, extraValue, { maxKeys: 2 });
const coordinate = fc.oneof(
  fc.integer({ min: -5000, max: 5000 }),
  fc.double({ min: -5000, max: 5000, noNaN: true, noDefaultInfinity: true }).map((v) => v || 0),
);

/** Per-element random touches, applied cyclically to the generated elements. */
const touch = fc.record({
  name: fc.option(text(40), { nil: undefined }),
  description: fc.option(text(80), { nil: undefined }),
  host: fc.option(text(60), { nil: undefined }),
  extra: fc.option(extras, { nil: undefined }),
  flag: fc.boolean(),
  number: fc.integer({ min: 0, max: 200_000 }),
  at: fc.option(fc.record({ x: coordinate, y: coordinate, w: fc.option(fc.nat(3000), { nil: undefined }) }), { nil: undefined }),
});

export function arbitraryDesign(options: ArbitraryDesignOptions = {}): fc.Arbitrary<Design> {
  return fc
    .record({
      seed: fc.integer(),
      elements: fc.integer({ min: 1, max: options.maxElements ?? 120 }),
      withLayout: fc.boolean(),
      name: fc.option(text(60), { nil: undefined }),
      domain: fc.option(fc.constantFrom('example.com', 'contoso.com', 'b\u00fccher.de', ''), { nil: undefined }),
      topExtra: fc.option(extras, { nil: undefined }),
      touches: fc.array(touch, { minLength: 1, maxLength: 30 }),
      // Ids a plain object answers to without owning them: an attack run found lookups that mistook them.
      prototypeIds: fc.subarray([...PROTOTYPE_NAMES]),
      renameOffset: fc.nat(40),
    })
    .map(({ seed, elements, withLayout, name, domain, topExtra, touches, prototypeIds, renameOffset }) => {
      const d = withIdsRenamed(generateDesign({ seed, elements, withLayout }), prototypeIds, renameOffset);
      if (name === undefined) delete d.name;
      else d.name = name;
      if (domain === undefined) delete d.primarySipDomain;
      else d.primarySipDomain = domain;
      Object.assign(d, topExtra);
      let i = 0;
      for (const c of COLLECTIONS) {
        for (const e of d[c] as Record<string, unknown>[]) {
          const t = touches[i++ % touches.length]!;
          applyTouch(c, e, t, d);
        }
      }
      return d as Design;
    });
}

type Touch = typeof touch extends fc.Arbitrary<infer T> ? T : never;

function applyTouch(c: (typeof COLLECTIONS)[number], e: Record<string, unknown>, t: Touch, d: Design): void {
  if (t.name !== undefined) e.name = c === 'sites' ? t.name || 'Site' : t.name;
  if (t.description !== undefined) e.description = t.description;
  if (t.extra) Object.assign(e, t.extra);
  if (t.host !== undefined) {
    if (c === 'pools' || c === 'servers') e.fqdn = t.host;
    if (c === 'sqlInstances' || c === 'fileStores') e.host = t.host;
    if (c === 'gateways') e.address = t.host;
  }
  if (c === 'pools') {
    e.federation = t.flag;
    e.users = t.number % 3 === 0 ? 0 : t.number;
    e.loadBalancing = LOAD_BALANCING[t.number % LOAD_BALANCING.length];
    e.features = Object.fromEntries(POOL_FEATURES.map((f, bit) => [f, ((t.number >> bit) & 1) === 1]));
  }
  if (c === 'sqlInstances') e.clusterNodes = t.number % 4;
  if (t.at && c !== 'links') {
    d.layout = { ...d.layout, [e.id as string]: t.at.w === undefined ? { x: t.at.x, y: t.at.y } : t.at };
  }
}

/**
 * The generated design with some element ids (and every reference to them, layout keys included) renamed to
 * the given names. Generated ids are distinct quoted strings that never occur inside another string.
 */
function withIdsRenamed(design: Design, names: readonly string[], offset: number): Design & Record<string, unknown> {
  const ids = COLLECTIONS.flatMap((c) => design[c].map((e) => e.id));
  let text = JSON.stringify(design);
  names.forEach((n, i) => {
    const id = ids[(offset + i * 7) % ids.length];
    if (id !== undefined && !PROTOTYPE_NAMES.includes(id)) text = text.split(JSON.stringify(id)).join(JSON.stringify(n));
  });
  // JSON.parse keeps "__proto__" as an own key, as the loader does inside layout.
  return JSON.parse(text) as Design & Record<string, unknown>;
}

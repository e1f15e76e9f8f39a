/**
 * Pure domain commands: (design, args) => design. Each returns a new design sharing every untouched
 * collection and element with the old one (structural sharing keeps undo snapshots cheap), or the
 * same design object when nothing changes, so callers can skip history entries by identity.
 */
import type { AnyElement, Collection, Design, ElementOf } from './design';
import { COLLECTIONS } from './design';
import { placementOf, setOwn, type Layout, type Placement } from './elements/layout';
import type { Link, LinkKind } from './elements/link';
import { findElement, indexDesign } from './queries';

/** A fresh id: `prefix`, `prefix-2`, `prefix-3`... the first one no element uses. */
export function newId(design: Design, prefix: string): string {
  const { byId } = indexDesign(design);
  const base = prefix.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'el';
  if (!byId.has(base)) return base;
  for (let n = 2; ; n++) if (!byId.has(`${base}-${n}`)) return `${base}-${n}`;
}

function withLayout(design: Design, changes: Record<string, Placement | undefined>): Design {
  const layout: Layout = { ...(design.layout ?? {}) };
  for (const [id, p] of Object.entries(changes)) {
    if (p) setOwn(layout, id, p);
    else delete layout[id];
  }
  return { ...design, layout };
}

export function addElement<C extends Collection>(
  design: Design,
  collection: C,
  element: ElementOf<C>,
  placement?: Placement,
): Design {
  if (findElement(design, element.id)) throw new Error(`id "${element.id}" is already used`);
  const next = { ...design, [collection]: [...design[collection], element] } as Design;
  return placement ? withLayout(next, { [element.id]: placement }) : next;
}

/** Several elements at once (paste, templates): one new design, one undo step. */
export function addElements(
  design: Design,
  items: readonly { collection: Collection; element: AnyElement; placement?: Placement }[],
): Design {
  let next = design;
  for (const item of items) next = addElement(next, item.collection, item.element as never, item.placement);
  return next;
}

function replaceIn<C extends Collection>(design: Design, collection: C, id: string, element: ElementOf<C>): Design {
  const list = design[collection] as readonly ElementOf<C>[];
  return { ...design, [collection]: list.map((e) => (e.id === id ? element : e)) } as Design;
}

/**
 * Change fields of one element. A field set to undefined is removed. The id cannot change here.
 * Returns the same design when no field changes value.
 */
export function updateElement(design: Design, id: string, patch: Record<string, unknown>): Design {
  const found = findElement(design, id);
  if (!found) return design;
  const current = found.element as Record<string, unknown>;
  let changed = false;
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id') continue;
    if (Object.is(current[key], value) && (value !== undefined || !(key in current))) continue;
    changed = true;
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return changed ? replaceIn(design, found.collection, id, next as never) : design;
}

/** Document-level fields: name, primary SIP domain, description. */
export function updateDesignInfo(
  design: Design,
  patch: Partial<Pick<Design, 'name' | 'primarySipDomain' | 'description' | 'sipDomains' | 'simpleUrls' | 'signInPoolId' | 'mobility'>>,
): Design {
  const next = { ...design, ...patch };
  return (Object.keys(patch) as (keyof typeof patch)[]).every((k) => design[k] === next[k]) ? design : next;
}

function samePlacement(a: Placement | undefined, b: Placement | undefined): boolean {
  return a?.x === b?.x && a?.y === b?.y && a?.w === b?.w && a?.h === b?.h;
}

/** Set the geometry of several elements (one drag of a selection is one call). */
export function setPlacements(design: Design, placements: Record<string, Placement>): Design {
  const changes: Record<string, Placement> = {};
  for (const [id, p] of Object.entries(placements)) {
    if (findElement(design, id) && !samePlacement(placementOf(design.layout, id), p)) setOwn(changes, id, p);
  }
  return Object.keys(changes).length ? withLayout(design, changes) : design;
}

/** Which collection an element of a collection may be put into, and under which key. */
const PARENT_OF: Partial<Record<Collection, { collection: Collection; key: 'poolId' | 'siteId' }>> = {
  servers: { collection: 'pools', key: 'poolId' },
  pools: { collection: 'sites', key: 'siteId' },
  sqlInstances: { collection: 'sites', key: 'siteId' },
  fileStores: { collection: 'sites', key: 'siteId' },
  gateways: { collection: 'sites', key: 'siteId' },
  reverseProxies: { collection: 'sites', key: 'siteId' },
};

/**
 * Move an element into another container (a server into a pool; a pool, SQL instance, file store or
 * gateway into a site), placing it at `placement` in the new container's coordinates. Structural nonsense
 * (a server into a site, a pool into a pool) returns the design unchanged: it cannot be expressed.
 */
export function reparent(design: Design, id: string, newParentId: string, placement?: Placement): Design {
  const found = findElement(design, id);
  const parent = findElement(design, newParentId);
  const rule = found && PARENT_OF[found.collection];
  if (!found || !parent || !rule || parent.collection !== rule.collection) return design;
  const current = found.element as Record<string, unknown>;
  let next = design;
  if (current[rule.key] !== newParentId) next = updateElement(next, id, { [rule.key]: newParentId });
  if (placement && !samePlacement(placementOf(next.layout, id), placement)) next = withLayout(next, { [id]: placement });
  return next;
}

export function addLink(design: Design, kind: LinkKind, from: string, to: string, id?: string): Design {
  if (!findElement(design, from) || !findElement(design, to)) return design;
  const link: Link = { id: id ?? newId(design, `${kind}-${from}-${to}`), kind, from, to };
  return addElement(design, 'links', link);
}

/**
 * Everything that goes when these elements are deleted: a site takes its pools, SQL instances, file stores
 * and gateways; a pool takes its servers; every link that touches a deleted element goes too.
 */
export function cascadeOf(design: Design, ids: Iterable<string>): Set<string> {
  const index = indexDesign(design);
  const out = new Set<string>();
  const stack = [...ids].filter((id) => index.byId.has(id));
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    for (const child of index.children.get(id) ?? []) stack.push(child.id);
    for (const l of index.linksFrom.get(id) ?? []) stack.push(l.id);
    for (const l of index.linksTo.get(id) ?? []) stack.push(l.id);
  }
  return out;
}

/** Delete elements with their cascade. A branch whose central site is deleted keeps existing, unparented. */
export function deleteElements(design: Design, ids: Iterable<string>): Design {
  const gone = cascadeOf(design, ids);
  if (gone.size === 0) return design;
  const next: Design = { ...design };
  for (const c of COLLECTIONS) {
    const list = design[c] as readonly AnyElement[];
    if (list.some((e) => gone.has(e.id))) (next as Record<Collection, unknown>)[c] = list.filter((e) => !gone.has(e.id));
  }
  next.sites = next.sites.map((s) =>
    s.centralSiteId && gone.has(s.centralSiteId) ? (({ centralSiteId: _, ...rest }) => rest)(s) : s,
  );
  if (design.layout) {
    const layout = { ...design.layout };
    for (const id of gone) delete layout[id];
    next.layout = layout;
  }
  return next;
}

/**
 * Migrations from older format versions to the current one. Each entry upgrades a raw document of
 * version N to version N+1; the loader applies them in order on a copy, then validates the result.
 * Version 1 is the first version, so the registry is empty: to change the format, bump FORMAT_VERSION,
 * add `[old]: (doc) => newDoc` here, add a test with a saved file of the old version, and document it.
 */
export type RawDocument = Record<string, unknown>;
export type Migration = (doc: RawDocument) => RawDocument;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrate(
  doc: RawDocument,
  fromVersion: number,
  toVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): RawDocument {
  let current = doc;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from version ${v} to ${v + 1}`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}

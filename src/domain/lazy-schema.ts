/**
 * A schema built the first time it is asked for, then kept. zod builds a parser object per call in a chain
 * (`.optional()`, `.max()`), and building the whole document schema takes a noticeable moment at start-up;
 * with each schema behind one of these, nothing is built until a file, an autosave or a link is read (the
 * first screen of a first visit reads none: docs/architecture.md, "Cold start").
 */
export function lazySchema<T>(build: () => T): () => T {
  let built: { schema: T } | undefined;
  return () => (built ??= { schema: build() }).schema;
}

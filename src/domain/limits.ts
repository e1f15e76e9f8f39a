/**
 * Limits every entry point enforces (file, paste, link, autosave, CLI). Documented in docs/file-format.md and docs/limits-and-sharing.md.
 * They bound memory and time for hostile input; a real Lync design is far below each.
 */
export const LIMITS = {
  /** Bytes of JSON text accepted by the loader. */
  fileBytes: 5 * 1024 * 1024,
  /** Sites + pools + servers + SQL instances + file stores + gateways + reverse proxies + links. */
  elements: 20_000,
  /** Characters in any one string field. */
  stringLength: 1_000,
  idLength: 200,
  /** Nesting depth of the JSON text (objects and arrays). */
  jsonDepth: 32,
  /** Characters in a share link (the whole URL): longer links are refused, both when made and when opened. */
  shareLinkChars: 32_000,
  /** Above this many characters a share link still works, but chat tools and mail clients may cut it. */
  shareLinkWarnChars: 8_000,
  /** Bytes a share link may inflate to; the inflate stops as soon as it passes this (a deflate bomb stops early). */
  inflatedBytes: 4 * 1024 * 1024,
  /** Characters of stored autosave text read back at start-up (local storage holds about 5 MB per origin). */
  autosaveChars: 8 * 1024 * 1024,
} as const;

/** Keys the loader drops wherever they appear (except as element ids in the layout map), so no input can reach Object.prototype. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Names a plain object answers to without owning them. Element ids may be any of these, so every lookup keyed
 * by id goes through a Map or Object.hasOwn; the property tests' id generator produces them.
 */
export const PROTOTYPE_NAMES: readonly string[] = [...UNSAFE_KEYS, 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString'];

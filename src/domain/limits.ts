/**
 * Limits every entry point enforces (file, paste, link, autosave, CLI). Documented in docs/file-format.md.
 * They bound memory and time for hostile input; a real Lync design is far below each.
 */
export const LIMITS = {
  /** Bytes of JSON text accepted by the loader. */
  fileBytes: 5 * 1024 * 1024,
  /** Sites + pools + servers + SQL instances + file stores + gateways + links. */
  elements: 20_000,
  /** Characters in any one string field. */
  stringLength: 1_000,
  idLength: 200,
  /** Nesting depth of the JSON text (objects and arrays). */
  jsonDepth: 32,
} as const;

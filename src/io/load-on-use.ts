/**
 * import() for code the first screen does not need (docs/architecture.md, "Cold start"): the exporter, the
 * share-link codec, the picture reader. The chunk usually arrives in a moment (the service worker holds a
 * copy); when it takes longer a notice says what is loading, and when it cannot be fetched (offline before
 * the copy was installed, or a newer deploy replaced the files) an error notice says so. The design is not
 * touched either way. Resolves undefined when the chunk could not be loaded.
 */
import { dismiss, notify } from '../state/notice-store';

/** How long a load may take before a notice says it is under way. */
const QUIET_MS = 400;

export async function loadOnUse<T>(what: string, load: () => Promise<T>): Promise<T | undefined> {
  const key = `load:${what}`;
  const slow = setTimeout(() => notify({ key, kind: 'info', sticky: true, title: `Loading ${what}…` }), QUIET_MS);
  try {
    const loaded = await load();
    clearTimeout(slow);
    dismiss(key);
    return loaded;
  } catch {
    clearTimeout(slow);
    notify({
      key,
      kind: 'error',
      sticky: true,
      title: `Could not load ${what}`,
      text: 'The connection may be down, or a newer version of the designer was published. Nothing in your design changed: try again, and if it keeps failing, reload the page.',
    });
    return undefined;
  }
}

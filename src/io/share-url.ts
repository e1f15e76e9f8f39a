/**
 * Share link URLs, as pure functions: the design goes in the fragment (`#design=<payload>`, or `#view=` for
 * a read-only view), never in the query string, so it is not sent to any server and not kept in its logs.
 */
import { LIMITS } from '../domain/limits';

export const FRAGMENT_KEYS = { edit: 'design', view: 'view' } as const;

export type Fragment =
  | { kind: 'none' }
  | { kind: 'link'; payload: string; readOnly: boolean }
  /** A fragment this designer did not make (another app's link, a typo). */
  | { kind: 'foreign' };

/** The link for a payload, keeping the page's own address (path and query) in front of the fragment. */
export function shareUrl(pageUrl: string, payload: string, readOnly = false): string {
  const base = pageUrl.split('#')[0]!;
  return `${base}#${readOnly ? FRAGMENT_KEYS.view : FRAGMENT_KEYS.edit}=${payload}`;
}

export function parseFragment(hash: string): Fragment {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return { kind: 'none' };
  const eq = text.indexOf('=');
  const key = eq < 0 ? text : text.slice(0, eq);
  if (eq < 0 || (key !== FRAGMENT_KEYS.edit && key !== FRAGMENT_KEYS.view)) return { kind: 'foreign' };
  let payload = text.slice(eq + 1);
  // Some chat tools percent-encode what they pass on; a payload is plain ASCII, so decoding is safe.
  try {
    payload = decodeURIComponent(payload);
  } catch {
    // Leave it: the decoder refuses it with a clear message.
  }
  return { kind: 'link', payload, readOnly: key === FRAGMENT_KEYS.view };
}

export type LinkSize = 'ok' | 'long' | 'too-long';

/** Links over shareLinkWarnChars may be cut by chat tools; over shareLinkChars they are refused. */
export function linkSize(length: number): LinkSize {
  if (length > LIMITS.shareLinkChars) return 'too-long';
  if (length > LIMITS.shareLinkWarnChars) return 'long';
  return 'ok';
}

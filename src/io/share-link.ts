/**
 * Share links in the browser: build the link for the design on screen, copy it, read the one the page was
 * opened with, and take the fragment off the address once it has been dealt with, so a reload does not
 * open (or ask about) the same link again. Encoding and decoding are the core's (document/share-codec),
 * loaded on use: the codec and its zlib tables are not needed to draw the first screen.
 */
import type { Design } from '../domain/design';
import type { encodeShareLink } from '../document/share-codec';
import { linkSize, parseFragment, shareUrl, type Fragment, type LinkSize } from './share-url';

export interface ShareLink {
  url: string;
  length: number;
  size: LinkSize;
}

export type ShareCodec = typeof import('../document/share-codec');
export const loadShareCodec = (): Promise<ShareCodec> => import('../document/share-codec');

export function buildShareLink(encode: typeof encodeShareLink, design: Design, readOnly = false): ShareLink {
  const url = shareUrl(globalThis.location.href, encode(design), readOnly);
  return { url, length: url.length, size: linkSize(url.length) };
}

/** Resolves false when the browser refused (no permission, not a secure context): the caller shows the link to copy by hand. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function readFragment(): Fragment {
  return parseFragment(globalThis.location?.hash ?? '');
}

export function clearFragment(): void {
  const { pathname, search } = globalThis.location;
  globalThis.history.replaceState(globalThis.history.state, '', `${pathname}${search}`);
}

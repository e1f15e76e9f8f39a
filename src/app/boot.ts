/**
 * What the designer opens on. Boot order: a shared link in the URL fragment, else the autosaved design,
 * else the reference small design, so a first look shows what the designer does (taken as shipped: see
 * firstVisitSample, so a first visit builds no schema before the first paint).
 *
 * The user's own work (or the sample) goes on screen first and synchronously, before the first render; a
 * link is dealt with after that, so any question about it is asked over the user's own design. Autosave
 * starts only once the link is settled: nothing is written while the question is open. The link's decoder
 * (with the zlib inflater) is loaded only when the address holds a link.
 */
import { firstVisitSample } from '../document/samples';
import { forceSave, readAutosave, startAutosave } from '../io/autosave';
import type { LinkOutcome } from '../io/open-share-link';
import { readFragment } from '../io/share-link';
import { useDesignStore } from '../state/design-store';
import { notify } from '../state/notice-store';
import { useSessionStore } from '../state/session-store';

export async function boot(): Promise<void> {
  const stored = readAutosave();
  const restored = stored.kind === 'ok' ? stored : undefined;
  if (restored) {
    useDesignStore.getState().replace(restored.design, { origin: { kind: 'autosave' }, undoable: false });
    if (restored.meta.viewport) useSessionStore.getState().setViewport(restored.meta.viewport);
  } else {
    useDesignStore.getState().replace(firstVisitSample(), { origin: { kind: 'sample', name: 'small' }, undoable: false });
  }

  const outcome = await openFragment(restored);

  startAutosave({
    // A read-only view has not seen (or agreed to replace) what storage holds: leaving it asks first.
    ...(restored && outcome !== 'read-only' && { meta: restored.meta }),
    restored: restored !== undefined && (outcome === undefined || outcome === 'kept' || outcome === 'refused'),
    writeNow: outcome === 'replaced',
  });

  // A link pasted into the address bar of this tab is a same-document navigation: no reload, only this event.
  // It opens as a fresh load would: the stored record, brought up to date first, says whether the work on
  // screen is unsaved, so the same question is asked over it.
  globalThis.addEventListener?.('hashchange', () => {
    forceSave();
    const now = readAutosave();
    void openFragment(now.kind === 'ok' ? now : undefined);
  });
}

type Restored = Extract<ReturnType<typeof readAutosave>, { kind: 'ok' }>;

async function openFragment(restored: Restored | undefined): Promise<LinkOutcome | undefined> {
  const fragment = readFragment();
  if (fragment.kind === 'link') {
    let opener: typeof import('../io/open-share-link');
    try {
      opener = await import('../io/open-share-link');
    } catch {
      // As for a link that does not decode: the design on screen and in storage stay as they were.
      notify({
        key: 'share-link',
        kind: 'error',
        sticky: true,
        title: 'This shared link could not be opened',
        text: 'The designer could not load its link reader (is the connection down?). Your own design is as it was; reload to try the link again.',
      });
      return 'refused';
    }
    return opener.openShareLink(fragment, restored);
  }
  if (fragment.kind === 'foreign') {
    notify({
      key: 'share-link',
      kind: 'error',
      sticky: true,
      title: 'This link does not hold a design',
      text: 'The part of the address after # is not a design link made by this designer. Your own design is as it was.',
    });
  }
  return undefined;
}

/**
 * What the designer opens on. Boot order: a shared link in the URL fragment, else the autosaved design,
 * else the reference small design, so a first look shows what the designer does (taken as shipped: see
 * firstVisitSample, so a first visit builds no schema before the first paint).
 *
 * The user's own work (or the sample) goes on screen first, before the first render (`show`); a link is dealt
 * with after that, so any question about it is asked over the user's own design. Autosave starts only once
 * the link is settled: nothing is written while the question is open. The link's decoder (with the zlib
 * inflater) is loaded only when the address holds a link.
 *
 * Reading storage needs zod, which is not in the first screen's bundle (boot-io.ts). When storage holds a
 * design or preferences, or the address a link, that chunk is loaded before the first render, so the first
 * render shows the user's own design and settings; a first visit renders at once and loads it afterwards.
 */
import { AUTOSAVE_KEY } from '../io/autosave-key';
import type { LinkOutcome } from '../io/open-share-link';
import { readFragment } from '../io/share-link';
import { firstVisitSample } from '../document/first-visit';
import { useDesignStore } from '../state/design-store';
import { whenFirstScreenDone } from '../state/first-screen';
import { notify } from '../state/notice-store';
import { PREFERENCES_KEY, usePreferencesStore } from '../state/preferences-store';
import { useSessionStore } from '../state/session-store';

type BootIo = typeof import('./boot-io');

async function loadBootIo(): Promise<BootIo | undefined> {
  try {
    return await import('./boot-io');
  } catch {
    // Nothing is read and nothing is written (autosave stays off), so what storage holds is kept as it is.
    notify({
      key: 'autosave-off',
      kind: 'error',
      sticky: true,
      title: 'The designer could not read this browser\u2019s storage',
      text: 'Part of the designer did not load (is the connection down?). Your saved design is kept as it was, and nothing is saved until you reload.',
    });
    return undefined;
  }
}

function stored(key: string): boolean {
  try {
    return globalThis.localStorage?.getItem(key) != null;
  } catch {
    return false; // Some browsers throw on access when site data is blocked.
  }
}

export async function boot(show: () => void): Promise<void> {
  const fragment = readFragment();
  const readFirst = fragment.kind === 'link' || stored(AUTOSAVE_KEY) || stored(PREFERENCES_KEY);
  let io = readFirst ? await loadBootIo() : undefined;

  if (io && stored(PREFERENCES_KEY)) usePreferencesStore.setState(io.parsePreferences(globalThis.localStorage.getItem(PREFERENCES_KEY)));
  const read = io?.readAutosave();
  const restored = read?.kind === 'ok' ? read : undefined;
  if (restored) {
    useDesignStore.getState().replace(restored.design, { origin: { kind: 'autosave' }, undoable: false });
    if (restored.meta.viewport) useSessionStore.getState().setViewport(restored.meta.viewport);
  } else {
    useDesignStore.getState().replace(firstVisitSample(), { origin: { kind: 'sample', name: 'small' }, undoable: false });
  }
  const onScreen = { design: useDesignStore.getState().design, viewport: useSessionStore.getState().viewport };
  show();

  if (!readFirst) {
    await whenFirstScreenDone();
    io = await loadBootIo();
    // Offers the downloads of records set aside as damaged on an earlier visit (and deals with one written since).
    io?.readAutosave();
  }
  if (!io) return;
  const { forceSave, readAutosave, startAutosave } = io;

  const outcome = await openFragment(restored);

  startAutosave({
    // A read-only view has not seen (or agreed to replace) what storage holds: leaving it asks first.
    ...(restored && outcome !== 'read-only' && { meta: restored.meta }),
    restored: restored !== undefined && (outcome === undefined || outcome === 'kept' || outcome === 'refused'),
    writeNow: outcome === 'replaced',
    // A first visit loads autosave after the first screen: edits and view moves made before that are saved too.
    ...(!readFirst && { written: onScreen }),
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

type Restored = Extract<ReturnType<BootIo['readAutosave']>, { kind: 'ok' }>;

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

/**
 * The offline app shell's page side (docs/hosting.md#offline-and-updates): register the service worker
 * that the production build writes (sw.js), and when a newer build has installed and waits, say so with a
 * notice. The new version takes over only when the user chooses "Reload", never on its own: a reload
 * over work that autosave could not keep asks first.
 */
import { confirmAction } from '../state/dialog-store';
import { hasUnsavedChanges } from '../state/design-store';
import { notify } from '../state/notice-store';

export const UPDATE_NOTICE = 'app-update';

/** What of the browser this module uses, so a test can stand in for it. */
export interface UpdateEnvironment {
  container: Pick<ServiceWorkerContainer, 'controller' | 'addEventListener'>;
  reload: () => void;
  /** Flush autosave; true when a reload would bring back the design on screen. */
  saveBeforeReload: () => boolean;
  hasUnsavedChanges: () => boolean;
  confirm: (title: string, message: string, confirmLabel: string) => Promise<boolean>;
}

/** Register sw.js in the production build (the dev server and tests have none). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Autosave (with the record reader and zod) is not in the first screen's bundle; boot has loaded it by now.
  void import('./autosave').then(({ saveBeforeReload }) => watchForWorker(saveBeforeReload), () => undefined);
}

function watchForWorker(saveBeforeReload: () => boolean): void {
  const env: UpdateEnvironment = {
    container: navigator.serviceWorker,
    reload: () => location.reload(),
    saveBeforeReload,
    hasUnsavedChanges: () => hasUnsavedChanges(),
    confirm: confirmAction,
  };
  navigator.serviceWorker.register('./sw.js').then(
    // A browser that blocks workers (Playwright's serviceWorkers: 'block') may resolve with nothing.
    (registration: ServiceWorkerRegistration | undefined) => registration && watchForUpdates(registration, env),
    // No offline copy (e.g. storage blocked): the app still runs from the network.
    () => undefined,
  );
}

/**
 * Offer a waiting worker now and any that installs later. The first install has no controller yet: that
 * is the first visit, not an update, so nothing is offered.
 */
export function watchForUpdates(registration: Pick<ServiceWorkerRegistration, 'waiting' | 'installing' | 'addEventListener'>, env: UpdateEnvironment): void {
  let reloading = false;
  // The page that asked reloads once the new worker controls it; other tabs get the event too and stay.
  env.container.addEventListener('controllerchange', () => {
    if (!reloading) return;
    reloading = false;
    env.reload();
  });
  const offer = (worker: ServiceWorker) =>
    notify({
      key: UPDATE_NOTICE,
      kind: 'info',
      sticky: true,
      title: 'Update available - reload',
      text: 'A new version of the designer is ready. Reload to use it; your design is kept in this browser.',
      action: {
        label: 'Reload',
        run: () => {
          void (async () => {
            if (!env.saveBeforeReload() && env.hasUnsavedChanges()) {
              const ok = await env.confirm(
                'Reload without your changes?',
                'Autosave could not keep the design on screen, so a reload would lose your changes. Export it first (File > Export design file: JSON) to keep it.',
                'Reload anyway',
              );
              if (!ok) return offer(worker);
            }
            reloading = true;
            worker.postMessage('skip-waiting');
          })();
        },
      },
    });
  if (registration.waiting && env.container.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && env.container.controller) offer(worker);
    });
  });
}

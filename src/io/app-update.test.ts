import { afterEach, describe, expect, it } from 'vitest';
import { dismiss, useNoticeStore } from '../state/notice-store';
import { UPDATE_NOTICE, watchForUpdates, type UpdateEnvironment } from './app-update';

/** A stand-in service worker: records what the page posts to it. */
class FakeWorker extends EventTarget {
  state = 'installing';
  posted: unknown[] = [];
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  install() {
    this.state = 'installed';
    this.dispatchEvent(new Event('statechange'));
  }
}

function setup({ controlled = true, waiting = false, kept = true, unsaved = true, confirms = false } = {}) {
  const container = Object.assign(new EventTarget(), { controller: controlled ? ({} as ServiceWorker) : null });
  const registration = Object.assign(new EventTarget(), {
    waiting: waiting ? (new FakeWorker() as unknown as ServiceWorker) : null,
    installing: null as ServiceWorker | null,
  });
  const calls = { reloads: 0, asked: 0 };
  const env: UpdateEnvironment = {
    container,
    reload: () => calls.reloads++,
    saveBeforeReload: () => kept,
    hasUnsavedChanges: () => unsaved,
    confirm: async () => {
      calls.asked++;
      return confirms;
    },
  };
  watchForUpdates(registration, env);
  const installNew = () => {
    const worker = new FakeWorker();
    registration.installing = worker as unknown as ServiceWorker;
    registration.dispatchEvent(new Event('updatefound'));
    worker.install();
    return worker;
  };
  const notice = () => useNoticeStore.getState().notices.find((n) => n.key === UPDATE_NOTICE);
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return { container, registration, calls, installNew, notice, flush };
}

afterEach(() => dismiss(UPDATE_NOTICE));

describe('update available', () => {
  it('offers a newer build once it has installed, and reloads only after the user chose Reload', async () => {
    const t = setup();
    const worker = t.installNew();
    expect(t.notice()?.title).toBe('Update available - reload');
    // Another tab took the update: this tab's controller changes, and it does not reload on its own.
    t.container.dispatchEvent(new Event('controllerchange'));
    expect(t.calls.reloads).toBe(0);
    t.notice()!.action!.run();
    await t.flush();
    expect(worker.posted).toEqual(['skip-waiting']);
    t.container.dispatchEvent(new Event('controllerchange'));
    expect(t.calls.reloads).toBe(1);
  });

  it('offers a build that was already waiting when the page opened', () => {
    const t = setup({ waiting: true });
    expect(t.notice()).toBeDefined();
  });

  it('offers nothing on the first visit (the first install has no controller)', () => {
    const t = setup({ controlled: false });
    t.installNew();
    expect(t.notice()).toBeUndefined();
  });

  it('asks before a reload would lose work autosave could not keep, and keeps the offer on Cancel', async () => {
    const t = setup({ kept: false, unsaved: true, confirms: false });
    const worker = t.installNew();
    t.notice()!.action!.run();
    await t.flush();
    expect(t.calls.asked).toBe(1);
    expect(worker.posted).toEqual([]);
    expect(t.notice()).toBeDefined();
  });

  it('does not ask when autosave kept the design', async () => {
    const t = setup({ kept: true, unsaved: true });
    const worker = t.installNew();
    t.notice()!.action!.run();
    await t.flush();
    expect(t.calls.asked).toBe(0);
    expect(worker.posted).toEqual(['skip-waiting']);
  });
});

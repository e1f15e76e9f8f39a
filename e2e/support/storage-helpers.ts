/** Reading what autosave stored, and the edits the storage journeys make (e2e/autosave.spec.ts, e2e/share-links.spec.ts). */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { DesignerPage } from './designer-page';

export const KEY = 'lync-designer:autosave';
export const storedRecord = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
export const storedName = async (page: Page) => {
  const raw = await storedRecord(page);
  return raw ? (JSON.parse(raw) as { design: { name?: string } }).design.name : undefined;
};
export const nameField = (page: Page) => page.getByLabel('Design name');

/** Hold back the storage reader's chunk (autosave, the load pipeline, zod) until the returned function is called. */
export async function holdStorageReader(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/boot-io-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

export async function rename(page: Page, name: string): Promise<void> {
  await nameField(page).fill(name);
  await nameField(page).press('Enter');
  await expect(nameField(page)).toHaveValue(name);
}

/** Storage that refuses the autosave key, as a full storage does; the returned function lifts it. */
export async function fillStorage(page: Page): Promise<() => Promise<void>> {
  await page.evaluate((key) => {
    const original = Storage.prototype.setItem;
    (window as unknown as { __unfill: () => void }).__unfill = () => {
      Storage.prototype.setItem = original;
    };
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      original.call(this, k, v);
    };
  }, KEY);
  return () => page.evaluate(() => (window as unknown as { __unfill: () => void }).__unfill());
}

/** Rename the design and wait until autosave has stored it; resolves with the stored record. */
export async function renameAndSave(page: Page, name: string): Promise<string | null> {
  await rename(page, name);
  await expect.poll(() => storedName(page)).toBe(name);
  return storedRecord(page);
}

/** Two tabs of one browser (one origin, one local storage), each with the designer open. */
export async function twoTabs(context: BrowserContext): Promise<[DesignerPage, DesignerPage]> {
  const a = new DesignerPage(await context.newPage());
  await a.open();
  const b = new DesignerPage(await context.newPage());
  await b.open();
  return [a, b];
}

import { expect, test, type Page } from '@playwright/test';
import { SHORTCUTS, keyLabel } from '../src/canvas/shortcuts';
import { DesignerPage } from './support/designer-page';
import { designOf } from './support/canvas-helpers';
import { overlapsOnScreen } from './support/no-overlap';

const selection = (page: Page) => page.evaluate(() => window.__designer!.selection!());

/** Every node is on screen again (the canvas draws only what is in view), then nothing may overlap. */
async function expectNoOverlapInWholeView(designer: DesignerPage): Promise<void> {
  await designer.page.getByRole('button', { name: 'Zoom to fit' }).click();
  await expect.poll(() => overlapsOnScreen(designer.page)).toEqual([]);
}

test.describe('working on larger designs from the keyboard', () => {
  test('Ctrl+F finds an element by FQDN, Enter selects it and frames it on the canvas', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.selectNode('se1');
    await page.keyboard.press('Control+f');
    const dialog = page.getByRole('dialog', { name: 'Find an element' });
    await expect(dialog).toBeVisible();
    const field = dialog.getByRole('combobox', { name: 'Name or FQDN' });
    await expect(field).toBeFocused();

    await field.fill('nothing.example');
    await expect(dialog.getByRole('status')).toHaveText('No element matches “nothing.example”.');

    await field.fill('OWA01');
    const options = dialog.getByRole('listbox', { name: 'Matching elements' }).getByRole('option');
    // The pool and its server share the FQDN: the kind tells them apart.
    await expect(options).toHaveCount(2);
    await expect(options.nth(0)).toContainText('owa01.fabrikam.com');
    await expect(options.nth(0)).toContainText('Office Web Apps pool');
    await expect(options.nth(1)).toContainText('Office Web Apps server');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await field.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await field.press('ArrowUp');
    await field.press('Enter');

    await expect(dialog).toBeHidden();
    expect(await selection(page)).toEqual(['owa']);
    await expect(designer.node('owa')).toHaveClass(/selected/);
    // Framed: the pool sits in the middle of the canvas, drawn larger than before.
    const canvas = (await page.locator('.design-canvas').boundingBox())!;
    await expect
      .poll(async () => {
        const box = (await designer.node('owa').boundingBox())!;
        return Math.abs(box.x + box.width / 2 - (canvas.x + canvas.width / 2)) < 40 && Math.abs(box.y + box.height / 2 - (canvas.y + canvas.height / 2)) < 40;
      })
      .toBe(true);
    await expectNoOverlapInWholeView(designer);
    designer.expectNoConsoleErrors();
  });

  test('/ opens the find box too; a click on a match shows it; Escape closes and gives the focus back', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.selectNode('se2');
    await expect(designer.node('se2')).toBeFocused();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Find an element' });
    await expect(dialog).toBeVisible();
    // Escape closes at once, with text typed too (a search field would only clear it).
    await page.keyboard.type('fabrikam');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(designer.node('se2')).toBeFocused();
    expect(await selection(page)).toEqual(['se2']);

    await page.keyboard.press('/');
    await dialog.getByRole('combobox').fill('branch');
    await dialog.getByRole('option', { name: /Branch 1/ }).click();
    await expect(dialog).toBeHidden();
    expect(await selection(page)).toEqual(['branch1']);
    await expectNoOverlapInWholeView(designer);
    designer.expectNoConsoleErrors();
  });

  test('? lists every shortcut the app has, in this platform’s words', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (const s of SHORTCUTS) {
      const row = dialog.locator(`[data-shortcut="${s.id}"]`);
      await expect(row).toContainText(s.does);
      for (const k of s.keys) await expect(row.locator('kbd', { hasText: keyLabel(k, false) }).first()).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await overlapsOnScreen(page)).toEqual([]);
    designer.expectNoConsoleErrors();
  });

  test('Shift+click adds a node to the selection, and takes a selected one out', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.selectNode('se1');
    await designer.node('se2').click({ position: { x: 12, y: 10 }, modifiers: ['Shift'] });
    await designer.node('gw-central').click({ position: { x: 12, y: 10 }, modifiers: ['Shift'] });
    expect((await selection(page)).sort()).toEqual(['gw-central', 'se1', 'se2']);
    for (const id of ['se1', 'se2', 'gw-central']) await expect(designer.node(id)).toHaveClass(/selected/);
    await designer.node('se1').click({ position: { x: 12, y: 10 }, modifiers: ['Shift'] });
    expect((await selection(page)).sort()).toEqual(['gw-central', 'se2']);
    await expect(designer.node('se1')).not.toHaveClass(/selected/);
    // A plain click still selects one element alone.
    await designer.selectNode('edge');
    expect(await selection(page)).toEqual(['edge']);
    expect(await overlapsOnScreen(page)).toEqual([]);
    designer.expectNoConsoleErrors();
  });

  test('L links the two selected elements with a kind the link table allows', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const before = (await designOf(page)).links.length;
    await designer.selectNode('se2');
    await designer.node('gw-central').click({ position: { x: 12, y: 10 }, modifiers: ['Shift'] });
    await page.keyboard.press('l');
    const chooser = page.getByRole('menu', { name: 'Choose the kind of link' });
    await expect(chooser).toBeVisible();
    // Escape leaves the chooser without a link, the selection kept for another try.
    await page.keyboard.press('Escape');
    await expect(chooser).toBeHidden();
    expect((await designOf(page)).links).toHaveLength(before);
    expect((await selection(page)).sort()).toEqual(['gw-central', 'se2']);
    await page.keyboard.press('l');
    const first = chooser.getByRole('menuitem').first();
    await expect(first).toBeFocused();
    const kind = await first.getAttribute('data-link-kind');
    await page.keyboard.press('Enter');
    await expect(chooser).toBeHidden();
    const links = (await designOf(page)).links;
    expect(links).toHaveLength(before + 1);
    const made = links.at(-1)!;
    expect(made.kind).toBe(kind);
    expect([made.from, made.to].sort()).toEqual(['gw-central', 'se2']);
    await expect(page.locator(`.react-flow__edge[data-id="${made.id}"]`)).toHaveCount(1);
    expect(await overlapsOnScreen(page)).toEqual([]);
    designer.expectNoConsoleErrors();
  });

  test('L on a pair no link may join says why, plainly, and draws nothing', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const before = (await designOf(page)).links.length;
    await designer.selectNode('central');
    await designer.node('branch1').click({ position: { x: 12, y: 10 }, modifiers: ['Shift'] });
    await page.keyboard.press('l');
    await expect(designer.notice('canvas-link')).toContainText('No link created');
    await expect(designer.notice('canvas-link')).toContainText('cannot take one');
    expect((await designOf(page)).links).toHaveLength(before);
    // One element selected: the notice says what to do.
    await designer.selectNode('se1');
    await page.keyboard.press('l');
    await expect(designer.notice('canvas-link')).toContainText('Select the two elements to link');
    expect(await overlapsOnScreen(page)).toEqual([]);
    designer.expectNoConsoleErrors();
  });
});

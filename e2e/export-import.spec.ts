import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { loadDesign } from '../src/document/parse';
import { PNG_DESIGN_KEYWORD } from '../src/export/picture-payload';
import { encodeITxt, readChunks, writeChunks } from '../src/export/png-chunks';
import { pictureSize } from '../src/export/svg-renderer';
import { DesignerPage } from './support/designer-page';

/** The design on screen, as its JSON export parsed back (the file format is the contract). */
async function designOnScreen(designer: DesignerPage) {
  const { bytes } = await designer.exportFile('Export design file: JSON');
  const loaded = loadDesign(bytes.toString('utf8'));
  if (!loaded.ok) throw loaded.error;
  return loaded.value;
}

async function dropFile(page: Page, file: { name: string; mimeType: string; base64: string }) {
  const dataTransfer = await page.evaluateHandle(({ name, mimeType, base64 }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name, { type: mimeType }));
    return dt;
  }, file);
  await page.dispatchEvent('.react-flow__pane', 'dragover', { dataTransfer });
  await page.dispatchEvent('.react-flow__pane', 'drop', { dataTransfer });
}

test.describe('export and import', () => {
  test('a PNG export has the design size at the chosen scale and reopens as the same design', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const before = await designOnScreen(designer);

    const png = await designer.exportFile('Export picture: PNG at 2x');
    expect(png.name).toBe('Small organization (reference topology)@2x.png');
    const image = PNG.sync.read(png.bytes);
    const size = pictureSize(before);
    expect([image.width, image.height]).toEqual([size.width * 2, size.height * 2]);
    const colours = new Set<number>();
    for (let i = 0; i < image.data.length && colours.size < 50; i += 4 * 97) {
      colours.add((image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!);
    }
    expect(colours.size, 'the picture is not one flat colour').toBeGreaterThan(5);

    await designer.chooseTemplate('Medium organization');
    await expect(page.getByLabel('Design name')).toHaveValue('Medium organization (reference topology)');
    await designer.importFile({ name: 'picture.png', mimeType: 'image/png', buffer: png.bytes });
    await expect(designer.notice('import')).toContainText('Opened "picture.png"');
    await expect(page.getByLabel('Design name')).toHaveValue('Small organization (reference topology)');
    await expect(designer.node('se1')).toBeVisible();
    expect(await designOnScreen(designer)).toEqual(before);
    designer.expectNoConsoleErrors();
  });

  test('a PNG that carries two designs opens the first and says so', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const png = await designer.exportFile('Export picture: PNG at 1x');
    // A second design chunk after ours, as a program that edited the picture might leave it.
    const read = readChunks(new Uint8Array(png.bytes));
    if (!read.ok) throw new Error(read.reason);
    const end = read.chunks.length - 1;
    const other = JSON.stringify({ format: 'lync-topology', version: 1, name: 'The other design' });
    const two = writeChunks([...read.chunks.slice(0, end), encodeITxt(PNG_DESIGN_KEYWORD, other), read.chunks[end]!]);

    await designer.chooseTemplate('Medium organization');
    await expect(page.getByLabel('Design name')).toHaveValue('Medium organization (reference topology)');
    await designer.importFile({ name: 'two designs.png', mimeType: 'image/png', buffer: Buffer.from(two) });
    const notice = designer.notice('import');
    await expect(notice).toContainText('Opened "two designs.png"');
    await expect(notice).toContainText('This picture carries 2 designs; the first one was opened.');
    await expect(page.getByLabel('Design name')).toHaveValue('Small organization (reference topology)');
    designer.expectNoConsoleErrors();
  });

  test('SVG and JSON exports reopen, by the file picker and by dropping them on the canvas', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const before = await designOnScreen(designer);
    const svg = await designer.exportFile('Export picture: SVG with finding badges');
    expect(svg.name).toBe('Small organization (reference topology)-with-findings.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('<text');
    expect(text).not.toContain('foreignObject');
    const json = await designer.exportFile('Export design file: JSON');

    await designer.openTemplate('Medium organization');
    await designer.importFile({ name: svg.name, mimeType: 'image/svg+xml', buffer: svg.bytes });
    await expect(page.getByLabel('Design name')).toHaveValue('Small organization (reference topology)');
    expect(await designOnScreen(designer)).toEqual(before);

    await designer.openTemplate('Medium organization');
    await dropFile(page, { name: json.name, mimeType: 'application/json', base64: json.bytes.toString('base64') });
    await expect(designer.notice('import')).toContainText(`Opened "${json.name}"`);
    expect(await designOnScreen(designer)).toEqual(before);
    designer.expectNoConsoleErrors();
  });

  test('a broken file is refused in plain words and the design on screen stays as it was', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const before = await designOnScreen(designer);
    const broken = { format: 'lync-topology', version: 1, sites: [], pools: [{ id: 'p1', siteId: 'dc2', fqdn: 'p1.contoso.com' }] };
    await designer.importFile({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const notice = designer.notice('import');
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toContainText('Could not open "broken.json"');
    await expect(notice).toContainText('pools[0].siteId: no site "dc2". Nothing was changed.');
    await expect(designer.node('se1')).toBeVisible();
    expect(await designOnScreen(designer)).toEqual(before);

    await designer.importFile({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
    await expect(notice).toContainText('Could not open "photo.png"');
    await expect(notice).toContainText('is not a PNG picture. Nothing was changed.');
    expect(await designOnScreen(designer)).toEqual(before);
    designer.expectNoConsoleErrors();
  });

  test('replacing unsaved work asks first, and the import is one undo step', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const medium = await (async () => {
      await designer.openTemplate('Medium organization');
      const json = await designer.exportFile('Export design file: JSON');
      await designer.openTemplate('Small organization');
      return json;
    })();
    const name = page.getByLabel('Design name');
    await name.fill('My own work');
    await name.press('Enter');

    await designer.importFile({ name: 'medium.json', mimeType: 'application/json', buffer: medium.bytes });
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Replace the current design?');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(name).toHaveValue('My own work');

    await designer.importFile({ name: 'medium.json', mimeType: 'application/json', buffer: medium.bytes });
    await dialog.getByRole('button', { name: 'Open without saving' }).click();
    await expect(name).toHaveValue('Medium organization (reference topology)');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(name).toHaveValue('My own work');
    designer.expectNoConsoleErrors();
  });

  test('pasting a topology document opens it; pasting other text leaves the design alone', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openTemplate('Medium organization');
    const medium = (await designer.exportFile('Export design file: JSON')).bytes.toString('utf8');
    await designer.openTemplate('Small organization');
    const paste = (text: string) =>
      page.evaluate((t) => {
        const dt = new DataTransfer();
        dt.setData('text/plain', t);
        document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      }, text);
    await paste('just some words about lync-topology');
    await expect(page.getByLabel('Design name')).toHaveValue('Small organization (reference topology)');
    await paste(medium);
    await expect(page.getByLabel('Design name')).toHaveValue('Medium organization (reference topology)');
    await expect(designer.notice('import')).toContainText('Opened "the pasted design"');
    designer.expectNoConsoleErrors();
  });
  test('a PNG too large for a browser canvas gets a clear message, not a blank file', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const wide = {
      format: 'lync-topology',
      version: 1,
      name: 'Very wide',
      sites: [{ id: 'hq', name: 'HQ', kind: 'central' }],
      layout: { hq: { x: 0, y: 0, w: 7000, h: 400 } },
    };
    await designer.importFile({ name: 'wide.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wide)) });
    await expect(page.getByLabel('Design name')).toHaveValue('Very wide');
    let downloads = 0;
    page.on('download', () => downloads++);
    await designer.fileMenu('Export picture: PNG at 3x');
    const notice = designer.notice('export');
    await expect(notice).toContainText('Could not export the PNG');
    await expect(notice).toContainText('At 3x the picture would be 21144 x');
    await expect(notice).toContainText('try 2x');
    expect(downloads).toBe(0);
    designer.expectNoConsoleErrors();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './support/designer-page';

/** Real Topology Builder files (../shared/fixtures/topology-builder). */
const FIXTURES = join(import.meta.dirname, '../../shared/fixtures/topology-builder');

async function dropFile(page: Page, name: string, bytes: Buffer) {
  const dataTransfer = await page.evaluateHandle(({ name, base64 }) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([data], name, { type: '' }));
    return dt;
  }, { name, base64: bytes.toString('base64') });
  await page.dispatchEvent('.react-flow__pane', 'dragover', { dataTransfer });
  await page.dispatchEvent('.react-flow__pane', 'drop', { dataTransfer });
}

test.describe('Topology Builder import', () => {
  test('dropping a .tbxml on the canvas shows the design, the import report and the findings', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await dropFile(page, 'sfb2015-enterprise-pool-edge.tbxml', readFileSync(join(FIXTURES, 'sfb2015-enterprise-pool-edge.tbxml')));

    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Imported "sfb2015-enterprise-pool-edge.tbxml"');
    await expect(dialog).toContainText('Skype for Business Server 2015 (ServiceVersion 7)');
    await expect(dialog).toContainText('judged as a Lync Server 2013 topology');
    await expect(dialog).toContainText('SQL Server edition and version: not in the file');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();

    // The design: pools, servers, SQL, file stores, OWA, laid out and in view.
    for (const id of ['pool-frontendpool', 'pool-edgepool', 'pool-xoffice1', 'srv-xfrontend1', 'srv-xedge3', 'sql-xsql1', 'fs-xfile1', 'fs-xfile2']) {
      await expect(designer.node(id)).toBeInViewport();
    }
    await expect(page.getByLabel('Design name')).toHaveValue('sfb2015-enterprise-pool-edge');
    // Findings: never published, so no CMS yet; one SQL Server; Archiving and Monitoring beside the back end;
    // Enterprise Voice (collocated Mediation) with no gateway in the file.
    await expect(designer.problemRow('CMS_MISSING')).toBeVisible();
    await expect(designer.problemRow('BACKEND_NO_HA')).toBeVisible();
    await expect(designer.problemRow('DATABASE_COLLOCATION_DISCOURAGED')).toBeVisible();
    await expect(designer.problemRow('VOICE_NO_GATEWAY')).toBeVisible();
    await expect(designer.problems.locator('[data-rule]')).toHaveCount(4);

    // One undo step brings back the design that was on screen.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(designer.node('pool-frontendpool')).toHaveCount(0);
    designer.expectNoConsoleErrors();
  });

  test('an XML file that is not a topology gets one clear message and changes nothing', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const name = await page.getByLabel('Design name').inputValue();
    await designer.importFile({ name: 'notes.xml', mimeType: 'text/xml', buffer: Buffer.from('<?xml version="1.0"?><notes><note/></notes>') });
    const notice = designer.notice('import');
    await expect(notice).toContainText('Could not open "notes.xml"');
    await expect(notice).toContainText('this XML is not a Lync topology: its root element is <notes>');
    await expect(notice).toContainText('Nothing was changed.');
    await expect(page.getByLabel('Design name')).toHaveValue(name);
    await expect(page.getByRole('dialog')).toBeHidden();
    designer.expectNoConsoleErrors();
  });

  test('dropping a .tbxml over unsaved work asks first; Cancel keeps the work and shows no report', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const name = page.getByLabel('Design name');
    await name.fill('My own work');
    await name.press('Enter');
    await dropFile(page, 'se.tbxml', readFileSync(join(FIXTURES, 'lync2013-standard-edition.tbxml')));
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Replace the current design?');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(name).toHaveValue('My own work');
    await expect(designer.node('pool-windev-lync2013')).toHaveCount(0);
    designer.expectNoConsoleErrors();
  });

  test('pasting the text of a published topology opens it, named after its SIP domain', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const text = readFileSync(join(FIXTURES, 'sfb2015-published-enterprise-pool.xml'), 'utf8');
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, text);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Imported "the pasted topology"');
    await expect(dialog).toContainText('AlwaysOn');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByLabel('Design name')).toHaveValue('tenant.rlevchenko.com');
    await expect(designer.node('pool-poolfe')).toBeInViewport();
    await expect(designer.problemRow('BACKEND_NO_HA')).toBeVisible();
    designer.expectNoConsoleErrors();
  });

  test('a published topology XML opens through the file picker', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const file = 'sfb2015-published-se-edge-gateway.xml';
    await designer.importFile({ name: file, mimeType: 'text/xml', buffer: readFileSync(join(FIXTURES, file)) });
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('published topology');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(designer.node('gw-sbc1')).toBeInViewport();
    await expect(designer.node('pool-edge')).toBeInViewport();
    await expect(designer.problemRow('EDGE_POOL_SIZE')).toBeVisible();
    designer.expectNoConsoleErrors();
  });
});

import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer-page';

/** The Reports view: live tables from the design, filter, row to canvas, spreadsheet download. */

let designer: DesignerPage;

test.beforeEach(async ({ page }) => {
  designer = new DesignerPage(page);
  await designer.open();
});

test.afterEach(() => designer.expectNoConsoleErrors());

test('a further SIP domain typed in the inspector adds its DNS rows to the open report', async ({ page }) => {
  await page.getByRole('button', { name: 'Reports' }).click();
  const table = page.getByTestId('report-table');
  await expect(table.getByRole('row', { name: /_sipinternaltls\._tcp\.fabrikam\.com/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /_sipinternaltls\._tcp\.litware\.com/ })).toHaveCount(0);

  await designer.setField('Further SIP domains', 'litware.com');
  await expect(table.getByRole('row', { name: /_sipinternaltls\._tcp\.litware\.com se1\.fabrikam\.com 5061/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /_sip\._tls\.litware\.com/ })).toBeVisible();

  // The filter narrows the rows; the certificates tab carries the new domain's sip. name on the Edge.
  await page.getByLabel('Filter the rows').fill('litware');
  await expect(page.getByTestId('report-count')).toHaveText(/^\d+ of \d+ rows$/);
  await expect(table.getByRole('row', { name: /fabrikam\.com.*fabrikam\.com/ }).filter({ hasNotText: 'litware' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Certificates' }).click();
  await expect(table.getByRole('row', { name: /sip\.litware\.com/ }).first()).toBeVisible();
});

test('a report row selects its elements, and the spreadsheet downloads', async ({ page }) => {
  await page.getByRole('button', { name: 'Reports' }).click();
  await page.getByRole('tab', { name: 'Server counts' }).click();
  await page.getByTestId('report-table').getByRole('row', { name: /Edge 1 2/ }).click();
  await expect(designer.inspector.getByLabel('Pool FQDN')).toHaveValue('edge01.fabrikam.com');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spreadsheet' }).click();
  expect((await download).suggestedFilename()).toMatch(/-reports\.xlsx$/);
});

import { expect, test } from '@playwright/test';
import { designOf, dropFromPalette } from './support/canvas-helpers';
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

test('an IP address and a simple URL typed in the inspector replace the report placeholders; bad input is refused', async ({ page }) => {
  await page.getByRole('button', { name: 'Reports' }).click();
  const table = page.getByTestId('report-table');
  await expect(table.getByRole('row', { name: /^internal A dialin\.fabrikam\.com / }).first()).toBeVisible();

  // A simple URL: the design's own fields show the documented default as the placeholder.
  const dialin = designer.inspector.getByLabel('Dial-in URL', { exact: true });
  await expect(dialin).toHaveAttribute('placeholder', 'https://dialin.fabrikam.com');
  await designer.setField('Dial-in URL', 'https://lync.fabrikam.com/dialin');
  await expect(table.getByRole('row', { name: /^internal A lync\.fabrikam\.com / }).first()).toBeVisible();
  await expect(table.getByRole('row', { name: /^internal A dialin\.fabrikam\.com/ })).toHaveCount(0);
  await expect(designer.inspector.getByLabel('Meet URL (fabrikam.com)')).toHaveAttribute('placeholder', 'https://meet.fabrikam.com');
  await designer.setField('Meet URL (fabrikam.com)', 'conf.fabrikam.com');
  await expect(table.getByRole('row', { name: /^internal A conf\.fabrikam\.com / }).first()).toBeVisible();
  await expect(table.getByRole('row', { name: /^internal A meet\.fabrikam\.com/ })).toHaveCount(0);

  // A server's IP: an address that is none stays in the field with a message and changes nothing.
  await designer.selectNode('se1-srv');
  await expect(designer.inspector.getByLabel('Server FQDN')).toHaveValue('se1.fabrikam.com');
  await designer.setField('IP address', '10.0.0.300');
  await expect(designer.inspector.getByRole('alert')).toHaveText(/not an IPv4 or IPv6 address/);
  await expect(table.getByRole('row', { name: /10\.0\.0\.300/ })).toHaveCount(0);
  await designer.setField('IP address', '10.0.0.5');
  await expect(designer.inspector.getByRole('alert')).toHaveCount(0);
  await expect(table.getByRole('row', { name: /^internal A se1\.fabrikam\.com 10\.0\.0\.5/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^internal A se1\.fabrikam\.com <IP of/ })).toHaveCount(0);

  // One edit is one undo step: undo brings the placeholder back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('row', { name: /^internal A se1\.fabrikam\.com <IP of se1\.fabrikam\.com>/ })).toBeVisible();
});

test('a reverse proxy placed from the palette takes its public IP and the reports route the published names to it', async ({ page }) => {
  const site = (await designer.node('central').boundingBox())!;
  await dropFromPalette(page, 'reverse-proxy', { x: site.x + site.width - 60, y: site.y + site.height - 25 });
  await expect.poll(async () => (await designOf(page)).reverseProxies.length).toBe(1);
  const proxy = (await designOf(page)).reverseProxies[0]!;
  expect(proxy.siteId).toBe('central');
  await expect(designer.node(proxy.id)).toContainText('Reverse proxy');

  await designer.selectNode(proxy.id);
  await expect(designer.inspector.getByRole('heading', { name: 'Reverse proxy' })).toBeVisible();
  await designer.setField('Public IP address', '203.0.113.7');

  await page.getByRole('button', { name: 'Reports' }).click();
  const table = page.getByTestId('report-table');
  await expect(table.getByRole('row', { name: /^external A meet\.fabrikam\.com 203\.0\.113\.7/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Firewall ports' }).click();
  await expect(table.getByRole('row', { name: new RegExp(`^Internet ${proxy.fqdn.replace(/\./g, '\\.')} 443 TCP`) })).toBeVisible();
  await page.getByRole('tab', { name: 'Certificates' }).click();
  await expect(table.getByRole('row', { name: new RegExp(`^${proxy.fqdn.replace(/\./g, '\\.')} Reverse proxy listener`) })).toBeVisible();
});

test('the Edge summary shows the Edge server interfaces with the addresses typed in the inspector', async ({ page }) => {
  await designer.selectNode('edge-srv');
  await designer.setField('Internal IP address', '10.1.0.11');
  await designer.setField('External IP address', '172.16.0.11');
  await page.getByRole('button', { name: 'Reports' }).click();
  await page.getByRole('tab', { name: 'Edge summary' }).click();
  const table = page.getByTestId('report-table');
  await expect(table.getByRole('row', { name: /^edge01\.fabrikam\.com internal internal Edge internal edge01\.fabrikam\.com 10\.1\.0\.11/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^edge01\.fabrikam\.com perimeter external Access Edge sip\.fabrikam\.com 172\.16\.0\.11/ })).toBeVisible();
});

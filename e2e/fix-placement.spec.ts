import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer-page';
import { centerOf, designOf, dragMouse } from './support/canvas-helpers';
import { overlapsOnScreen } from './support/no-overlap';

test('a fix that moves a server into a pool of its own puts the new pool in free space', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  // Two Standard Edition servers in one pool: SE_POOLED.
  await dragMouse(page, await centerOf(designer.node('se2-srv')), await centerOf(designer.node('se1-srv')));
  await expect.poll(async () => (await designOf(page)).servers.find((s) => s.id === 'se2-srv')!.poolId).toBe('se1');
  // The designer offers the pool a name of its own; keep it for now.
  const question = page.getByRole('dialog', { name: 'Give the pool a name of its own?' });
  await question.getByRole('button', { name: 'Keep the name' }).click();
  await expect(question).toBeHidden();
  expect(await overlapsOnScreen(page)).toEqual([]);

  const row = designer.problemRow('SE_POOLED');
  await expect(row).toBeVisible();
  const pools = (await designOf(page)).pools.length;
  await row.getByRole('button', { name: 'Fix', description: /into a Standard Edition pool of its own/ }).click();
  await expect(designer.problemRow('SE_POOLED')).toHaveCount(0);
  const after = await designOf(page);
  expect(after.pools).toHaveLength(pools + 1);
  const moved = after.servers.find((s) => s.id === 'se2-srv')!;
  expect(moved.poolId).not.toBe('se1');
  await expect(designer.node(moved.poolId)).toBeVisible();
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await expect.poll(() => overlapsOnScreen(page)).toEqual([]);
  designer.expectNoConsoleErrors();
});

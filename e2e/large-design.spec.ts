import { expect, test } from '@playwright/test';
import { serializeDesign } from '../src/document/serialize';
import { generateDesign } from '../src/domain/testing/generate-design';
import { computeGeometry } from '../src/layout/geometry';
import { routeDesign } from '../src/layout/router';
import { bakeLayout } from '../src/layout/tidy';
import { countBySeverity, validate } from '../src/rules/engine';
import { WHOLE_LIST_UP_TO } from '../src/ui/problems/list-items';
import { ALL_SEVERITIES, groupFindings } from '../src/ui/problems/problems-filter';
import { centerOf, designOf, dragMouse } from './support/canvas-helpers';
import { DesignerPage } from './support/designer-page';

test.describe('a large design', () => {
  test('opens at a readable zoom on its top-left corner, says so, and Zoom to fit still shows all of it', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const design = generateDesign({ seed: 11, elements: 3000, withLayout: true });
    await designer.importFile({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(serializeDesign(design)) });
    await expect(designer.notice('canvas-large-design')).toContainText('showing its top-left corner');

    // Only what is in view is drawn, and it is drawn big enough to read.
    const first = design.sites[0]!.id;
    await expect(designer.node(first)).toBeVisible();
    const drawn = await page.locator('.react-flow__node').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(1000);
    const zoom = await page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)?.[1]));
    expect(zoom).toBeCloseTo(0.6, 2);
    const server = design.servers.find((s) => s.poolId.startsWith(`${first}-`))!;
    await expect(designer.node(server.id)).toContainText(server.fqdn);

    // Its links are routed after it is on screen, in a worker: the labels end where the core's router puts them.
    expect(design.links.length).toBeGreaterThan(400);
    const routing = routeDesign(design, computeGeometry(design));
    const shown = await page.locator('.link-label').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-link-id')!, t: (e as HTMLElement).style.transform })));
    expect(shown.length).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const now = await page.locator('.link-label').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-link-id')!, t: (e as HTMLElement).style.transform })));
        return now.filter(({ id, t }) => {
          const label = routing.links.get(id)?.label;
          const at = /translate\(([-\d.]+)px, ([-\d.]+)px\)$/.exec(t);
          return label && at && Math.abs(Number(at[1]) - label.cx) < 0.01 && Math.abs(Number(at[2]) - label.cy) < 0.01;
        }).length;
      })
      .toBe(shown.length);
    // They were computed off the page's thread (canvas/routing/client.ts).
    expect(page.workers().some((w) => w.url().includes('routing.worker'))).toBe(true);

    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await expect.poll(() => page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)?.[1]))).toBeLessThan(0.35);
    designer.expectNoConsoleErrors();
  });

  test('draws only what is near the view: a far element appears when found, and a selection reaching off screen moves whole', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const design = generateDesign({ seed: 11, elements: 3000, withLayout: true });
    await designer.importFile({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(serializeDesign(design)) });
    await expect(designer.notice('canvas-large-design')).toContainText('showing its top-left corner');
    const before = computeGeometry(design).absolute;
    const corner = (id: string) => before.get(id)!.x + before.get(id)!.y;
    const servers = [...design.servers].sort((a, b) => corner(a.id) - corner(b.id));
    const [near, far] = [servers[0]!, servers.at(-1)!];
    await expect(designer.node(near.id)).toBeVisible();
    await expect(designer.node(far.id)).toHaveCount(0);

    // Found from the keyboard: framed, so drawn, while the corner left behind is not held any more.
    await page.keyboard.press('Control+f');
    const dialog = page.getByRole('dialog', { name: 'Find an element' });
    await dialog.getByRole('combobox', { name: 'Name or FQDN' }).fill(far.fqdn);
    await dialog.getByRole('option').filter({ hasText: 'server' }).first().click();
    await expect(designer.node(far.id)).toBeVisible();
    await expect(designer.node(far.id)).toContainText(far.fqdn);
    await expect(designer.node(near.id)).toHaveCount(0);

    // Everything selected, a drag of the far server moves the near one too, though it is off screen.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+a');
    await expect(designer.node(far.id)).toHaveClass(/selected/);
    const from = await centerOf(designer.node(far.id).locator('.node-title').first());
    const zoom = await page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)?.[1]));
    await dragMouse(page, from, { x: from.x + 100, y: from.y + 60 });
    await expect
      .poll(async () => {
        const after = computeGeometry(await designOf(page)).absolute;
        return Math.round((after.get(near.id)!.x - before.get(near.id)!.x) * zoom);
      })
      .toBeGreaterThan(60);
    designer.expectNoConsoleErrors();
  });

  test('is checked after it shows: "Checking…" gives way to the findings of the design opened', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const design = generateDesign({ seed: 12, elements: 3000, withLayout: true });
    const findings = validate(bakeLayout(design));
    const counts = countBySeverity(findings);
    expect(findings.length).toBeGreaterThan(0);
    await designer.importFile({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(serializeDesign(design)) });
    await expect(designer.node(design.sites[0]!.id)).toBeVisible();
    // Never the sample's findings for it: either still checking, or this design's counts.
    await expect(designer.findingsCount).not.toHaveAttribute('data-checking', '', { timeout: 20_000 });
    await expect(designer.findingsCount).toHaveAttribute('data-errors', String(counts.error));
    await expect(designer.findingsCount).toHaveAttribute('data-warnings', String(counts.warning));
    await expect(designer.findingsCount).toHaveAttribute('data-info', String(counts.info));
    await expect(page.locator('.problems-total')).toHaveText(String(findings.length));
    // A long list holds only the rows near its view (FindingsList.tsx); scrolled to its end, it shows the
    // last finding, and the rows met on the way are the findings in the list's order.
    expect(findings.length).toBeGreaterThan(WHOLE_LIST_UP_TO);
    const rows = page.locator('.problems li.finding-row');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeLessThan(80);
    const inOrder = groupFindings(findings, { severities: ALL_SEVERITIES, text: '' }).flatMap((g) => g.findings);
    await expect(rows.first().locator('.finding-message')).toHaveText(inOrder[0]!.message);
    const body = page.locator('.problems-body');
    // Heights are measured as rows render, so the end moves while scrolling: scroll until it stays put.
    await expect
      .poll(async () => {
        await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
        await page.waitForTimeout(100);
        return body.evaluate((el) => Math.abs(el.scrollHeight - el.clientHeight - el.scrollTop) < 2);
      })
      .toBe(true);
    await expect(rows.last().locator('.finding-message')).toHaveText(inOrder.at(-1)!.message);
    await expect(rows.last()).toBeInViewport();
    expect(await rows.count()).toBeLessThan(80);
    designer.expectNoConsoleErrors();
  });
});

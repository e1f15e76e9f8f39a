import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer-page';

/** The `/*` headers of public/_headers, read here independently of the build's own parser. */
function expectedHeaders(): Record<string, string> {
  const text = readFileSync(new URL('../public/_headers', import.meta.url), 'utf8');
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s+([\w-]+):\s*(.+?)\s*$/.exec(line);
    if (m) headers[m[1]!.toLowerCase()] = m[2]!;
  }
  return headers;
}

test.describe('static hosting', () => {
  test('the preview server sends the headers of public/_headers with the page and its scripts', async ({ page }) => {
    const designer = new DesignerPage(page);
    const expected = expectedHeaders();
    expect(expected['content-security-policy']).toContain("frame-ancestors 'none'");
    // The first screen loads more chunks after it paints. A header read still pending when the
    // test ends would reject into the next test, so each read is guarded and the page left idle first.
    const scripts: Promise<Record<string, string> | undefined>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.allHeaders().catch(() => undefined));
    });
    await designer.watchCsp();
    const response = await page.goto('/');
    await expect(page.locator('.react-flow')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const pageHeaders = await response!.allHeaders();
    expect(scripts.length).toBeGreaterThan(0);
    const scriptHeaders = await Promise.all(scripts);
    expect(scriptHeaders).not.toContain(undefined);
    for (const headers of [pageHeaders, ...scriptHeaders]) {
      expect(headers!['content-security-policy']).toBe(expected['content-security-policy']);
      expect(headers!['x-content-type-options']).toBe('nosniff');
      expect(headers!['referrer-policy']).toBe('no-referrer');
    }
    // The meta tag carries the same policy, less frame-ancestors (which a meta tag cannot set).
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(expected['content-security-policy']!.replace(/;\s*frame-ancestors 'none'/, ''));
    designer.expectNoConsoleErrors();
  });

  test('a page on another origin cannot frame the designer', async ({ page, baseURL }) => {
    // localhost and 127.0.0.1 are different origins: the frame is refused by frame-ancestors.
    const framing = new URL(baseURL!);
    framing.hostname = framing.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    await page.route(`${framing.origin}/framer.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<iframe src="${baseURL}/" width="800" height="600"></iframe>` }),
    );
    await page.goto(`${framing.origin}/framer.html`);
    // Chromium replaces a refused frame with its error page.
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('iframe').locator('#root')).toHaveCount(0);
  });
});

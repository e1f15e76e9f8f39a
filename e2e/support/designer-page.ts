import { expect, type Page } from '@playwright/test';

/**
 * Page object for the designer, so journeys read like what a user does. Console errors and CSP
 * violations are collected for every page: a journey fails on any of them (see `expectNoConsoleErrors`).
 */
export class DesignerPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(msg.text());
    });
    page.on('pageerror', (err) => this.errors.push(String(err)));
  }

  async open(path = '/'): Promise<void> {
    await this.watchCsp();
    await this.page.goto(path);
    await expect(this.page.locator('.react-flow')).toBeVisible();
    // The canvas shows before the design is framed, and the palette tiles and side panels come after that
    // (state/first-screen.ts): a journey that reads a place on screen before then reads one about to change.
    await expect(this.page.locator('.palette-body')).not.toHaveAttribute('aria-busy', 'true');
    await expect(this.page.locator('.pending-panel')).toHaveCount(0);
  }

  /** A node on the canvas by element id. */
  node(id: string) {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  // Panels: inspector, problems list, palette, toolbar.

  /** The inspector (properties of the selection). */
  get inspector() {
    return this.page.getByRole('region', { name: 'Properties' });
  }

  /** The problems list. */
  get problems() {
    return this.page.getByRole('region', { name: 'Problems' });
  }

  /** A problems-list row by rule id. */
  problemRow(rule: string) {
    return this.problems.locator(`[data-rule="${rule}"]`);
  }

  /** A palette tile by palette item id (e.g. "server:edge"). */
  paletteTile(item: string) {
    return this.page.locator(`[data-palette-item="${item}"]`);
  }

  /** The error/warning/info summary button in the toolbar. */
  get findingsCount() {
    return this.page.getByTestId('findings-count');
  }

  /**
   * Select an element by clicking its node near the top-left corner, on the node's own header, so that a
   * pool is selected rather than a server drawn inside it.
   */
  async selectNode(id: string): Promise<void> {
    await this.node(id).click({ position: { x: 12, y: 10 } });
  }

  /** Type into an inspector text field and commit it with Enter (one undo step). */
  async setField(label: string, value: string): Promise<void> {
    const field = this.inspector.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press('Enter');
  }

  /** Open a template from the toolbar's Templates menu. */
  async chooseTemplate(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Templates' }).click();
    await this.page.getByRole('menuitem', { name: title }).click();
  }

  /**
   * Open a template over a design with nothing unsaved, and wait until it is on screen: templates load on
   * use, so an export or import straight after the click would otherwise act on the design before it.
   */
  async openTemplate(title: string): Promise<void> {
    await this.chooseTemplate(title);
    await expect(this.page.getByLabel('Design name')).toHaveValue(new RegExp(`^${title}`));
  }

  /** Run an entry of the toolbar's File menu, e.g. "Export picture: PNG at 2x" or "Import…". */
  async fileMenu(item: string): Promise<void> {
    await this.page.getByRole('button', { name: 'File', exact: true }).click();
    await this.page.getByRole('menuitem', { name: item, exact: true }).click();
  }

  /** Export from the File menu; resolves with the downloaded file's suggested name and bytes. */
  async exportFile(item: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.fileMenu(item)]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  /** Open a file through File > Import…, as a user picking it in the file chooser. */
  async importFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.fileMenu('Import…')]);
    await chooser.setFiles(file);
  }

  /** A notice (toast) by its key, e.g. "import". */
  notice(key: string) {
    return this.page.locator(`[data-notice="${key}"]`);
  }

  private cspWatched = false;

  /**
   * Report every Content-Security-Policy violation as a console error (so `expectNoConsoleErrors` fails on
   * it), from before any page script runs. Chromium logs most violations itself; the event catches all.
   */
  async watchCsp(): Promise<void> {
    if (this.cspWatched) return;
    this.cspWatched = true;
    await this.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
  }

  /** Only the CSP violations among the errors (a journey that expects one checks it with this). */
  get cspViolations(): string[] {
    return this.errors.filter((e) => e.startsWith('CSP violation') || e.includes('Content Security Policy'));
  }

  expectNoConsoleErrors(): void {
    expect(this.errors, this.errors.join('\n')).toEqual([]);
  }
}

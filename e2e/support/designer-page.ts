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
    await this.page.goto(path);
    await expect(this.page.locator('.react-flow')).toBeVisible();
  }

  /** A node on the canvas by element id. */
  node(id: string) {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  expectNoConsoleErrors(): void {
    expect(this.errors, this.errors.join('\n')).toEqual([]);
  }
}

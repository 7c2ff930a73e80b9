import type { Locator, Page } from '@playwright/test';

/** Page object for the home page (tldraw style: specs talk to this, not to selectors). */
export class HomePage {
  readonly title: Locator;
  readonly cta: Locator;
  readonly lessons: Locator;
  readonly sketch: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('home.title');
    this.cta = page.getByTestId('home.cta');
    this.lessons = page.getByTestId('home.lessons').getByRole('listitem');
    this.sketch = page.getByTestId('home.sketch');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  async startCourse(): Promise<void> {
    await this.cta.click();
    await this.page.waitForURL('**/learn');
  }
}

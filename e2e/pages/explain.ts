import type { Locator, Page } from '@playwright/test';

/** Page object for the server-rendered run explanation (/explain/<levelId>?… and /runs/<id>). */
export class ExplainPage {
  readonly title: Locator;
  /** The note about values in the link that were ignored (locked settings). */
  readonly notice: Locator;
  readonly outcome: Locator;
  readonly headline: Locator;
  readonly findings: Locator;
  readonly replay: Locator;
  readonly lessons: Locator;
  readonly charts: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('explain.title');
    this.notice = page.getByTestId('explain.notice');
    this.outcome = page.getByTestId('explain.outcome');
    this.headline = page.getByTestId('explain.headline');
    this.findings = page.getByTestId('explain.findings').getByRole('listitem');
    this.replay = page.getByTestId('explain.replay');
    this.lessons = page.getByTestId('explain.lessons').getByRole('link');
    this.charts = page.locator('svg[role="img"]');
  }

  /** Opens the explanation of a run given as a level id and the player's query string. */
  async goto(levelId: string, query = ''): Promise<void> {
    await this.page.goto(`/explain/${levelId}${query ? `?${query}` : ''}`);
  }

  /** The finding of one kind (e.g. 'saddle-stall', 'divergence'). */
  finding(kind: string): Locator {
    return this.page.getByTestId(`explain.finding.${kind}`);
  }
}

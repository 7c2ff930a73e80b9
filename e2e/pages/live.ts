import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the live class view (/create/playlist/<slug>/live#token=…). */
export class LiveClassPage {
  readonly app: Locator;
  readonly status: Locator;
  readonly title: Locator;
  readonly refused: Locator;
  readonly showNames: Locator;
  readonly rows: Locator;
  readonly names: Locator;
  readonly empty: Locator;
  readonly arrived: Locator;

  constructor(readonly page: Page) {
    this.app = page.getByTestId('live.app');
    this.status = page.getByTestId('live.status');
    this.title = page.getByTestId('live.title');
    this.refused = page.getByTestId('live.refused');
    this.showNames = page.getByTestId('live.show-names');
    this.rows = page.getByTestId('live.class.row');
    this.names = page.getByTestId('live.class.name');
    this.empty = page.getByTestId('live.class.empty');
    this.arrived = page.getByTestId('live.arrived');
  }

  /** Opens the live view with a key (edit token or desk key) and waits until it is live. */
  async open(origin: string, slug: string, key: string): Promise<void> {
    await this.page.goto(`${origin}/create/playlist/${slug}/live#token=${key}`);
    await expect(this.status).toHaveAttribute('data-status', 'live', { timeout: 30_000 });
  }

  /** One level's swarm figure. */
  level(levelId: string): Locator {
    return this.page.locator(`[data-testid="live.level"][data-level="${levelId}"]`);
  }

  /** The drawn path of one run. */
  path(runId: string): Locator {
    return this.page.locator(`[data-testid="live.path"][data-run="${runId}"]`);
  }

  /** The best-stars cells of the row of the student labelled `label`. */
  cells(label: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name: label }) }).getByTestId('live.class.cell');
  }
}

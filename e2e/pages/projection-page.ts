import type { Locator, Page } from '@playwright/test';

/** Page object for "Train every weight, watch the projection" (/explore/projection). */
export class ProjectionPage {
  readonly root: Locator;
  readonly network: Locator;
  readonly steps: Locator;
  readonly train: Locator;
  readonly status: Locator;
  readonly explained: Locator;
  /** The map: the loss on the path's plane (an SVG) with the projected path. */
  readonly map: Locator;
  /** The projected path drawn on the map. */
  readonly path: Locator;
  readonly start: Locator;
  readonly end: Locator;
  readonly lossChart: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('projection');
    this.network = page.getByTestId('projection.network');
    this.steps = page.getByTestId('projection.steps');
    this.train = page.getByTestId('projection.train');
    this.status = page.getByTestId('projection.status');
    this.explained = page.getByTestId('projection.explained');
    this.map = page.getByTestId('projection.map');
    this.path = this.map.getByTestId('projection.path');
    this.start = this.map.getByTestId('projection.start');
    this.end = this.map.getByTestId('projection.end');
    this.lossChart = page.getByTestId('projection.loss');
  }

  async goto(): Promise<void> {
    await this.page.goto('/explore/projection');
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

/** What publishing shows: the slug and the two absolute links. */
export interface PublishedLinks {
  readonly slug: string;
  readonly shareUrl: string;
  readonly editUrl: string;
}

/** Page object for the level editor (/create, /create?from=…, /create/edit/<slug>#token=…). */
export class EditorPage {
  readonly root: Locator;
  readonly terrain: Locator;
  readonly terrainError: Locator;
  readonly terrainMark: Locator;
  readonly calibrateButton: Locator;
  readonly calibrateResult: Locator;
  readonly publishButton: Locator;
  readonly results: Locator;
  readonly map: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('editor');
    this.terrain = page.getByTestId('editor.terrain');
    this.terrainError = page.getByTestId('editor.terrain.error');
    this.terrainMark = page.getByTestId('editor.terrain.mark');
    this.calibrateButton = page.getByTestId('editor.calibrate.run');
    this.calibrateResult = page.getByTestId('editor.calibrate.result');
    this.publishButton = page.getByTestId('editor.publish.button');
    this.results = page.getByTestId('editor.results');
    this.map = page.getByTestId('editor.map');
  }

  /** Opens /create with no saved draft (localStorage cleared for this origin first). */
  async gotoFresh(query = ''): Promise<void> {
    await this.page.goto('/create');
    await this.page.evaluate(() => window.localStorage.clear());
    await this.page.goto(`/create${query}`);
    await expect(this.root).toBeVisible();
  }

  /** Waits until the preview map has a computed surface. */
  async waitForPreview(): Promise<void> {
    await expect(this.page.getByTestId('editor.preview')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  }

  async setText(testId: string, value: string): Promise<void> {
    await this.page.getByTestId(testId).fill(value);
  }

  /** Types into a number box (fill replaces the whole value). */
  async setNumber(testId: string, value: number): Promise<void> {
    await this.page.getByTestId(testId).fill(String(value));
  }

  async setTerrain(expr: string): Promise<void> {
    await this.terrain.fill(expr);
  }

  /** Clicks the 2-D map at a fraction of its box (0–1 each way) with the given pick target. */
  async clickMap(target: 'start' | 'goal', fx: number, fy: number): Promise<void> {
    await this.page.getByTestId(`editor.pick.${target}`).check();
    const box = await this.map.boundingBox();
    if (!box) throw new Error('the map has no box');
    await this.page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
  }

  async startPoint(): Promise<[number, number]> {
    const x = Number(await this.page.getByTestId('editor.start.x').inputValue());
    const y = Number(await this.page.getByTestId('editor.start.y').inputValue());
    return [x, y];
  }

  /** Runs auto-calibration and waits for its result; returns the best score. */
  async calibrate(mode: 'grid' | 'random' = 'grid', max = 200, timeout = 60_000): Promise<{ best: number; solvable: boolean }> {
    await this.page.getByTestId('editor.calibrate.mode').selectOption(mode);
    await this.setNumber('editor.calibrate.max', max);
    await this.calibrateButton.click();
    await expect(this.page.getByTestId('editor.calibrate.cancel')).toBeHidden({ timeout });
    await expect(this.calibrateResult).toHaveAttribute('data-stale', 'false');
    return {
      best: Number(await this.calibrateResult.getAttribute('data-best')),
      solvable: (await this.calibrateResult.getAttribute('data-solvable')) === 'true',
    };
  }

  /** Publishes and returns the links shown. */
  async publish(): Promise<PublishedLinks> {
    await expect(this.publishButton).toBeEnabled();
    await this.publishButton.click();
    const block = this.page.getByTestId('editor.published');
    await expect(block).toBeVisible({ timeout: 30_000 });
    return {
      slug: (await block.getAttribute('data-slug')) ?? '',
      shareUrl: await this.page.getByTestId('editor.shareUrl').inputValue(),
      editUrl: await this.page.getByTestId('editor.editUrl').inputValue(),
    };
  }

  /** The rows of the results table (each row's cell texts). */
  async resultRows(): Promise<string[][]> {
    const rows = this.page.getByTestId('editor.results.row');
    const n = await rows.count();
    const out: string[][] = [];
    for (let i = 0; i < n; i++) out.push(await rows.nth(i).locator('td').allInnerTexts());
    return out;
  }
}

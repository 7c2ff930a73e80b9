import { expect, type Locator, type Page } from '@playwright/test';

/** What publishing shows: the slug and the two absolute links. */
export interface PublishedLinks {
  readonly slug: string;
  readonly shareUrl: string;
  readonly editUrl: string;
}

/**
 * A field of the editor's form, named as on the page (its test id without the "editor." prefix):
 * the words, the start and goal, the budget, the runs, the star thresholds, a setting's range or default.
 */
export type EditorField =
  | 'title'
  | 'goalText'
  | 'family'
  | 'budget'
  | 'seeds'
  | 'start.x'
  | 'start.y'
  | 'goal.cx'
  | 'goal.cy'
  | 'goal.radius'
  | `hint.${number}`
  | `stars.${1 | 2 | 3}`
  | `range.${string}.${'min' | 'max'}`
  | `default.${string}`;

/** A rendered Markdown preview and the parts a spec checks. */
export interface MarkdownPreview {
  readonly root: Locator;
  readonly bold: Locator;
  readonly scripts: Locator;
  readonly javascriptLinks: Locator;
}

/** A level file to import: a path on disk, or a file made in the test. */
export type LevelFile = string | { name: string; mimeType: string; buffer: Buffer };

/** Page object for the level editor (/create, /create?from=…, /create/edit/<slug>#token=…). */
export class EditorPage {
  readonly root: Locator;
  readonly terrain: Locator;
  readonly terrainError: Locator;
  readonly terrainMark: Locator;
  readonly terrainOk: Locator;
  readonly calibrateButton: Locator;
  readonly calibrateResult: Locator;
  readonly publishButton: Locator;
  /** Why publishing is not possible yet. */
  readonly publishWhy: Locator;
  readonly results: Locator;
  readonly map: Locator;
  readonly addHintButton: Locator;
  readonly testPlayToggle: Locator;
  /** Importing a level file: the input and the problems found in a bad file. */
  readonly importInput: Locator;
  readonly importErrors: Locator;
  /** The note that a saved draft was restored. */
  readonly restored: Locator;
  /** The edit page's refusal (no token, or a wrong one). */
  readonly refused: Locator;
  /** The real network's picker (family `network`): its data set, and where its rows stand. */
  readonly networkDataset: Locator;
  readonly networkLicence: Locator;
  /** data-state 'loading' / 'ready' / 'failed'; the row counts once ready. */
  readonly networkStatus: Locator;
  /** What the preview map waits for ("Loading the data set…", training a centre). */
  readonly mapNote: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('editor');
    this.terrain = page.getByTestId('editor.terrain');
    this.terrainError = page.getByTestId('editor.terrain.error');
    this.terrainMark = page.getByTestId('editor.terrain.mark');
    this.terrainOk = page.getByTestId('editor.terrain.ok');
    this.calibrateButton = page.getByTestId('editor.calibrate.run');
    this.calibrateResult = page.getByTestId('editor.calibrate.result');
    this.publishButton = page.getByTestId('editor.publish.button');
    this.publishWhy = page.getByTestId('editor.publish.why');
    this.results = page.getByTestId('editor.results');
    this.map = page.getByTestId('editor.map');
    this.addHintButton = page.getByTestId('editor.hint.add');
    this.testPlayToggle = page.getByTestId('editor.testplay.toggle');
    this.importInput = page.getByTestId('editor.import');
    this.importErrors = page.getByTestId('editor.import.errors');
    this.restored = page.getByTestId('editor.restored');
    this.refused = page.getByTestId('editor.edit.refused');
    this.networkDataset = page.getByTestId('editor.network.dataset');
    this.networkLicence = page.getByTestId('editor.network.licence');
    this.networkStatus = page.getByTestId('editor.network.status');
    this.mapNote = page.getByTestId('editor.map.note');
  }

  /** Chooses the landscape family (its id, e.g. 'network', 'terrain'). */
  async pickFamily(id: string): Promise<void> {
    await this.field('family').selectOption(id);
  }

  /** Chooses a real network's data set ('penguins', 'cars') and waits for its rows to load. */
  async pickDataset(name: string): Promise<void> {
    await this.networkDataset.selectOption(name);
    await expect(this.networkStatus).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  }

  /** The checkbox of a real network's input feature i (in the data set's column order). */
  networkFeature(i: number): Locator {
    return this.page.getByTestId(`editor.network.feature.${i}`);
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

  /** A field of the form (see {@link EditorField}). */
  field(name: EditorField): Locator {
    return this.page.getByTestId(`editor.${name}`);
  }

  async setText(name: EditorField, value: string): Promise<void> {
    await this.field(name).fill(value);
  }

  /** Types into a number box (fill replaces the whole value). */
  async setNumber(name: EditorField, value: number): Promise<void> {
    await this.field(name).fill(String(value));
  }

  async setTerrain(expr: string): Promise<void> {
    await this.terrain.fill(expr);
  }

  /** The checkbox that lets players change a setting (e.g. 'lr', 'optimizer', 'batchSize'). */
  unlock(setting: string): Locator {
    return this.page.getByTestId(`editor.unlock.${setting}`);
  }

  async addHint(): Promise<void> {
    await this.addHintButton.click();
  }

  /** The rendered Markdown of hint i: its bold text, and what must never survive (scripts, javascript: links). */
  hintPreview(i: number): MarkdownPreview {
    const root = this.page.getByTestId(`editor.hint.${i}.preview`);
    return { root, bold: root.locator('strong'), scripts: root.locator('script'), javascriptLinks: root.locator('a[href^="javascript"]') };
  }

  /** Opens the test-play panel (the level in the player, as practice). */
  async openTestPlay(): Promise<void> {
    await this.testPlayToggle.click();
  }

  async importLevelFile(file: LevelFile): Promise<void> {
    await this.importInput.setInputFiles(file);
  }

  /** The title of the draft saved in localStorage (null when none is saved under `key`). */
  async savedDraftTitle(key = 'descent.editor.new'): Promise<string | null> {
    return this.page.evaluate((k) => {
      const text = window.localStorage.getItem(k);
      if (!text) return null;
      const draft = JSON.parse(text) as { title?: unknown };
      return typeof draft.title === 'string' ? draft.title : null;
    }, key);
  }

  /** Clicks the 2-D map at a fraction of its box (0–1 each way) with the given pick target. */
  async clickMap(target: 'start' | 'goal', fx: number, fy: number): Promise<void> {
    await this.page.getByTestId(`editor.pick.${target}`).check();
    const box = await this.map.boundingBox();
    if (!box) throw new Error('the map has no box');
    await this.page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
  }

  async startPoint(): Promise<[number, number]> {
    const x = Number(await this.field('start.x').inputValue());
    const y = Number(await this.field('start.y').inputValue());
    return [x, y];
  }

  /** Runs auto-calibration and waits for its result; returns the best score. */
  async calibrate(mode: 'grid' | 'random' = 'grid', max = 200, timeout = 60_000): Promise<{ best: number; solvable: boolean }> {
    await this.page.getByTestId('editor.calibrate.mode').selectOption(mode);
    await this.page.getByTestId('editor.calibrate.max').fill(String(max));
    await this.calibrateButton.click();
    await expect(this.page.getByTestId('editor.calibrate.cancel')).toBeHidden({ timeout });
    await expect(this.calibrateResult).toHaveAttribute('data-stale', 'false');
    return {
      best: Number(await this.calibrateResult.getAttribute('data-best')),
      solvable: (await this.calibrateResult.getAttribute('data-solvable')) === 'true',
    };
  }

  /**
   * Runs "Check the intent" (the proof sweep in the browser) and waits for its verdict; returns
   * the proof's status and verdict. `source` 'server' reads the server's stored proof instead.
   */
  async checkIntent(timeout = 120_000): Promise<{ status: string; verdict: string }> {
    await this.page.getByTestId('editor.proof.run').click();
    return this.proof('editor', timeout);
  }

  /** The proof shown (the editor's own sweep, or the server's verdict after publishing). */
  async proof(source: 'editor' | 'server', timeout = 30_000): Promise<{ status: string; verdict: string }> {
    const table = this.page.getByTestId(`proof.${source}`);
    await expect(table).toBeVisible({ timeout });
    return { status: (await table.getAttribute('data-status')) ?? '', verdict: await this.page.getByTestId(`proof.${source}.verdict`).innerText() };
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

  /** Asks the server for the latest results (edit page). */
  async refreshResults(): Promise<void> {
    await this.page.getByTestId('editor.results.refresh').click();
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

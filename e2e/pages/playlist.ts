import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** What creating a playlist shows: the slug and the two absolute links. */
export interface PlaylistLinks {
  readonly slug: string;
  readonly shareUrl: string;
  readonly editUrl: string;
}

/** Page object for the teacher's playlist pages (/create/playlist, /create/playlist/<slug>#token=…). */
export class PlaylistEditorPage {
  readonly editor: Locator;
  readonly title: Locator;
  readonly items: Locator;
  readonly createButton: Locator;
  /** Why creating is not possible yet. */
  readonly createWhy: Locator;
  readonly results: Locator;
  readonly refused: Locator;
  /** The edit page's block (its `data-published` turns false once unpublished). */
  readonly edit: Locator;
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('playlist.editor');
    this.title = page.getByTestId('playlist.editor.title');
    this.items = page.getByTestId('playlist.editor.item');
    this.createButton = page.getByTestId('playlist.create.button');
    this.createWhy = page.getByTestId('playlist.create.why');
    this.results = page.getByTestId('playlist.results');
    this.refused = page.getByTestId('playlist.edit.refused');
    this.edit = page.getByTestId('playlist.edit');
    this.saveStatus = page.getByTestId('playlist.save.status');
  }

  /** Opens /create/playlist with no saved draft (localStorage cleared for this origin first). */
  async gotoFresh(): Promise<void> {
    await this.page.goto('/create/playlist');
    await this.page.evaluate(() => window.localStorage.clear());
    await this.page.goto('/create/playlist');
    await expect(this.editor).toBeVisible();
  }

  /** Adds a built-in level by id. */
  async addBuiltin(id: string): Promise<void> {
    await this.page.getByTestId('playlist.picker.builtin').selectOption(id);
    await this.page.getByTestId('playlist.picker.builtin.add').click();
  }

  /** Pastes a custom level's link or code and asks to add it (the answer shows in `message`). */
  async addCustom(ref: string): Promise<void> {
    await this.page.getByTestId('playlist.picker.custom').fill(ref);
    await this.page.getByTestId('playlist.picker.custom.add').click();
  }

  /** The picker's last message (added, or why not). */
  get message(): Locator {
    return this.page.getByTestId('playlist.picker.message');
  }

  /** The list's entries in order, as keys ("builtin:<id>", "custom:<slug>"). */
  async keys(): Promise<string[]> {
    return this.items.evaluateAll((els) => els.map((el) => el.getAttribute('data-key') ?? ''));
  }

  /** The entry at a 0-based position. */
  item(i: number): Locator {
    return this.items.nth(i);
  }

  /** The buttons of the entry at a 0-based position: remove, move up, move down. */
  removeButton(i: number): Locator {
    return this.item(i).getByTestId('playlist.editor.remove');
  }

  upButton(i: number): Locator {
    return this.item(i).getByTestId('playlist.editor.up');
  }

  downButton(i: number): Locator {
    return this.item(i).getByTestId('playlist.editor.down');
  }

  async remove(i: number): Promise<void> {
    await this.removeButton(i).click();
  }

  /** Moves the entry at a 0-based position up with the keyboard (focus its button, press Enter). */
  async moveUpWithKeyboard(i: number): Promise<void> {
    await this.upButton(i).focus();
    await this.page.keyboard.press('Enter');
  }

  /** Creates the playlist and returns the links shown. */
  async create(): Promise<PlaylistLinks> {
    await expect(this.createButton).toBeEnabled();
    await this.createButton.click();
    const block = this.page.getByTestId('playlist.created');
    await expect(block).toBeVisible({ timeout: 30_000 });
    return {
      slug: (await block.getAttribute('data-slug')) ?? '',
      shareUrl: await this.page.getByTestId('playlist.shareUrl').inputValue(),
      editUrl: await this.page.getByTestId('playlist.editUrl').inputValue(),
    };
  }

  /** Saves the edits (PUT); `saveStatus` tells how it went. */
  async save(): Promise<void> {
    await this.page.getByTestId('playlist.save').click();
  }

  /** Unpublishes (DELETE), accepting the confirmation dialog. */
  async unpublish(): Promise<void> {
    this.page.once('dialog', (d) => void d.accept());
    await this.page.getByTestId('playlist.unpublish').click();
  }

  /** Asks the server for the latest results. */
  async refreshResults(): Promise<void> {
    await this.page.getByTestId('playlist.results.refresh').click();
  }

  /** Downloads the results as CSV through the page's button. */
  async downloadCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('playlist.results.csv').click()]);
    return download;
  }

  /** The results rows of the level at a 1-based position (each row's cell texts joined by " | "). */
  async resultLines(position: number): Promise<string[]> {
    const level = this.page.locator(`[data-testid="playlist.results.level"][data-position="${position}"]`);
    const rows = level.getByTestId('playlist.results.row');
    const out: string[] = [];
    for (let i = 0, n = await rows.count(); i < n; i++) out.push((await rows.nth(i).locator('td').allInnerTexts()).join(' | '));
    return out;
  }
}

/** Page object for a student's view of a playlist: /p/<slug> and the bar on the play pages. */
export class PlaylistStudentPage {
  readonly root: Locator;
  readonly title: Locator;
  readonly items: Locator;
  /** The finish screen's message on /p/<slug>. */
  readonly finished: Locator;
  /** The bar on a play page: where the level stands in the list, and its links. */
  readonly bar: Locator;
  readonly barPlace: Locator;
  readonly barPrev: Locator;
  readonly barNext: Locator;
  readonly barDone: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('playlist');
    this.title = page.getByTestId('playlist.title');
    this.items = page.getByTestId('playlist.item');
    this.finished = page.getByTestId('playlist.finished');
    this.bar = page.getByTestId('playlist-bar');
    this.barPlace = this.bar.getByTestId('playlist-bar.place');
    this.barPrev = this.bar.getByTestId('playlist-bar.prev');
    this.barNext = this.bar.getByTestId('playlist-bar.next');
    this.barDone = this.bar.getByTestId('playlist-bar.done');
  }

  async goto(shareUrl: string): Promise<void> {
    await this.page.goto(shareUrl);
    await expect(this.root).toBeVisible();
  }

  /** Clicks the link of the level at a 0-based position. */
  async open(i: number): Promise<void> {
    await this.items.nth(i).getByRole('link').click();
  }

  /** The stars the bar shows for the level at a 0-based position. */
  barStars(i: number): Locator {
    return this.bar.getByTestId('playlist-bar.item').nth(i).locator('[data-stars]');
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

/** One level or playlist as the desk lists it. */
export interface DeskEntry {
  readonly slug: string;
  readonly title: string;
  readonly published: boolean;
  /** The edit link (the desk key in its #fragment), absolute. */
  readonly editUrl: string;
}

/** Page object for the teacher's desk (/desk, /desk#key=…). */
export class DeskPage {
  readonly makeButton: Locator;
  /** The secret link shown once after "Make my desk". */
  readonly secretLink: Locator;
  readonly savedBox: Locator;
  readonly rememberBox: Locator;
  readonly enterButton: Locator;
  readonly openInput: Locator;
  readonly openButton: Locator;
  readonly openRememberBox: Locator;
  /** The open desk, its lists, and the "remembered on this device" box. */
  readonly open: Locator;
  readonly levels: Locator;
  readonly playlists: Locator;
  readonly remembered: Locator;
  readonly error: Locator;
  readonly attachInput: Locator;
  readonly attachButton: Locator;
  readonly attachDone: Locator;
  readonly attachError: Locator;

  constructor(readonly page: Page) {
    this.makeButton = page.getByTestId('desk.make');
    this.secretLink = page.getByTestId('desk.link');
    this.savedBox = page.getByTestId('desk.saved');
    this.rememberBox = page.getByTestId('desk.remember');
    this.enterButton = page.getByTestId('desk.enter');
    this.openInput = page.getByTestId('desk.open.input');
    this.openButton = page.getByTestId('desk.open.button');
    this.openRememberBox = page.getByTestId('desk.open.remember');
    this.open = page.getByTestId('desk.open');
    this.levels = page.getByTestId('desk.levels.item');
    this.playlists = page.getByTestId('desk.playlists.item');
    this.remembered = page.getByTestId('desk.remembered');
    this.error = page.getByTestId('desk.error');
    this.attachInput = page.getByTestId('desk.attach.input');
    this.attachButton = page.getByTestId('desk.attach.button');
    this.attachDone = page.getByTestId('desk.attach.done');
    this.attachError = page.getByTestId('desk.attach.error');
  }

  async goto(): Promise<void> {
    await this.page.goto('/desk');
  }

  /**
   * Makes a desk: reads the secret link shown once, ticks "I have saved it" (the only way to go
   * on), optionally "remember on this device", and opens the desk. Returns the secret link.
   */
  async make(remember: boolean): Promise<string> {
    await this.makeButton.click();
    await expect(this.secretLink).toBeVisible({ timeout: 30_000 });
    const link = await this.secretLink.inputValue();
    await expect(this.enterButton).toBeDisabled();
    await this.savedBox.check();
    if (remember) await this.rememberBox.check();
    await this.enterButton.click();
    await expect(this.open).toBeVisible();
    return link;
  }

  /** Opens a desk by pasting its secret link in the "Open my desk" form. */
  async openWith(secretLink: string, remember = false): Promise<void> {
    await this.openInput.fill(secretLink);
    if (remember) await this.openRememberBox.check();
    await this.openButton.click();
    await expect(this.open).toBeVisible();
  }

  /** The listed levels or playlists, in the desk's order (newest first), once loaded. */
  async entries(kind: 'levels' | 'playlists'): Promise<DeskEntry[]> {
    await expect(this.page.getByTestId(`desk.${kind}`).or(this.page.getByTestId(`desk.${kind}.empty`))).toBeVisible({ timeout: 30_000 });
    const items = kind === 'levels' ? this.levels : this.playlists;
    const origin = new URL(this.page.url()).origin;
    const out: DeskEntry[] = [];
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      out.push({
        slug: (await item.getAttribute('data-slug')) ?? '',
        title: await item.getByTestId(`desk.${kind}.title`).innerText(),
        published: (await item.getByTestId(`desk.${kind}.status`).getAttribute('data-published')) === 'true',
        editUrl: new URL((await item.getByTestId(`desk.${kind}.edit`).getAttribute('href')) ?? '', origin).toString(),
      });
    }
    return out;
  }

  /** The entry of a slug (its list item). */
  entry(kind: 'levels' | 'playlists', slug: string): Locator {
    return (kind === 'levels' ? this.levels : this.playlists).and(this.page.locator(`[data-slug="${slug}"]`));
  }

  /** Attaches a level or playlist made before by pasting its private edit link. */
  async attach(editUrl: string): Promise<void> {
    await this.attachInput.fill(editUrl);
    await this.attachButton.click();
  }
}

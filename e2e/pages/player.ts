import { expect, type Locator, type Page } from '@playwright/test';
import type { DescentTestApi } from '../../components/player/test-api';

type ApiState = Omit<DescentTestApi, 'launch' | 'finish'>;

/** Page object for the level player (reads engine state through window.__descent). */
export class PlayerPage {
  readonly root: Locator;
  readonly launchButton: Locator;
  readonly result: Locator;
  readonly view: Locator;

  /** `scope`: the element holding the player (a lesson's challenge), when a page has several. */
  constructor(readonly page: Page, scope?: Locator) {
    const within = scope ?? page;
    this.root = within.getByTestId('player');
    this.launchButton = within.getByTestId('player.launch');
    this.result = within.getByTestId('player.result');
    this.view = within.getByTestId('player.view');
  }

  /** Opens /play/<levelId>[?query]; `levelId` may already carry its query string. */
  async goto(levelId: string, query = ''): Promise<void> {
    await this.page.goto(`/play/${levelId}${query ? `?${query}` : ''}`);
    await this.waitReady();
  }

  /** Waits for the player on the current page to show and compute its surface (after a link click). */
  async waitReady(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect.poll(async () => (await this.state())?.backend ?? null, { timeout: 20_000 }).not.toBeNull();
  }

  /** The window test API's current state (functions stripped). */
  async state(): Promise<ApiState | null> {
    return this.page.evaluate(() => {
      const api = window.__descent;
      if (!api) return null;
      const { launch: _l, finish: _f, ...rest } = api;
      return JSON.parse(JSON.stringify(rest)) as ApiState;
    });
  }

  async selectOptimizer(label: string): Promise<void> {
    await this.page.getByTestId('player.control.optimizer').selectOption({ label });
  }

  /** Sets a slider by keyboard: Home, then ArrowRight n times (slider ticks 0…1000). */
  async setSliderTick(key: string, tick: number): Promise<void> {
    const slider = this.page.getByTestId(`player.control.${key}`);
    await slider.fill(String(tick));
  }

  async launchAndFinish(): Promise<NonNullable<ApiState['result']>> {
    await this.launchButton.click();
    await expect.poll(async () => (await this.state())?.result?.steps ?? -1).toBeGreaterThanOrEqual(0);
    await this.page.evaluate(() => window.__descent?.finish());
    // Software-rendered WebGL (SwiftShader) can starve the main thread: allow it time.
    await expect(this.result).toBeVisible({ timeout: 30_000 });
    return (await this.state())!.result!;
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { PlayerPage } from './player';

/** Page object for a lesson page (/learn/<slug>) and its challenges. */
export class LessonPage {
  readonly title: Locator;
  readonly progress: Locator;
  readonly toc: Locator;
  readonly challenges: Locator;
  readonly next: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('lesson.title');
    this.progress = page.getByTestId('lesson.progress');
    this.toc = page.getByTestId('lesson.toc');
    this.challenges = page.getByTestId('challenge');
    this.next = page.getByTestId('lesson.next');
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/learn/${slug}`);
    await expect(this.title).toBeVisible();
  }

  challenge(n: number): Locator {
    return this.challenges.nth(n);
  }

  /** Scrolls challenge n into view (its player loads there) and waits until it is ready. */
  async openPlayer(n: number): Promise<PlayerPage> {
    const challenge = this.challenge(n);
    await challenge.scrollIntoViewIfNeeded();
    const player = new PlayerPage(this.page, challenge);
    await player.waitReady();
    return player;
  }

  /** Sets a slider of challenge n's player (ticks 0…1000). */
  async setSliderTick(n: number, key: string, tick: number): Promise<void> {
    await this.challenge(n).getByTestId(`player.control.${key}`).fill(String(tick));
  }

  /** Opens a challenge's solution, loads its settings into the embedded player, launches, waits for the result. */
  async solveWithPublishedSolution(n: number) {
    const challenge = this.challenge(n);
    await challenge.getByTestId('challenge.solution').locator('summary').click();
    await challenge.getByTestId('challenge.apply-solution').click();
    const player = new PlayerPage(this.page, challenge);
    await expect(challenge.getByTestId('player')).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => (await player.state())?.backend ?? null, { timeout: 20_000 }).not.toBeNull();
    return player.launchAndFinish();
  }
}

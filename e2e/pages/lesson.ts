import { expect, type Locator, type Page } from '@playwright/test';
import { PlayerPage } from './player';

/** Page object for a lesson page (/learn/<slug>) and its challenges. */
export class LessonPage {
  readonly title: Locator;
  readonly body: Locator;
  /** The body's paragraphs. */
  readonly paragraphs: Locator;
  readonly progress: Locator;
  readonly toc: Locator;
  readonly tocLinks: Locator;
  readonly challenges: Locator;
  readonly next: Locator;
  /** Typeset math (KaTeX). */
  readonly math: Locator;
  /** Glossary terms linked from the text. */
  readonly terms: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('lesson.title');
    this.body = page.getByTestId('lesson.body');
    this.paragraphs = this.body.locator('p');
    this.progress = page.getByTestId('lesson.progress');
    this.toc = page.getByTestId('lesson.toc');
    this.tocLinks = this.toc.getByRole('link');
    this.challenges = page.getByTestId('challenge');
    this.next = page.getByTestId('lesson.next');
    this.math = page.locator('.katex');
    this.terms = page.getByTestId('term');
  }

  /** The numbers of the lesson's "Measured" boxes (computed by the engine at build time). */
  measuredValue(of: string): Locator {
    return this.page.locator(`[data-testid="measured.value"][data-of="${of}"]`);
  }

  /** Opens a lesson in an edition (English at /learn/…, Chinese at /zh/learn/…). */
  async goto(slug: string, edition: 'en' | 'zh' = 'en'): Promise<void> {
    await this.page.goto(`${edition === 'zh' ? '/zh' : ''}/learn/${slug}`);
    await expect(this.title).toBeVisible();
  }

  /** The targets of the table of contents ("#…" hrefs). */
  async tocHrefs(): Promise<string[]> {
    return this.tocLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  }

  /** The element a "#id" link points at (a heading's anchor). */
  anchorTarget(href: string): Locator {
    return this.page.locator(`[id="${href.slice(1)}"]`);
  }

  /** The distinct glossary links ("/glossary#…") of the lesson's terms. */
  async termHrefs(): Promise<string[]> {
    return this.terms.evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href') ?? ''))]);
  }

  challenge(n: number): Locator {
    return this.challenges.nth(n);
  }

  /** The player embedded in challenge n. */
  player(n: number): PlayerPage {
    return new PlayerPage(this.page, this.challenge(n));
  }

  /** Challenge n's goal, its solution (a <details>), the solution's buttons and link. */
  goal(n: number): Locator {
    return this.challenge(n).getByTestId('level.goal');
  }

  solution(n: number): Locator {
    return this.challenge(n).getByTestId('challenge.solution');
  }

  applySolutionButton(n: number): Locator {
    return this.challenge(n).getByTestId('challenge.apply-solution');
  }

  solutionLink(n: number): Locator {
    return this.challenge(n).getByTestId('challenge.solution-link');
  }

  /** Challenge n's star badge (it names its level in `data-level-id`). */
  levelStars(n: number): Locator {
    return this.challenge(n).getByTestId('level.stars');
  }

  /** Elements of challenge n that show this many stars. */
  starsShown(n: number, stars: number): Locator {
    return this.challenge(n).locator(`[data-stars="${stars}"]`);
  }

  async openSolution(n: number): Promise<void> {
    await this.solution(n).locator('summary').click();
  }

  /** Scrolls challenge n into view (its player loads there) and waits until it is ready. */
  async openPlayer(n: number): Promise<PlayerPage> {
    await this.challenge(n).scrollIntoViewIfNeeded();
    const player = this.player(n);
    await player.waitReady();
    return player;
  }

  /** Sets a slider of challenge n's player (ticks 0…1000). */
  async setSliderTick(n: number, key: string, tick: number): Promise<void> {
    await this.player(n).setSliderTick(key, tick);
  }

  /** Opens a challenge's solution, loads its settings into the embedded player, launches, waits for the result. */
  async solveWithPublishedSolution(n: number) {
    await this.openSolution(n);
    await this.applySolutionButton(n).click();
    const player = this.player(n);
    await expect(player.root).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => (await player.state())?.backend ?? null, { timeout: 20_000 }).not.toBeNull();
    return player.launchAndFinish();
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import type { DescentTestApi } from '../../components/player/test-api';

type ApiState = Omit<DescentTestApi, 'launch' | 'finish'>;

/** What watching an idle 3-D scene saw (see {@link PlayerPage.watchIdleScene}). */
export interface IdleSceneWatch {
  /** The scene's `data-frames` counter when the watch began and when it ended. */
  readonly framesBefore: string;
  readonly framesAfter: string;
  /** Animation frames during the watch in which the scene drew (its `lastFrameAt` moved). */
  readonly drawn: number;
  readonly ticks: number;
}

/** How often the scene writes its frame counter to `data-frames` (FrameDriver's COUNT_WRITE_MS). */
const FRAME_COUNT_WRITE_MS = 250;

/** The scene root's per-frame timestamp (FrameDriver sets it on every drawn frame). */
type SceneRoot = HTMLElement & { lastFrameAt?: number };

/** Page object for the level player (reads engine state through window.__descent). */
export class PlayerPage {
  readonly root: Locator;
  readonly launchButton: Locator;
  /** "Predict first": the level's question, asked before the first launch of a challenge. */
  readonly prediction: Locator;
  readonly resetButton: Locator;
  readonly result: Locator;
  readonly view: Locator;
  /** The box holding the views (it takes the keyboard shortcuts once focused). */
  readonly views: Locator;
  /** The switch to the 3-D view (single-view layout). */
  readonly view3dSwitch: Locator;
  /** The 3-D scene's root; it carries the drawn-frame counter `data-frames`. */
  readonly scene3d: Locator;
  /** The line naming the backend that computed the surface. */
  readonly backendNote: Locator;
  /** The note shown when the player falls back to the 2-D map. */
  readonly fallback: Locator;
  readonly nickname: Locator;
  readonly leaderboard: Locator;
  readonly showNicknamePublicly: Locator;
  /** In the result card: stars, "reached on n of K runs", the server's verification, the findings. */
  readonly stars: Locator;
  readonly reached: Locator;
  readonly verified: Locator;
  readonly summary: Locator;
  readonly findings: Locator;
  readonly explainLink: Locator;
  /** The result banner's link on: the next challenge, or the playlist's next level or end. */
  readonly next: Locator;
  /** On the play page around the player: the remix link, and a custom level's title. */
  readonly remixLink: Locator;
  readonly customLevelTitle: Locator;

  /** `scope`: the element holding the player (a lesson's challenge), when a page has several. */
  constructor(readonly page: Page, private readonly scope?: Locator) {
    const within = scope ?? page;
    this.root = within.getByTestId('player');
    this.launchButton = within.getByTestId('player.launch');
    this.prediction = within.getByTestId('player.prediction');
    this.resetButton = within.getByTestId('player.reset');
    this.result = within.getByTestId('player.result');
    this.view = within.getByTestId('player.view');
    this.views = within.getByTestId('player.views');
    this.view3dSwitch = within.getByTestId('player.view.3d');
    this.scene3d = within.getByTestId('scene.3d');
    this.backendNote = within.getByTestId('player.backend');
    this.fallback = within.getByTestId('player.fallback');
    this.nickname = within.getByTestId('player.nickname');
    this.leaderboard = within.getByTestId('player.leaderboard');
    this.showNicknamePublicly = within.getByTestId('player.nickname-public');
    this.stars = within.getByTestId('player.stars');
    this.reached = within.getByTestId('player.reached');
    this.verified = within.getByTestId('player.verified');
    this.summary = within.getByTestId('player.reason');
    this.findings = within.getByTestId('player.findings');
    this.explainLink = within.getByTestId('player.explain');
    this.next = within.getByTestId('player.next');
    this.remixLink = page.getByTestId('play.remix');
    this.customLevelTitle = page.getByTestId('custom-level.title');
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
    await (this.scope ?? this.page).getByTestId('player.control.optimizer').selectOption({ label });
  }

  /** Sets a slider to a tick (slider ticks 0…1000). */
  async setSliderTick(key: string, tick: number): Promise<void> {
    await (this.scope ?? this.page).getByTestId(`player.control.${key}`).fill(String(tick));
  }

  /** Turns an on/off setting (BatchNorm, standardization) on or off. */
  async setToggle(key: string, on: boolean): Promise<void> {
    await (this.scope ?? this.page).getByTestId(`player.control.${key}`).setChecked(on);
  }

  /** The name the run is submitted under (leaderboard, playlist and level results). */
  async setNickname(name: string, { showPublicly = false }: { showPublicly?: boolean } = {}): Promise<void> {
    await this.nickname.fill(name);
    await this.showNicknamePublicly.setChecked(showPublicly);
  }

  /** Commits to choice `i` of the prediction (the first by default). */
  async predict(i = 0): Promise<void> {
    await this.prediction.getByTestId('player.prediction.question.option').nth(i).click();
    await expect(this.prediction).toHaveAttribute('data-state', 'locked');
  }

  /** Answers the prediction first when the player asks for one (tests not about predictions). */
  async predictIfAsked(): Promise<void> {
    if ((await this.prediction.count()) > 0 && (await this.prediction.getAttribute('data-state')) === 'asking') await this.predict();
  }

  async launchAndFinish(): Promise<NonNullable<ApiState['result']>> {
    await this.predictIfAsked();
    await this.launchButton.click();
    await expect.poll(async () => (await this.state())?.result?.steps ?? -1).toBeGreaterThanOrEqual(0);
    await this.page.evaluate(() => window.__descent?.finish());
    // Software-rendered WebGL (SwiftShader) can starve the main thread: allow it time.
    await expect(this.result).toBeVisible({ timeout: 30_000 });
    return (await this.state())!.result!;
  }

  /**
   * Watches the 3-D scene while nothing changes, measured in animation frames rather than in
   * wall-clock time. The scene draws on demand: a pending change draws on the next animation
   * frame, so a scene that is truly idle draws in none of them. First it waits for the scene to
   * settle: its last drawn frame (`lastFrameAt`, set on every frame) is older than twice the
   * period at which the counter is written to `data-frames`, so that counter is final. Then it
   * counts, in the page, the frames drawn over `ticks` requestAnimationFrame ticks and reads
   * `data-frames` before and after. A render loop that never stops fails the settling wait.
   */
  async watchIdleScene(ticks: number): Promise<IdleSceneWatch> {
    await expect(this.scene3d).toBeVisible();
    await expect
      .poll(
        () =>
          this.scene3d.evaluate(
            (el, settledMs) =>
              new Promise<boolean>((done) =>
                requestAnimationFrame(() => {
                  const at = (el as SceneRoot).lastFrameAt;
                  done(at !== undefined && performance.now() - at > settledMs);
                }),
              ),
            2 * FRAME_COUNT_WRITE_MS,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    return this.scene3d.evaluate(async (el, n) => {
      const root = el as SceneRoot;
      const framesBefore = root.getAttribute('data-frames') ?? '';
      let last = root.lastFrameAt;
      let drawn = 0;
      for (let i = 0; i < n; i++) {
        await new Promise<number>((tick) => requestAnimationFrame(tick));
        if (root.lastFrameAt !== last) {
          drawn++;
          last = root.lastFrameAt;
        }
      }
      return { framesBefore, framesAfter: root.getAttribute('data-frames') ?? '', drawn, ticks: n };
    }, ticks);
  }
}

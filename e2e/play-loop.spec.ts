import { test, expect } from './fixtures';
import { PlayerPage } from './pages/player';
import { LessonPage } from './pages/lesson';
import { guardConsole } from './console-guard';
import { WEBGL_ARGS, chromiumPath, screenshotPath } from './browsers';

// The play loop (issue 10): instant sliders, no needless grids, shortcuts, stars, next, assisted runs.
test.use({ launchOptions: { executablePath: chromiumPath(), args: WEBGL_ARGS } });

test.describe('the play loop', () => {
  test('a slider redraws the preview path at once and never recomputes the grid', async ({ page }) => {
    const guard = guardConsole(page);
    const player = new PlayerPage(page);
    await player.goto('saddle-escape');
    let s = (await player.state())!;
    // Before any launch (or prediction) the preview stays hidden: the first run is a guess.
    expect(s.preview).toMatchObject({ mode: 'hidden', steps: null });
    expect(s.surface).toMatchObject({ key: s.wantedSurfaceKey, coarse: false });
    // The software GPU of this machine ranks after WebAssembly.
    expect(s.backend).toBe('wasm');
    await expect(player.backendNote).toContainText('computed on your CPU with WebAssembly');
    const grids = s.gridComputations.full;

    await player.launchAndFinish();
    await player.setSliderTick('lr', 700);
    s = (await player.state())!;
    expect(s.result).toBeNull(); // new settings clear the run
    expect(s.preview).toMatchObject({ mode: 'partial', steps: 50 }); // a tenth of the 500-step budget
    const first = s.preview.last;
    await player.setSliderTick('lr', 300);
    await player.setSliderTick('batchSize', 200);
    await player.selectOptimizer('Momentum');
    s = (await player.state())!;
    expect(s.preview.last).not.toEqual(first);
    expect(s.gridComputations.full).toBe(grids);
    expect(s.surface?.key).toBe(s.wantedSurfaceKey);
    await page.screenshot({ path: screenshotPath('play-loop-preview.png') });
    // The 3-D view draws only when something changes: idle, its frame count stands still.
    // The idle window is counted in animation frames, not in wall-clock time: the scene draws on
    // demand, so anything pending would draw on the next frame. Once the scene has settled (its
    // last frame is older than the counter's write period), 90 frames (about 1.5 s at 60 Hz, the
    // old fixed wait) must draw nothing and leave `data-frames` where it was.
    const idle = await player.watchIdleScene(90);
    expect(Number(idle.framesBefore)).toBeGreaterThan(0);
    expect(idle.drawn).toBe(0);
    expect(idle.framesAfter).toBe(idle.framesBefore);
    await expect(player.scene3d).toHaveAttribute('data-frames', idle.framesBefore);
    expect(guard.errors).toEqual([]);
  });

  test('the landscape is in the first HTML: a poster rendered on the server', async ({ request }) => {
    const html = await (await request.get('/play/ravine-momentum')).text();
    expect(html).toMatch(/<img[^>]*src="data:image\/png;base64,[A-Za-z0-9+/=]{200,}"[^>]*data-testid="level.poster"/);
  });

  test('30 rapid changes: no console error, and the grid on screen is the final settings’ one', async ({ page }) => {
    const guard = guardConsole(page);
    const player = new PlayerPage(page);
    await player.goto('l1-pruning');
    const before = (await player.state())!.gridComputations.full;
    for (let i = 0; i < 30; i++) {
      const key = ['l1', 'lr', 'l2'][i % 3];
      await player.setSliderTick(key, (i * 137) % 1000);
    }
    await expect.poll(async () => {
      const s = (await player.state())!;
      return s.surface?.key === s.wantedSurfaceKey && !s.surface.coarse;
    }, { timeout: 30_000 }).toBe(true);
    const after = (await player.state())!.gridComputations.full;
    // Only the λ changes (20 of 30) may compute a grid; the learning rate never does.
    expect(after - before).toBeLessThanOrEqual(20);
    expect(guard.errors).toEqual([]);
  });

  test('shortcuts work from a focused button and after clicking the view', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.goto('saddle-escape');
    // Before the prediction, L launches nothing (it moves focus to the question).
    await player.resetButton.focus();
    await page.keyboard.press('l');
    await expect(player.prediction).toHaveAttribute('data-state', 'asking');
    await expect(player.launchButton).toBeDisabled();
    expect((await player.state())?.launches).toBe(0);
    await player.predict();
    await player.resetButton.focus();
    await page.keyboard.press('l');
    await expect.poll(async () => (await player.state())?.launches).toBe(1);
    await page.keyboard.press('r');
    await expect(player.root).toHaveAttribute('data-status', 'idle');
    await player.views.click({ position: { x: 40, y: 40 } });
    await expect(player.views).toBeFocused();
    await page.keyboard.press('l');
    await expect.poll(async () => (await player.state())?.launches).toBe(2);
  });

  test('a challenge asks for a prediction before the first launch and reveals it after the run', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.goto('saddle-escape');
    await expect(player.prediction).toHaveAttribute('data-state', 'asking');
    await expect(player.launchButton).toBeDisabled();
    expect((await player.state())!.preview.mode).toBe('hidden');
    // Committing to a prediction unlocks Launch and the partial preview, not the answer.
    await player.predict(1);
    await expect(player.launchButton).toBeEnabled();
    await expect.poll(async () => (await player.state())!.preview.mode).toBe('partial');
    await expect(player.prediction.getByTestId('player.prediction.question.feedback')).toContainText('Locked in');
    await player.launchAndFinish();
    await expect(player.prediction).toHaveAttribute('data-state', 'revealed');
    const feedback = player.prediction.getByTestId('player.prediction.question.feedback');
    await expect(feedback).toContainText(/Right\.|Not quite\./);
    await expect(feedback).not.toContainText('Locked in');
    // The choice stays as it was made.
    await expect(player.prediction.getByRole('radio').nth(1)).toBeChecked();
  });

  test('a missed goal earns no star, with the progress shown', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.goto('saddle-escape'); // plain SGD at lr 0.01 stalls on the saddle
    const r = await player.launchAndFinish();
    expect(r.outcome).not.toBe('reached-goal');
    expect(r.stars).toBe(0);
    expect(r.score).toBeGreaterThan(0);
    await expect(player.stars).toHaveAttribute('aria-label', '0 of 3 stars');
    await expect(player.reached).toContainText('no stars yet');
    await expect(player.next).toHaveCount(0);
  });

  test('winning shows the success moment and “Next challenge →” leads on; the preview then follows the whole path', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.goto('right-on-average', 'lr=0.2'); // a link's settings count like settings set by hand
    const r = await player.launchAndFinish();
    expect(r.stars).toBe(3);
    await expect(player.result).toContainText('Level complete!');
    await page.screenshot({ path: screenshotPath('play-loop-won.png') });
    await player.setSliderTick('lr', 500);
    expect((await player.state())!.preview.mode).toBe('full');
    await player.setSliderTick('lr', 801);
    await player.launchAndFinish();
    await expect(player.next).toContainText('Next challenge');
    await player.next.click();
    await expect(page).toHaveURL(/\/play\/noise-floor$/);
    await player.waitReady();
  });

  test('a launch after “Use these settings” is marked and earns no stars; set by hand it counts', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.goto('mini-batches');
    const r = await lesson.solveWithPublishedSolution(0);
    expect(r.stars).toBe(0);
    const embedded = lesson.player(0);
    await expect(embedded.result).toHaveAttribute('data-assisted', 'true');
    await expect(embedded.reached).toContainText('earns no stars');
    await expect(embedded.verified).toContainText('(0★)');
    await expect(lesson.progress).toHaveAttribute('data-done', '0');
    // The same settings, touched by hand: counted.
    await lesson.setSliderTick(0, 'lr', 500);
    await lesson.setSliderTick(0, 'lr', 801);
    const own = await embedded.launchAndFinish();
    expect(own.stars).toBe(3);
    await expect(lesson.progress).toHaveAttribute('data-done', '1');
    // The solution's "play it" link is the same help.
    await page.goto((await lesson.solutionLink(0).getAttribute('href'))!);
    const linked = new PlayerPage(page);
    await linked.waitReady();
    expect((await linked.launchAndFinish()).stars).toBe(0);
    expect((await linked.state())!.assisted).toBe(true);
  });

  test('the player at phone width: one view with a switch, 2-D first', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const player = new PlayerPage(page);
    await player.goto('ravine-momentum');
    const s = (await player.state())!;
    expect([s.layout, s.view]).toEqual(['single', '2d']);
    await expect(player.view3dSwitch).toBeVisible();
    await page.screenshot({ path: screenshotPath('play-loop-375.png'), fullPage: true });
  });
});

import { test, expect } from './fixtures';
import { PlayerPage } from './pages/player';
import { LessonPage } from './pages/lesson';
import { guardConsole } from './console-guard';
import { screenshotPath } from './browsers';

// Lesson 10's levels play on a slice of a real network's loss (issue 15): the data set loads in
// the page, the landscape is computed from it, and the lesson's idea earns three stars,
// verified by the server (which loads the same rows in its own threads).
test.describe('real networks on real data', () => {
  test('cars: raw inputs stay on the plateau; standardized, plain SGD reaches the goal for three stars', async ({ page }) => {
    test.setTimeout(120_000);
    const guard = guardConsole(page);
    const player = new PlayerPage(page);
    await player.goto('cars-standardize', 'view=2d');
    await expect.poll(async () => (await player.state())?.surface?.coarse ?? true, { timeout: 60_000 }).toBe(false);
    const raw = await player.launchAndFinish();
    expect(raw.stars).toBe(0);
    await player.resetButton.click();
    await player.setToggle('standardize', true);
    await expect.poll(async () => (await player.state())?.settings.standardize).toBe(true);
    const std = await player.launchAndFinish();
    expect(std.stars).toBe(3);
    await expect(player.verified).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('real-network-cars.png') });
    expect(guard.errors).toEqual([]);
  });

  test('penguins: all 274 penguins per step at a large rate hold the loss below the goal for three stars', async ({ page }) => {
    test.setTimeout(120_000);
    const guard = guardConsole(page);
    const player = new PlayerPage(page);
    await player.goto('penguins-batch', 'view=2d');
    await player.setSliderTick('batchSize', 1000); // the slider's top: every training penguin
    await player.setSliderTick('lr', 807); // log slider over [0.01, 3]: tick 807 ≈ 1
    await expect.poll(async () => (await player.state())?.settings.batchSize).toBe(274);
    const result = await player.launchAndFinish();
    expect(result.stars).toBe(3);
    await expect(player.verified).toBeVisible({ timeout: 30_000 });
    expect(guard.errors).toEqual([]);
  });

  test('the lesson shows numbers measured on the real networks and links to the projection page', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.goto('real-network');
    await expect(lesson.challenges).toHaveCount(2);
    await expect(lesson.measuredValue('network-standardization.conditionRaw')).toHaveText(/10/);
    await expect(lesson.measuredValue('network-training-plane.kept')).toHaveText(/^0\.9\d*$/);
    await page.getByRole('link', { name: 'Train every weight and watch the projection' }).click();
    await expect(page).toHaveURL(/\/explore\/projection$/);
  });
});

import { test, expect } from './fixtures';
import { PlayerPage } from './pages/player';
import { CHROMIUM_ARGS, chromiumPath, screenshotPath } from './browsers';

test.use({ launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] } });

test('without WebGL the player falls back to the 2-D map and still plays', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.goto('saddle-escape');
  await expect(player.fallback).toBeVisible();
  await expect(player.view).toHaveAttribute('data-view', '2d');
  expect((await player.state())?.view).toBe('2d');
  const result = await player.launchAndFinish();
  expect(['reached-goal', 'budget-exhausted', 'stalled', 'diverged']).toContain(result.outcome);
  await page.screenshot({ path: screenshotPath('player-2d-fallback.png'), fullPage: true });
});

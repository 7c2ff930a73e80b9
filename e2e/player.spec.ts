import { test, expect } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { PlayerPage } from './pages/player';
import { guardConsole } from './console-guard';
import { WEBGL_ARGS, chromiumPath, screenshotPath } from './browsers';

// WebGL on SwiftShader: the 3-D view draws with it; the surfaces rank the software GPU after wasm.
test.use({ launchOptions: { executablePath: chromiumPath(), args: WEBGL_ARGS } });

test.describe('player with WebGL (SwiftShader)', () => {
  test('set settings through the UI, launch, reach three stars', async ({ page }) => {
    const guard = guardConsole(page);
    const player = new PlayerPage(page);
    await player.goto('ravine-momentum');
    const before = await player.state();
    expect(before?.backend).toBe('wasm');
    expect([before?.layout, before?.view]).toEqual(['split', '3d']);
    await page.screenshot({ path: screenshotPath('player-ravine-idle.png') });

    await player.selectOptimizer('Momentum');
    // lr slider is log-scaled over [0.001, 0.05]: tick 766 ≈ 0.02; momentum slider linear over [0, 0.99]: tick 909 ≈ 0.9
    await player.setSliderTick('lr', 766);
    await player.setSliderTick('momentum', 909);
    const chosen = (await player.state())!.settings;
    expect(chosen.optimizer).toBe('momentum');
    expect(chosen.lr).toBeCloseTo(0.02, 3);
    expect(chosen.momentum).toBeCloseTo(0.9, 2);

    await player.setNickname('e2e-ada', { showPublicly: true });
    const result = await player.launchAndFinish();
    expect(result.outcome).toBe('reached-goal');
    expect(result.stars).toBe(3);
    await expect(player.stars).toHaveAttribute('aria-label', '3 of 3 stars');
    // The server re-runs the same settings and agrees on the score.
    await expect(player.verified).toContainText(`Verified by the server: ${result.score} (3★)`);
    // Submitted under the nickname, opted in, the run appears on the level's leaderboard.
    await expect(player.leaderboard).toContainText('e2e-ada');
    await page.screenshot({ path: screenshotPath('player-ravine-done.png'), fullPage: true });
    expect(guard.errors).toEqual([]);
  });

  test('a shared URL replays the identical trajectory', async ({ page, browser }) => {
    const player = new PlayerPage(page);
    await player.goto('sharp-or-flat', 'B=4&seed=3');
    const first = await player.launchAndFinish();
    const url = page.url();
    expect(url).toContain('B=4');
    expect(url).toContain('seed=3');
    // Stop the first page's SwiftShader rendering so the replay page gets the CPU.
    await page.goto('about:blank');

    const other = await browser.newPage();
    const replay = new PlayerPage(other);
    await replay.goto(url.slice(url.indexOf('/play/') + '/play/'.length));
    const second = await replay.launchAndFinish();
    expect(second.x).toEqual(first.x);
    expect(second.y).toEqual(first.y);
    expect(second.score).toBe(first.score);
    await other.close();
  });

  test('the play page has no serious accessibility violations', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.goto('saddle-escape');
    await player.launchAndFinish();
    // The server's explanation replaces the local one-liner: the default run stalls at the saddle.
    await expect(player.findings).toContainText(/saddle/i, { timeout: 20_000 });
    const results = await new AxeBuilder({ page }).exclude('canvas').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});


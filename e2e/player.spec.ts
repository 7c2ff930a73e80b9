import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS } from '../playwright.config';
import { PlayerPage } from './pages/player';
import { guardConsole } from './console-guard';

const WEBGL_ARGS = [...CHROMIUM_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

test.describe('player with WebGL (SwiftShader)', () => {
  test.use({ launchOptions: { executablePath: '/usr/bin/chromium', args: WEBGL_ARGS } });

  test('set settings through the UI, launch, reach three stars', async ({ page }, info) => {
    const guard = guardConsole(page);
    const player = new PlayerPage(page);
    await player.goto('ravine-momentum');
    const before = await player.state();
    expect(before?.backend).toBe('webgl');
    expect(before?.view).toBe('3d');
    await page.screenshot({ path: info.outputPath('../../screenshots/player-ravine-idle.png') });

    await player.selectOptimizer('Momentum');
    // lr slider is log-scaled over [0.001, 0.05]: tick 823 ≈ 0.02; momentum slider linear over [0, 0.99]: tick 909 ≈ 0.9
    await player.setSliderTick('lr', 823);
    await player.setSliderTick('momentum', 909);
    const chosen = (await player.state())!.settings;
    expect(chosen.optimizer).toBe('momentum');
    expect(chosen.lr).toBeCloseTo(0.02, 3);
    expect(chosen.momentum).toBeCloseTo(0.9, 2);

    const result = await player.launchAndFinish();
    expect(result.outcome).toBe('reached-goal');
    expect(result.stars).toBe(3);
    await expect(page.getByTestId('player.stars')).toHaveAttribute('aria-label', '3 of 3 stars');
    await page.screenshot({ path: info.outputPath('../../screenshots/player-ravine-done.png'), fullPage: true });
    expect(guard.errors).toEqual([]);
  });

  test('a shared URL replays the identical trajectory', async ({ page, browser }) => {
    const player = new PlayerPage(page);
    await player.goto('sharp-or-flat', 'B=4&seed=3');
    const first = await player.launchAndFinish();
    const url = page.url();
    expect(url).toContain('B=4');
    expect(url).toContain('seed=3');

    const other = await browser.newPage();
    const replay = new PlayerPage(other);
    await other.goto(url);
    await expect.poll(async () => (await replay.state())?.backend ?? null).not.toBeNull();
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
    const results = await new AxeBuilder({ page }).exclude('canvas').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test.describe('player with WebGPU', () => {
  test.use({ launchOptions: { executablePath: '/usr/bin/chromium', args: [...WEBGL_ARGS, '--enable-unsafe-webgpu'] } });

  test('the WebGPU backend is chosen when available', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.goto('saddle-escape');
    expect((await player.state())?.backend).toBe('webgpu');
    await expect(page.getByTestId('player.backend')).toContainText('webgpu');
  });
});

test.describe('player without WebGL', () => {
  test.use({ launchOptions: { executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] } });

  test('falls back to the 2-D map and still plays', async ({ page }, info) => {
    const player = new PlayerPage(page);
    await player.goto('saddle-escape');
    await expect(page.getByTestId('player.fallback')).toBeVisible();
    await expect(player.view).toHaveAttribute('data-view', '2d');
    expect((await player.state())?.view).toBe('2d');
    const result = await player.launchAndFinish();
    expect(['reached-goal', 'budget-exhausted', 'stalled', 'diverged']).toContain(result.outcome);
    await page.screenshot({ path: info.outputPath('../../screenshots/player-2d-fallback.png'), fullPage: true });
  });
});

import { test, expect } from '@playwright/test';
import { PlayerPage } from './pages/player';
import { WEBGL_ARGS, chromiumPath } from './browsers';

// DESIGN.md: headless Chromium exposes WebGPU (SwiftShader adapter) only with this flag.
test.use({ launchOptions: { executablePath: chromiumPath(), args: [...WEBGL_ARGS, '--enable-unsafe-webgpu'] } });

test('the WebGPU backend is chosen when available', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.goto('saddle-escape');
  expect((await player.state())?.backend).toBe('webgpu');
  await expect(page.getByTestId('player.backend')).toContainText('webgpu');
});

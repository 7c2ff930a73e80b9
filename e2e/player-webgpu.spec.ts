import { test, expect } from './fixtures';
import { PlayerPage } from './pages/player';
import { WEBGL_ARGS, chromiumPath } from './browsers';

// README, "Browser facts": headless Chromium exposes WebGPU (SwiftShader adapter) only with this flag.
test.use({ launchOptions: { executablePath: chromiumPath(), args: [...WEBGL_ARGS, '--enable-unsafe-webgpu'] } });

test('a software WebGPU adapter ranks after WebAssembly by default', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.goto('saddle-escape');
  // SwiftShader's adapter is a fallback adapter: 10–20× slower than wasm here.
  expect((await player.state())?.backend).toBe('wasm');
  await expect(player.backendNote).toContainText('backend: wasm');
});

test('WebGPU is used when asked for with ?backend=webgpu', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.goto('saddle-escape', 'backend=webgpu');
  const s = await player.state();
  expect([s?.backend, s?.software]).toEqual(['webgpu', true]);
  await expect(player.backendNote).toContainText('WebGPU on a software renderer');
});

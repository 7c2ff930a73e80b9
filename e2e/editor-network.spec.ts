/**
 * The level editor on a real network (issue 15): a teacher picks the `network` family with the
 * penguins data set, the preview map is drawn once its rows are loaded, edits in any order never
 * build a landscape before its rows (no console error), and the draft test-plays in the player.
 */
import { test, expect } from './fixtures';
import { EditorPage } from './pages/editor';
import { PlayerPage } from './pages/player';
import { guardConsole } from './console-guard';
import { WEBGL_ARGS, chromiumPath, screenshotPath } from './browsers';

// WebGL on SwiftShader, as the player specs: the preview's and the player's TF.js surfaces use it.
test.use({ launchOptions: { executablePath: chromiumPath(), args: WEBGL_ARGS } });

test.describe('level editor on a real network (issue 15)', () => {
  test('a teacher picks the penguins network, sees its map drawn, edits it freely and test-plays it', async ({ page }) => {
    test.setTimeout(240_000);
    // Any console error fails the test: above all a NetworkDataMissingError from a landscape
    // built before its data set was loaded.
    const guard = guardConsole(page);
    const editor = new EditorPage(page);
    await editor.gotoFresh();

    await editor.pickFamily('network');
    await editor.pickDataset('penguins');
    await expect(editor.networkLicence).toContainText('CC0-1.0');
    await expect(editor.networkStatus).toContainText('274 to train on, 68 held out');
    // Its rows are its data set's: no per-example variation. Standardization is offered (and on,
    // the stored centre), BatchNorm is not.
    await expect(page.getByTestId('editor.variation.n')).toHaveCount(0);
    await expect(editor.unlock('standardize')).toBeVisible();
    await expect(editor.field('default.standardize')).toBeChecked();
    await expect(editor.unlock('batchNorm')).toHaveCount(0);

    // Start in a corner of the slice, the goal at its centre (the trained minimum).
    await editor.setNumber('start.x', 0.7);
    await editor.setNumber('start.y', 0.6);
    await editor.setNumber('goal.cx', 0);
    await editor.setNumber('goal.cy', 0);
    await editor.setNumber('goal.radius', 0.25);
    await expect(editor.root).toHaveAttribute('data-valid', 'true');
    await editor.waitForPreview();
    await expect(editor.mapNote).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('editor-network.png'), fullPage: true });

    // The batch-size control stops at the real training rows.
    await editor.unlock('batchSize').check();
    await expect(editor.field('range.batchSize.max')).toHaveValue('274');

    // Edits in any order never build a landscape before its rows: back and forth between
    // families, a feature off (a centre trained in the page) and on again, the other data set.
    await editor.pickFamily('terrain');
    await expect(page.getByTestId('editor.variation.n')).toBeVisible();
    await expect(editor.unlock('standardize')).toHaveCount(0);
    await editor.pickFamily('network');
    await expect(editor.networkStatus).toHaveAttribute('data-state', 'ready');
    await editor.networkFeature(3).uncheck();
    await expect(editor.networkFeature(3)).not.toBeChecked();
    await editor.waitForPreview();
    await editor.pickDataset('cars');
    await editor.pickDataset('penguins');
    await expect(editor.networkFeature(3)).toBeChecked();
    await expect(editor.root).toHaveAttribute('data-valid', 'true');
    await editor.waitForPreview();

    // Test-play: the real player on the draft, once its data set is ready.
    await editor.openTestPlay();
    const player = new PlayerPage(page);
    await player.waitReady();
    const result = await player.launchAndFinish();
    expect(result.steps).toBeGreaterThan(0);
    await expect(player.result).toBeVisible();

    expect(guard.errors).toEqual([]);
  });
});

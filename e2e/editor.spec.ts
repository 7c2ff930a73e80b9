import { test, expect } from './fixtures';
import { EditorPage } from './pages/editor';
import { PlayerPage } from './pages/player';
import { guardConsole } from './console-guard';
import { WEBGL_ARGS, chromiumPath, screenshotPath } from './browsers';

// WebGL on SwiftShader, as the player specs: the student's player and the TF.js surfaces use it.
test.use({ launchOptions: { executablePath: chromiumPath(), args: WEBGL_ARGS } });

/** A bowl with its minimum at (1, −0.5), written in the terrain language. */
const TERRAIN = '(x - 1)^2 + 2*(y + 0.5)^2';

test.describe('level editor', () => {
  test('a teacher builds, calibrates and publishes; a student plays; results, share and token checks', async ({ page, browser }) => {
    test.setTimeout(240_000);
    // 401/403 answers of the refusal checks below are expected console noise.
    const guard = guardConsole(page, [/Failed to load resource/]);
    const editor = new EditorPage(page);
    await editor.gotoFresh();

    // Terrain language with a live error, position underlined, then a valid terrain.
    await editor.setTerrain('(x - 1)^2 + * y');
    await expect(editor.terrainError).toBeVisible();
    await expect(editor.terrainMark).toHaveText('*');
    await expect(editor.terrainError).toHaveAttribute('data-pos', '12');
    await expect(editor.publishButton).toBeDisabled();
    await editor.setTerrain(TERRAIN);
    await expect(editor.terrainOk).toBeVisible();
    await editor.waitForPreview();

    // A click on the map moves the start; then exact values by typing.
    const before = await editor.startPoint();
    await editor.clickMap('start', 0.3, 0.3);
    await expect.poll(() => editor.startPoint()).not.toEqual(before);
    await editor.setNumber('start.x', -2);
    await editor.setNumber('start.y', 2);
    await editor.setNumber('goal.cx', 1);
    await editor.setNumber('goal.cy', -0.5);
    await editor.setNumber('goal.radius', 0.3);
    await editor.setNumber('budget', 200);
    await editor.setNumber('seeds', 4);

    // Learning rate unlocked within [0.05, 0.2], default 0.2.
    await expect(editor.unlock('lr')).toBeChecked();
    await editor.setNumber('range.lr.min', 0.05);
    await editor.setNumber('range.lr.max', 0.2);
    await editor.setNumber('default.lr', 0.2);
    // Optimizer (all six) and batch size (1…32) unlocked too: 6 × 5 × 6 = 180 combinations to sweep.
    await editor.unlock('optimizer').check();
    await editor.unlock('batchSize').check();
    await expect(editor.field('range.batchSize.max')).toHaveValue('32');

    // Words, with hostile Markdown that must come out inert in the preview.
    const title = `E2E bowl ${Date.now().toString(36)}`;
    await editor.setText('title', title);
    await editor.setText('goalText', 'Roll into the bowl’s centre.');
    await editor.addHint();
    await editor.setText('hint.0', 'Try a **bigger** step <script>window.__pwned = 1</script> [x](javascript:alert(1))');
    const preview = editor.hintPreview(0);
    await expect(preview.bold).toHaveText('bigger');
    await expect(preview.scripts).toHaveCount(0);
    await expect(preview.javascriptLinks).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(editor.root).toHaveAttribute('data-valid', 'true');

    // Publishing waits for calibration.
    await expect(editor.publishButton).toBeDisabled();
    await expect(editor.publishWhy).toContainText('calibrate');
    const t0 = Date.now();
    const cal = await editor.calibrate('grid', 200);
    console.log(`editor auto-calibration in the browser: ${Date.now() - t0} ms`);
    expect(cal.solvable).toBe(true);
    expect(cal.best).toBeGreaterThanOrEqual(600);
    expect(Number(await editor.field('stars.3').inputValue())).toBeLessThanOrEqual(cal.best);
    await page.screenshot({ path: screenshotPath('editor-calibrated.png'), fullPage: true });

    const links = await editor.publish();
    expect(links.shareUrl).toContain(`/play/c/${links.slug}`);
    expect(links.editUrl).toMatch(new RegExp(`/create/edit/${links.slug}#token=[A-Za-z0-9_-]+$`));

    // A student, in a separate browser context, plays from the share link and earns stars.
    const studentCtx = await browser.newContext();
    const student = await studentCtx.newPage();
    const player = new PlayerPage(student);
    await player.goto(`c/${links.slug}`);
    const intruder = new EditorPage(student);
    await expect(player.customLevelTitle).toHaveText(title);
    await expect(intruder.root).toHaveCount(0);
    await player.setNickname('e2e-student');
    const result = await player.launchAndFinish();
    expect(result.outcome).toBe('reached-goal');
    expect(result.stars).toBe(3);
    await expect(player.verified).toContainText('Verified by the server', { timeout: 30_000 });

    // The share link cannot edit: no token, no change.
    const noToken = await student.request.put(`/api/custom-levels/${links.slug}`, { data: { level: {} } });
    expect(noToken.status()).toBe(401);
    await student.goto(`/create/edit/${links.slug}`);
    await expect(intruder.refused).toBeVisible();
    await expect(intruder.root).toHaveCount(0);

    // A wrong token is refused, by the API and by the edit page.
    const wrong = await student.request.get(`/api/custom-levels/${links.slug}/results`, { headers: { authorization: 'Bearer wrong-token-0123456789' } });
    expect(wrong.status()).toBe(403);
    await student.goto('about:blank');
    await student.goto(`/create/edit/${links.slug}#token=wrong-token-0123456789`);
    await expect(intruder.refused).toContainText('refused');
    await studentCtx.close();

    // The teacher's edit link shows the attempt in the results table.
    await page.goto(links.editUrl);
    await expect(editor.results).toBeVisible({ timeout: 30_000 });
    await expect
      .poll(
        async () => {
          await editor.refreshResults();
          return (await editor.resultRows()).map((r) => r.join(' | '));
        },
        { timeout: 30_000 },
      )
      .toContainEqual(expect.stringContaining('e2e-student'));
    const csv = await page.request.get(`/api/custom-levels/${links.slug}/results?format=csv`, {
      headers: { authorization: `Bearer ${links.editUrl.split('#token=')[1]}` },
    });
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('e2e-student');
    await page.screenshot({ path: screenshotPath('editor-results.png'), fullPage: true });
    expect(guard.errors).toEqual([]);
  });

  test('a bad level file shows its problems and leaves the draft as it was', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.gotoFresh();
    await editor.setText('title', 'Keep me');
    await editor.importLevelFile({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, id: 'Bad Id', title: '', budget: 3 })),
    });
    await expect(editor.importErrors).toBeVisible();
    await expect(editor.importErrors).toContainText('budget');
    await expect(editor.field('title')).toHaveValue('Keep me');

    // The draft survives a reload: once the (debounced) draft is saved, reload.
    await expect.poll(() => editor.savedDraftTitle()).toBe('Keep me');
    await page.reload();
    await expect(editor.field('title')).toHaveValue('Keep me');
    await expect(editor.restored).toBeVisible();
  });

  test('forking a built-in level starts from it and is publishable while unchanged', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.gotoFresh('?from=saddle-escape');
    await expect(editor.field('title')).toHaveValue(/\(remix\)$/);
    await expect(editor.field('family')).toHaveValue('saddle');
    await expect(editor.publishButton).toBeEnabled();
    await editor.setNumber('budget', 499);
    await expect(editor.publishButton).toBeDisabled();
  });
});

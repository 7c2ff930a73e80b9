import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { PlaylistEditorPage, PlaylistStudentPage } from './pages/playlist';
import { PlayerPage } from './pages/player';
import { EditorPage } from './pages/editor';
import { guardConsole } from './console-guard';
import { WEBGL_ARGS, chromiumPath, screenshotPath } from './browsers';

// WebGL on SwiftShader, as the player specs: the student plays levels in the real player.
test.use({ launchOptions: { executablePath: chromiumPath(), args: WEBGL_ARGS } });

const WRONG_TOKEN = 'wrong-token-0123456789';

test.describe('playlists', () => {
  test('a teacher builds a playlist; a student plays it in order; results, share and token checks', async ({ page, browser }) => {
    test.setTimeout(240_000);
    // 401/403/404 answers of the checks below are expected console noise.
    const guard = guardConsole(page, [/Failed to load resource/]);

    // Entry points: the header's Create link, then the landing's "New playlist".
    await page.goto('/');
    await page.getByTestId('nav.create').click();
    await expect(page.getByTestId('create.landing')).toBeVisible();
    await page.getByTestId('create.new-playlist').click();
    await expect(page).toHaveURL(/\/create\/playlist$/);

    const teacher = new PlaylistEditorPage(page);
    await teacher.gotoFresh();
    await expect(teacher.createButton).toBeDisabled();
    await expect(page.getByTestId('playlist.create.why')).toContainText('title');

    const title = `E2E playlist ${Date.now().toString(36)}`;
    await teacher.title.fill(title);
    await teacher.addBuiltin('saddle-escape');
    await teacher.addBuiltin('ravine-momentum');
    await teacher.addBuiltin('sharp-or-flat');
    await teacher.addBuiltin('sharp-or-flat');
    await expect(teacher.message).toContainText('already in the playlist');
    // A teacher's level is checked before it is added: a malformed link, then an unknown one.
    await teacher.addCustom('not a link');
    await expect(teacher.message).toContainText('share link');
    await teacher.addCustom('/play/c/zzzzzzzzzz');
    await expect(teacher.message).toContainText('No published level');
    expect(await teacher.keys()).toEqual(['builtin:saddle-escape', 'builtin:ravine-momentum', 'builtin:sharp-or-flat']);

    // Remove the third level, then move the second up with the keyboard; the focus follows it.
    await teacher.item(2).getByTestId('playlist.editor.remove').click();
    await teacher.item(1).getByTestId('playlist.editor.up').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => teacher.keys()).toEqual(['builtin:ravine-momentum', 'builtin:saddle-escape']);
    await expect(teacher.item(0).getByTestId('playlist.editor.down')).toBeFocused();

    const links = await teacher.create();
    expect(links.shareUrl).toMatch(new RegExp(`/p/${links.slug}$`));
    expect(links.editUrl).toMatch(new RegExp(`/create/playlist/${links.slug}#token=[A-Za-z0-9_-]+$`));
    const token = links.editUrl.split('#token=')[1];

    // A student, in a separate browser context, opens the share link and plays level 1.
    const studentCtx = await browser.newContext();
    const student = await studentCtx.newPage();
    const studentGuard = guardConsole(student, [/Failed to load resource/]);
    const list = new PlaylistStudentPage(student);
    await list.goto(links.shareUrl);
    await expect(list.title).toHaveText(title);
    await expect(list.items).toHaveCount(2);
    await list.open(0);
    await expect(student).toHaveURL(new RegExp(`/play/ravine-momentum\\?(.*&)?list=${links.slug}`));
    const player = new PlayerPage(student);
    await player.waitReady();

    await expect(list.bar).toHaveAttribute('data-position', '1');
    await expect(list.bar).toHaveAttribute('data-total', '2');
    await expect(student.getByTestId('playlist-bar.place')).toContainText(`Playlist: ${title} — level 1 of 2`);
    await expect(student.getByTestId('playlist-bar.prev')).toHaveCount(0);
    await expect(student.getByTestId('playlist-bar.next')).toHaveAttribute('href', `/play/saddle-escape?list=${links.slug}`);
    await expect(list.barStars(0)).toHaveAttribute('data-stars', '0');

    // Momentum μ ≈ 0.9 at lr ≈ 0.02 earns three stars (as in player.spec).
    await student.getByTestId('player.nickname').fill('e2e-pl-student');
    await player.selectOptimizer('Momentum');
    await player.setSliderTick('lr', 766);
    await player.setSliderTick('momentum', 909);
    const result = await player.launchAndFinish();
    expect(result.outcome).toBe('reached-goal');
    expect(result.stars).toBe(3);
    await expect(student.getByTestId('player.verified')).toContainText('Verified by the server', { timeout: 30_000 });
    // The settings went into the URL; the playlist stayed.
    expect(student.url()).toContain(`list=${links.slug}`);
    await expect(list.barStars(0)).toHaveAttribute('data-stars', '3');
    await expect(list.barStars(1)).toHaveAttribute('data-stars', '0');
    await student.screenshot({ path: screenshotPath('playlist-student-bar.png') });

    // Next: level 2 of 2, with a link back to level 1 and to the playlist.
    await student.getByTestId('playlist-bar.next').click();
    await expect(student).toHaveURL(new RegExp(`/play/saddle-escape\\?(.*&)?list=${links.slug}`));
    await expect(list.bar).toHaveAttribute('data-position', '2');
    await expect(student.getByTestId('playlist-bar.prev')).toHaveAttribute('href', `/play/ravine-momentum?list=${links.slug}`);
    await expect(student.getByTestId('playlist-bar.done')).toHaveAttribute('href', `/p/${links.slug}`);
    await expect(student.getByTestId('play.remix')).toHaveAttribute('href', '/create?from=saddle-escape');

    // Solve the last level too (Adam, lr ≈ 0.05): the result banner leads to the finish screen.
    await player.waitReady();
    await player.selectOptimizer('Adam');
    await player.setSliderTick('lr', 849); // log slider over [0.001, 0.1]: tick 849 ≈ 0.05
    expect((await player.launchAndFinish()).stars).toBeGreaterThan(0);
    const finish = student.getByTestId('player.next');
    await expect(finish).toContainText('Playlist finished');
    await finish.click();
    await expect(student).toHaveURL(new RegExp(`/p/${links.slug}$`));
    await expect(student.getByTestId('playlist.finished')).toContainText('All 2 levels solved');

    // The share link cannot edit: no token → 401, a wrong token → 403, and the edit page refuses both.
    const put = await student.request.put(`/api/playlists/${links.slug}`, { data: { title: 'Mine now', items: [{ kind: 'builtin', id: 'saddle-escape' }] } });
    expect(put.status()).toBe(401);
    const wrong = await student.request.get(`/api/playlists/${links.slug}/results`, { headers: { authorization: `Bearer ${WRONG_TOKEN}` } });
    expect(wrong.status()).toBe(403);
    await student.goto(`/create/playlist/${links.slug}`);
    await expect(student.getByTestId('playlist.edit.refused')).toBeVisible();
    await expect(student.getByTestId('playlist.editor')).toHaveCount(0);
    await student.goto('about:blank');
    await student.goto(`/create/playlist/${links.slug}#token=${WRONG_TOKEN}`);
    await expect(student.getByTestId('playlist.edit.refused')).toContainText('refused');
    await expect(student.getByTestId('playlist.editor')).toHaveCount(0);
    expect(studentGuard.errors).toEqual([]);
    await studentCtx.close();

    // The teacher's edit link: the playlist as created, and the attempt in the results of level 1.
    await page.goto(links.editUrl);
    await expect(page.getByTestId('playlist.edit')).toBeVisible({ timeout: 30_000 });
    await expect(teacher.title).toHaveValue(title);
    expect(await teacher.keys()).toEqual(['builtin:ravine-momentum', 'builtin:saddle-escape']);
    await expect
      .poll(
        async () => {
          await page.getByTestId('playlist.results.refresh').click();
          return teacher.resultLines(1);
        },
        { timeout: 30_000 },
      )
      .toContainEqual(expect.stringContaining('e2e-pl-student'));
    const line = (await teacher.resultLines(1)).find((l) => l.includes('e2e-pl-student'));
    expect(line).toContain('★★★');
    // Level 2 was solved too (the finish screen above).
    expect(await teacher.resultLines(2)).toContainEqual(expect.stringContaining('e2e-pl-student'));

    // CSV: from the API with the token, and through the page's download button.
    const csv = await page.request.get(`/api/playlists/${links.slug}/results?format=csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('e2e-pl-student');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('playlist.results.csv').click()]);
    expect(download.suggestedFilename()).toBe(`playlist-${links.slug}-results.csv`);
    expect(await readFile((await download.path())!, 'utf8')).toContain('e2e-pl-student');
    await page.screenshot({ path: screenshotPath('playlist-results.png'), fullPage: true });

    // Edit (PUT) and unpublish (DELETE, confirmed): the share link stops working.
    await teacher.title.fill(`${title} (edited)`);
    await page.getByTestId('playlist.save').click();
    await expect(page.getByTestId('playlist.save.status')).toContainText('Saved');
    expect((await (await page.request.get(`/api/playlists/${links.slug}`)).json()).title).toBe(`${title} (edited)`);
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('playlist.unpublish').click();
    await expect(page.getByTestId('playlist.edit')).toHaveAttribute('data-published', 'false');
    expect((await page.request.get(`/api/playlists/${links.slug}`)).status()).toBe(404);
    expect(guard.errors).toEqual([]);
  });

  test('test-play in the editor is practice: no run sent, no explanation fetched, no progress recorded', async ({ page }) => {
    test.setTimeout(150_000);
    const sent: string[] = [];
    page.on('request', (r) => {
      if (/\/api\/(runs|explain)\b/.test(r.url())) sent.push(`${r.method()} ${r.url()}`);
    });
    await new EditorPage(page).gotoFresh('?from=saddle-escape');
    await page.getByTestId('editor.testplay.toggle').click();
    const player = new PlayerPage(page);
    await player.waitReady();
    await player.launchAndFinish();
    await expect(player.result).toBeVisible();
    await expect(page.getByTestId('player.explain')).toHaveCount(0);
    await page.waitForTimeout(1_000);
    expect(sent).toEqual([]);
    expect(await page.evaluate(() => window.localStorage.getItem('descent.best.v1'))).toBeNull();
  });
});

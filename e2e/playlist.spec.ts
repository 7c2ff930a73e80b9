import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { PlaylistEditorPage, PlaylistStudentPage } from './pages/playlist';
import { PlayerPage } from './pages/player';
import { EditorPage } from './pages/editor';
import { CreateLanding, SiteChrome } from './pages/site';
import { afterPendingRequests } from './network';
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
    await new SiteChrome(page).createLink.click();
    const landing = new CreateLanding(page);
    await expect(landing.root).toBeVisible();
    await landing.newPlaylist.click();
    await expect(page).toHaveURL(/\/create\/playlist$/);

    const teacher = new PlaylistEditorPage(page);
    await teacher.gotoFresh();
    await expect(teacher.createButton).toBeDisabled();
    await expect(teacher.createWhy).toContainText('title');

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
    await teacher.remove(2);
    await teacher.moveUpWithKeyboard(1);
    await expect.poll(() => teacher.keys()).toEqual(['builtin:ravine-momentum', 'builtin:saddle-escape']);
    await expect(teacher.downButton(0)).toBeFocused();

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
    await expect(list.barPlace).toContainText(`Playlist: ${title} — level 1 of 2`);
    await expect(list.barPrev).toHaveCount(0);
    await expect(list.barNext).toHaveAttribute('href', `/play/saddle-escape?list=${links.slug}`);
    await expect(list.barStars(0)).toHaveAttribute('data-stars', '0');

    // Momentum μ ≈ 0.9 at lr ≈ 0.02 earns three stars (as in player.spec).
    await player.setNickname('e2e-pl-student');
    await player.selectOptimizer('Momentum');
    await player.setSliderTick('lr', 766);
    await player.setSliderTick('momentum', 909);
    const result = await player.launchAndFinish();
    expect(result.outcome).toBe('reached-goal');
    expect(result.stars).toBe(3);
    await expect(player.verified).toContainText('Verified by the server', { timeout: 30_000 });
    // The settings went into the URL; the playlist stayed.
    expect(student.url()).toContain(`list=${links.slug}`);
    await expect(list.barStars(0)).toHaveAttribute('data-stars', '3');
    await expect(list.barStars(1)).toHaveAttribute('data-stars', '0');
    await student.screenshot({ path: screenshotPath('playlist-student-bar.png') });

    // Next: level 2 of 2, with a link back to level 1 and to the playlist.
    await list.barNext.click();
    await expect(student).toHaveURL(new RegExp(`/play/saddle-escape\\?(.*&)?list=${links.slug}`));
    await expect(list.bar).toHaveAttribute('data-position', '2');
    await expect(list.barPrev).toHaveAttribute('href', `/play/ravine-momentum?list=${links.slug}`);
    await expect(list.barDone).toHaveAttribute('href', `/p/${links.slug}`);
    await expect(player.remixLink).toHaveAttribute('href', '/create?from=saddle-escape');

    // Solve the last level too (Adam, lr ≈ 0.05): the result banner leads to the finish screen.
    await player.waitReady();
    await player.selectOptimizer('Adam');
    await player.setSliderTick('lr', 849); // log slider over [0.001, 0.1]: tick 849 ≈ 0.05
    expect((await player.launchAndFinish()).stars).toBeGreaterThan(0);
    await expect(player.next).toContainText('Playlist finished');
    await player.next.click();
    await expect(student).toHaveURL(new RegExp(`/p/${links.slug}$`));
    await expect(list.finished).toContainText('All 2 levels solved');

    // The share link cannot edit: no token → 401, a wrong token → 403, and the edit page refuses both.
    const put = await student.request.put(`/api/playlists/${links.slug}`, { data: { title: 'Mine now', items: [{ kind: 'builtin', id: 'saddle-escape' }] } });
    expect(put.status()).toBe(401);
    const wrong = await student.request.get(`/api/playlists/${links.slug}/results`, { headers: { authorization: `Bearer ${WRONG_TOKEN}` } });
    expect(wrong.status()).toBe(403);
    const intruder = new PlaylistEditorPage(student);
    await student.goto(`/create/playlist/${links.slug}`);
    await expect(intruder.refused).toBeVisible();
    await expect(intruder.editor).toHaveCount(0);
    await student.goto('about:blank');
    await student.goto(`/create/playlist/${links.slug}#token=${WRONG_TOKEN}`);
    await expect(intruder.refused).toContainText('refused');
    await expect(intruder.editor).toHaveCount(0);
    expect(studentGuard.errors).toEqual([]);
    await studentCtx.close();

    // The teacher's edit link: the playlist as created, and the attempt in the results of level 1.
    await page.goto(links.editUrl);
    await expect(teacher.edit).toBeVisible({ timeout: 30_000 });
    await expect(teacher.title).toHaveValue(title);
    expect(await teacher.keys()).toEqual(['builtin:ravine-momentum', 'builtin:saddle-escape']);
    await expect
      .poll(
        async () => {
          await teacher.refreshResults();
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
    const download = await teacher.downloadCsv();
    expect(download.suggestedFilename()).toBe(`playlist-${links.slug}-results.csv`);
    expect(await readFile((await download.path())!, 'utf8')).toContain('e2e-pl-student');
    await page.screenshot({ path: screenshotPath('playlist-results.png'), fullPage: true });

    // Edit (PUT) and unpublish (DELETE, confirmed): the share link stops working.
    await teacher.title.fill(`${title} (edited)`);
    await teacher.save();
    await expect(teacher.saveStatus).toContainText('Saved');
    expect((await (await page.request.get(`/api/playlists/${links.slug}`)).json()).title).toBe(`${title} (edited)`);
    await teacher.unpublish();
    await expect(teacher.edit).toHaveAttribute('data-published', 'false');
    expect((await page.request.get(`/api/playlists/${links.slug}`)).status()).toBe(404);
    expect(guard.errors).toEqual([]);
  });

  test('test-play in the editor is practice: no run sent, no explanation fetched, no progress recorded', async ({ page }) => {
    test.setTimeout(150_000);
    const sent: string[] = [];
    page.on('request', (r) => {
      if (/\/api\/(runs|explain)\b/.test(r.url())) sent.push(`${r.method()} ${r.url()}`);
    });
    const editor = new EditorPage(page);
    await editor.gotoFresh('?from=saddle-escape');
    await editor.openTestPlay();
    const player = new PlayerPage(page);
    await player.waitReady();
    await player.launchAndFinish();
    await expect(player.result).toBeVisible();
    await expect(player.explainLink).toHaveCount(0);
    // The run's report has been made (a finished run reports at once, and its local summary shows
    // after); then a marker request proves that every request issued before it has been seen.
    await expect(player.summary).toHaveText(/\S/);
    await afterPendingRequests(page);
    expect(sent).toEqual([]);
    expect(await page.evaluate(() => window.localStorage.getItem('descent.best.v1'))).toBeNull();
  });
});

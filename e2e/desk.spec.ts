import { test, expect } from './fixtures';
import { DeskPage } from './pages/desk';
import { EditorPage } from './pages/editor';
import { PlaylistEditorPage } from './pages/playlist';
import { CreateLanding } from './pages/site';

/** Publishes the unchanged fork of a built-in level (publishable without calibrating) and returns its links. */
async function publishFork(editor: EditorPage, from: string) {
  await editor.page.goto(`/create?from=${from}`);
  await expect(editor.root).toBeVisible();
  return editor.publish();
}

test.describe('the teacher’s desk', () => {
  test('a teacher makes a desk, two levels and a playlist, loses the edit links, and finds everything again', async ({ page, browser }) => {
    test.setTimeout(180_000);

    // From the Create landing to the desk; make it, with the "save this link" step.
    await page.goto('/create');
    await new CreateLanding(page).desk.click();
    await expect(page).toHaveURL(/\/desk$/);
    const desk = new DeskPage(page);
    const secretLink = await desk.make(true);
    expect(secretLink).toMatch(/\/desk#key=[a-z0-9]{10}[A-Za-z0-9_-]{32}$/);
    await expect(desk.remembered).toBeChecked();
    expect(await desk.entries('levels')).toEqual([]);

    // Two levels and a playlist, published from this browser: each goes on the desk.
    const editor = new EditorPage(page);
    const first = await publishFork(editor, 'saddle-escape');
    await expect(page.getByTestId('editor.publish.done')).toContainText('saved to your desk');
    const second = await publishFork(editor, 'ravine-momentum');
    await expect(page.getByTestId('editor.publish.done')).toContainText('saved to your desk');
    const playlist = new PlaylistEditorPage(page);
    await page.goto('/create/playlist');
    await expect(playlist.editor).toBeVisible();
    await playlist.title.fill('Desk week');
    await playlist.addCustom(first.shareUrl);
    await playlist.addCustom(second.shareUrl);
    await expect.poll(() => playlist.keys()).toEqual([`custom:${first.slug}`, `custom:${second.slug}`]);
    const list = await playlist.create();
    await expect(page.getByTestId('playlist.desk')).toContainText('Saved to your desk');

    // The edit links are lost: another device, nothing remembered, only the desk's secret link.
    const other = await browser.newContext();
    const away = await other.newPage();
    const found = new DeskPage(away);
    await found.goto();
    await expect(found.makeButton).toBeVisible();
    await found.openWith(secretLink);
    const levels = await found.entries('levels');
    expect(levels.map((l) => l.slug)).toEqual([second.slug, first.slug]);
    expect(levels.every((l) => l.published)).toBe(true);
    // Each level shows the server's proof at publish: a fork of a built-in level proves its point.
    await expect(found.entry('levels', first.slug).getByTestId('desk.levels.proof')).toHaveAttribute('data-proof', 'proven');
    const playlists = await found.entries('playlists');
    expect(playlists.map((p) => [p.slug, p.title])).toEqual([[list.slug, 'Desk week']]);
    // The desk's edit links carry the desk key in the #fragment, never the lost edit tokens.
    const key = secretLink.split('#key=')[1];
    for (const entry of [...levels, ...playlists]) expect(entry.editUrl).toMatch(new RegExp(`#token=${key}$`));

    // The desk's links open the edit pages: the level editor with its results, the playlist's.
    await found.entry('levels', first.slug).getByTestId('desk.levels.edit').click();
    await expect(away).toHaveURL(new RegExp(`/create/edit/${first.slug}#token=`));
    const awayEditor = new EditorPage(away);
    await expect(awayEditor.root).toBeVisible({ timeout: 30_000 });
    await expect(awayEditor.results).toBeVisible();
    await expect(awayEditor.refused).toHaveCount(0);
    await away.goto(playlists[0].editUrl);
    const awayPlaylist = new PlaylistEditorPage(away);
    await expect(awayPlaylist.results).toBeVisible({ timeout: 30_000 });
    await expect(awayPlaylist.refused).toHaveCount(0);

    // A wrong desk link lists nothing.
    await away.goto('/desk');
    const wrongKey = key.slice(0, 12) + (key[12] === 'A' ? 'B' : 'A') + key.slice(13);
    await found.openWith(secretLink.replace(key, wrongKey));
    await expect(found.error).toBeVisible();
    await expect(found.levels).toHaveCount(0);
    await other.close();
  });

  test('a level made before the desk is attached with its edit link', async ({ page }) => {
    test.setTimeout(120_000);
    const editor = new EditorPage(page);
    const before = await publishFork(editor, 'sharp-or-flat');
    await expect(page.getByTestId('editor.publish.done')).not.toContainText('desk');

    const desk = new DeskPage(page);
    await desk.goto();
    await desk.make(false);
    await expect(desk.remembered).not.toBeChecked();
    // The share link is not an edit link; the edit link attaches.
    await desk.attach(before.shareUrl);
    await expect(desk.attachError).toContainText('not a private edit link');
    await desk.attach(before.editUrl);
    await expect(desk.attachDone).toBeVisible();
    await expect.poll(async () => (await desk.entries('levels')).map((l) => l.slug)).toEqual([before.slug]);
    // Its own edit link keeps working.
    await page.goto(before.editUrl);
    await expect(editor.root).toBeVisible({ timeout: 30_000 });
    await expect(editor.refused).toHaveCount(0);
  });
});

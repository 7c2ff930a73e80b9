import { test, expect } from './fixtures';
import { EditorPage } from './pages/editor';

test.describe('levels that prove their point', () => {
  test('a level declared “momentum” that plain SGD wins is shown unproven, and published marked unproven', async ({ page }) => {
    test.setTimeout(240_000);
    const editor = new EditorPage(page);
    // The built-in momentum level, forked: it states its idea (momentum) and its shortcuts.
    await editor.gotoFresh('?from=ravine-momentum');
    await expect(page.getByTestId('editor.intent.on')).toBeChecked();
    await expect(page.getByTestId('editor.intent.idea')).toHaveValue(/momentum/i);

    // As published, only the idea wins.
    expect(await editor.checkIntent()).toMatchObject({ status: 'proven' });

    // A lower three-star threshold lets plain SGD at its best rate earn 3★: the check says so.
    await editor.setNumber('stars.3', 900);
    await expect(page.getByTestId('proof.editor.none')).toContainText('changed since the last check');
    const leaky = await editor.checkIntent();
    expect(leaky.status).toBe('unproven');
    expect(leaky.verdict).toMatch(/^unproven: only lr earns 3★/);

    // Publishing is still allowed; the server sweeps again and stores its own mark.
    await editor.calibrate('grid', 200, 120_000);
    const links = await editor.publish();
    expect(await editor.proof('server')).toMatchObject({ status: 'unproven', verdict: expect.stringMatching(/^unproven: only lr earns 3★/) });
    // The edit page shows the server's mark to the teacher.
    await page.goto(links.editUrl);
    await expect(editor.root).toBeVisible({ timeout: 30_000 });
    expect(await editor.proof('server')).toMatchObject({ status: 'unproven' });
    // A player reading the level never sees it.
    const body = await (await page.request.get(`/api/custom-levels/${links.slug}`)).json();
    expect(body).not.toHaveProperty('proof');
  });
});

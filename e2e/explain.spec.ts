import { test, expect } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { ExplainPage } from './pages/explain';
import { screenshotPath } from './browsers';

/** The explanation is rendered on the server: everything here works with JavaScript off. */
test.describe('run explanation, JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('saddle-escape with its defaults: a saddle stall with the Hessian eigenvalues', async ({ page }) => {
    const explain = new ExplainPage(page);
    await explain.goto('saddle-escape');
    await expect(page).toHaveTitle(/Run explained — Off the saddle/);
    await expect(explain.outcome).toHaveText('Ran out of steps');
    await expect(explain.headline).toContainText('at a saddle');
    const stall = explain.finding('saddle-stall');
    await expect(stall).toBeVisible();
    await expect(stall).toContainText('Hessian eigenvalues −2.0 and +2.0');
    await expect(stall.getByText('λmin')).toBeVisible();
    await expect(explain.charts).toHaveCount(3);
    await expect(explain.replay).toHaveAttribute('href', '/play/saddle-escape');
    await expect(explain.lessons.first()).toHaveAttribute('href', '/learn/saddle-points#saddles');
    await page.screenshot({ path: screenshotPath('explain-saddle-nojs.png'), fullPage: true });
  });

  test('ravine-momentum at lr 0.05: diverged, with 2/λmax', async ({ page }) => {
    const explain = new ExplainPage(page);
    await explain.goto('ravine-momentum', 'lr=0.05');
    await expect(explain.outcome).toHaveText('Diverged');
    await expect(explain.headline).toContainText(/^Diverged at step \d+/);
    const divergence = explain.finding('divergence');
    await expect(divergence).toContainText('2/λmax');
    await expect(divergence).toContainText('1.25× the stable limit');
    await expect(explain.replay).toHaveAttribute('href', '/play/ravine-momentum?lr=0.05');
  });

  test('sharp-or-flat: full batch ends in the sharp basin, B = 4 in the flat one', async ({ page }) => {
    const explain = new ExplainPage(page);
    await explain.goto('sharp-or-flat');
    await expect(explain.finding('sharp-basin')).toContainText('sharpness');
    await explain.goto('sharp-or-flat', 'B=4');
    await expect(explain.outcome).toHaveText('Reached the goal');
    await expect(explain.finding('flat-basin')).toBeVisible();
  });

  test('an unknown level is a 404; a locked value in the link is ignored with a note', async ({ page }) => {
    const response = await page.goto('/explain/no-such-level');
    expect(response?.status()).toBe(404);
    const explain = new ExplainPage(page);
    await explain.goto('sharp-or-flat', 'opt=adam');
    await expect(explain.notice).toContainText('optimizer');
    await expect(explain.title).toBeVisible();
  });
});

/** axe injects a script, so it needs JavaScript; the page it audits is the same server-rendered HTML. */
test.describe('run explanation, accessibility', () => {
  for (const [levelId, query] of [['saddle-escape', ''], ['ravine-momentum', 'lr=0.05']] as const) {
    test(`/explain/${levelId}${query ? `?${query}` : ''} has no serious or critical axe violations and fits a phone`, async ({ page }) => {
      const explain = new ExplainPage(page);
      await explain.goto(levelId, query);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
      await page.setViewportSize({ width: 375, height: 812 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

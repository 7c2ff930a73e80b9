import { test, expect } from './fixtures';
import { ProjectionPage } from './pages/projection-page';

/** The projection demonstration trains in a Web Worker and draws the path on its own plane. */
test.describe('train every weight, watch the projection', () => {
  test('trains the default network and draws the projected path with the variance its plane keeps', async ({ page }) => {
    const projection = new ProjectionPage(page);
    await projection.goto();
    await expect(page).toHaveTitle(/Train every weight/);
    await expect(projection.status).toContainText('Not run yet');
    await projection.train.click();
    await expect(projection.map).toBeVisible({ timeout: 60_000 });
    await expect(projection.status).toContainText(/^Done in/);
    await expect(projection.explained).toContainText(/keeps \d{1,3}\.\d %/);
    await expect(projection.path).toHaveAttribute('d', /^M[\d.-]+ [\d.-]+(L[\d.-]+ [\d.-]+)+$/);
    await expect(projection.start).toBeVisible();
    await expect(projection.end).toBeVisible();
    await expect(projection.map.locator('svg title')).toContainText('projected');
    await expect(projection.lossChart).toBeVisible();
  });

  test('reports a setting out of range instead of running', async ({ page }) => {
    const projection = new ProjectionPage(page);
    await projection.goto();
    await projection.steps.fill('25000');
    // The number box's own max stops the form; submit through the checker by bypassing it.
    await projection.steps.evaluate((el) => el.removeAttribute('max'));
    await projection.train.click();
    await expect(projection.status).toContainText('steps must be at most 20000');
    await expect(projection.map).toHaveCount(0);
  });
});

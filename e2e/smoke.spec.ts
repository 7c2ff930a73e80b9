import { test, expect } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { HomePage } from './pages/home';
import { CoursePage } from './pages/course';
import { GlossaryPage, MdxPage, NotFoundPage, SiteChrome } from './pages/site';
import { guardConsole } from './console-guard';
import { COURSE_OUTLINE } from '../content/course';

const SCREENSHOTS = 'artifacts/screenshots';

test.describe('smoke', () => {
  test('home page renders, links to the course, and logs no errors', async ({ page }) => {
    const guard = guardConsole(page);
    const home = new HomePage(page);
    await home.goto();

    await expect(page).toHaveTitle(/Descent/);
    await expect(home.title).toHaveText('Descent');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(home.lessons).toHaveCount(COURSE_OUTLINE.length);
    await expect(home.sketch).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/home-desktop.png`, fullPage: true });

    await home.startCourse();
    const course = new CoursePage(page);
    await expect(course.title).toBeVisible();
    await expect(course.lessons).toHaveCount(COURSE_OUTLINE.length);

    expect(guard.errors).toEqual([]);
  });

  test('home page has no serious or critical accessibility violations', async ({ page }) => {
    await new HomePage(page).goto();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
  });

  test('home page fits a phone screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await new HomePage(page).goto();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/home-mobile.png`, fullPage: true });
  });

  test('the MDX math page renders KaTeX', async ({ page }) => {
    const guard = guardConsole(page);
    const mdx = new MdxPage(page);
    await mdx.goto('about-the-math');
    await expect(page).toHaveTitle(/About the math/);
    await expect(page.getByRole('heading', { level: 1, name: 'About the math' })).toBeVisible();
    await expect(mdx.math.first()).toBeVisible();
    await expect(mdx.displayMath).toHaveCount(3);
    // Headings from the MDX component map carry stable anchors.
    await expect(mdx.section('why-this-matters-for-the-game')).toBeVisible();
    expect(guard.errors).toEqual([]);
  });

  test('an unknown address shows the 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    const notFound = new NotFoundPage(page);
    await expect(notFound.title).toBeVisible();
    await notFound.homeLink.click();
    await expect(new HomePage(page).title).toBeVisible();
  });

  test('the header nav reaches the course and the glossary', async ({ page }) => {
    const guard = guardConsole(page);
    const site = new SiteChrome(page);
    await new MdxPage(page).goto('about-the-math');
    await site.glossaryLink.click();
    await expect(new GlossaryPage(page).title).toBeVisible();
    await site.courseLink.click();
    await expect(new CoursePage(page).title).toBeVisible();
    await site.homeLink.click();
    await expect(new HomePage(page).title).toBeVisible();
    expect(guard.errors).toEqual([]);
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const site = new SiteChrome(page);
    await expect(site.skipLink).toBeFocused();
    await site.skipLink.press('Enter');
    await expect(site.main).toBeFocused();
  });
});

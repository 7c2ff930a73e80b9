/**
 * The Simplified Chinese edition (/zh): the course walk in Chinese, a challenge won in Chinese,
 * the language switch, first-visit language detection, and no English UI text left on /zh pages.
 */
import { test, expect } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { LessonPage } from './pages/lesson';
import { EditionPage } from './pages/edition';
import { guardConsole } from './console-guard';
import { screenshotPath } from './browsers';

const SLUGS = ['mini-batches', 'batch-size-and-shuffling', 'sharp-minima', 'saddle-points', 'ravines-and-momentum', 'adagrad', 'rmsprop-and-adam', 'normalization', 'regularization', 'real-network'];

/** Chinese pages other than lessons: every kind of page a reader can reach from the header. */
const PAGES = ['/zh', '/zh/learn', '/zh/glossary', '/zh/play', '/zh/play/saddle-escape', '/zh/learn/notation', '/zh/learn/about-the-math', '/zh/create', '/zh/no-such-page'];

test.describe('the Chinese edition', () => {
  test('walk all ten lessons in Chinese: zh-CN, axe clean, no console errors, no English left', async ({ page }) => {
    test.setTimeout(240_000);
    const guard = guardConsole(page);
    const lesson = new LessonPage(page);
    const edition = new EditionPage(page);
    await lesson.goto(SLUGS[0], 'zh');
    const foreign: string[] = [];
    for (let i = 0; i < SLUGS.length; i++) {
      await expect(page).toHaveURL(new RegExp(`/zh/learn/${SLUGS[i]}$`));
      expect(await edition.lang()).toBe('zh-CN');
      expect(await lesson.challenges.count()).toBeGreaterThanOrEqual(2);
      await expect(lesson.math.first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('canvas').analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${SLUGS[i]}: ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      foreign.push(...(await edition.foreignWords()).map((w) => `${SLUGS[i]}: ${w}`));
      if (i === 3) await page.screenshot({ path: screenshotPath('zh-lesson-4.png') });
      if (i < SLUGS.length - 1) await lesson.next.click();
    }
    expect(foreign).toEqual([]);
    expect(guard.errors).toEqual([]);
  });

  test('every other kind of /zh page reads in Chinese', async ({ page }) => {
    const edition = new EditionPage(page);
    const foreign: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      expect(await edition.lang(), path).toBe('zh-CN');
      foreign.push(...(await edition.foreignWords()).map((w) => `${path}: ${w}`));
    }
    expect(foreign).toEqual([]);
  });

  test('win a challenge in Chinese: three stars, as in English', async ({ page }) => {
    const guard = guardConsole(page);
    const lesson = new LessonPage(page);
    await lesson.goto('mini-batches', 'zh');
    const player = await lesson.openPlayer(0);
    await lesson.setSliderTick(0, 'lr', 801); // the published solution, lr ≈ 0.2 with B = 1
    const result = await player.launchAndFinish();
    expect(result.stars).toBe(3);
    await expect(lesson.starsShown(0, 3).first()).toBeVisible();
    await expect(lesson.progress).toHaveAttribute('data-done', '1');
    await page.screenshot({ path: screenshotPath('zh-lesson-1-solved.png') });
    expect(guard.errors).toEqual([]);
  });

  test('the language switch keeps the page and its anchor, both ways, and is remembered', async ({ page, context }) => {
    const edition = new EditionPage(page);
    const response = await page.goto('/learn/saddle-points#saddles');
    // Both editions, absolute, in the Link header (hreflang en, zh-CN and x-default).
    const link = (await response?.headerValue('link')) ?? '';
    expect(link).toMatch(/<http[^>]+\/zh\/learn\/saddle-points>; rel="alternate"; hreflang="zh-CN"/);
    expect(link).toMatch(/<http[^>]+\/learn\/saddle-points>; rel="alternate"; hreflang="x-default"/);
    await edition.languageSwitch.click();
    await expect(page).toHaveURL(/\/zh\/learn\/saddle-points#saddles$/);
    expect(await edition.lang()).toBe('zh-CN');
    await expect(page.locator('h2#saddles')).toBeVisible();
    expect((await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('zh');
    await edition.languageSwitch.click();
    await expect(page).toHaveURL(/\/learn\/saddle-points#saddles$/);
    expect(new URL(page.url()).pathname).toBe('/learn/saddle-points');
    expect(await edition.lang()).toBe('en');
    expect((await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('en');
  });

  test('a first visit to the home page follows Accept-Language once; explicit addresses never move', async ({ browser }) => {
    const zhReader = await browser.newContext({ locale: 'zh-CN' });
    const page = await zhReader.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh$/);
    // Remembered now: an English address stays English, and so does the English home page.
    await page.goto('/learn');
    await expect(page).toHaveURL(/\/learn$/);
    expect(await new EditionPage(page).lang()).toBe('en');
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/');
    await zhReader.close();
    const enReader = await browser.newContext({ locale: 'en-US' });
    const other = await enReader.newPage();
    await other.goto('/');
    expect(new URL(other.url()).pathname).toBe('/');
    await other.goto('/zh/glossary');
    expect(await new EditionPage(other).lang()).toBe('zh-CN');
    await enReader.close();
  });
});

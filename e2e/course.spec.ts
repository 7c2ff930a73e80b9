import { test, expect } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { LessonPage } from './pages/lesson';
import { guardConsole } from './console-guard';
import { screenshotPath } from './browsers';

const SLUGS = [
  'mini-batches',
  'batch-size-and-shuffling',
  'sharp-minima',
  'saddle-points',
  'ravines-and-momentum',
  'adagrad',
  'rmsprop-and-adam',
  'normalization-and-regularization',
];

test.describe('the course', () => {
  test('read lesson 1, solve its first challenge through the UI, see the stars on the map', async ({ page }) => {
    const guard = guardConsole(page);
    const lesson = new LessonPage(page);
    await lesson.goto('mini-batches');
    await expect(lesson.progress).toHaveAttribute('data-done', '0');
    await expect(lesson.toc.getByRole('link').first()).toBeVisible();
    // The table of contents points at real, unique headings.
    for (const href of await lesson.toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1);
    }
    // Hints and solution stay hidden until asked for.
    const first = lesson.challenge(0);
    const levelId = await first.getAttribute('data-level-id');
    await expect(first.getByTestId('challenge.apply-solution')).toBeHidden();

    // Its published solution is lr 0.2 with B = 1 (the default): set by hand, as a player would.
    const player = await lesson.openPlayer(0);
    await lesson.setSliderTick(0, 'lr', 801); // log slider over [0.005, 0.5]: tick 801 ≈ 0.2
    const result = await player.launchAndFinish();
    expect(result.stars).toBe(3);
    await expect(first.getByTestId('level.stars').first()).toHaveAttribute('data-level-id', levelId!);
    await expect(first.locator('[data-stars="3"]').first()).toBeVisible();
    await expect(lesson.progress).toHaveAttribute('data-done', '1');
    await page.screenshot({ path: screenshotPath('lesson-1-solved.png'), fullPage: false });

    await page.goto('/learn');
    const card = page.getByTestId('course.lesson.1');
    await expect(card.locator(`[data-testid="course.challenge"][data-level-id="${levelId}"] [data-stars="3"]`)).toBeVisible();
    await expect(card.getByTestId('lesson.state')).toHaveAttribute('data-state', 'in-progress');
    await page.screenshot({ path: screenshotPath('course-map.png'), fullPage: true });
    expect(guard.errors).toEqual([]);
  });

  test('walk all eight lessons in order: no console errors, axe clean', async ({ page }) => {
    test.setTimeout(180_000);
    const guard = guardConsole(page);
    const lesson = new LessonPage(page);
    await lesson.goto(SLUGS[0]);
    for (let i = 0; i < SLUGS.length; i++) {
      await expect(page).toHaveURL(new RegExp(`/learn/${SLUGS[i]}$`));
      await expect(lesson.challenges).not.toHaveCount(0);
      expect(await lesson.challenges.count()).toBeGreaterThanOrEqual(2);
      await expect(page.locator('.katex').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('canvas').analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${SLUGS[i]}: ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      if (i < SLUGS.length - 1) await lesson.next.click();
    }
    await page.screenshot({ path: screenshotPath('lesson-8.png') });
    expect(guard.errors).toEqual([]);
  });

  test('skipping ahead is allowed, and the map shows what was skipped', async ({ page }) => {
    await page.goto('/learn/saddle-points');
    await expect(page.getByTestId('lesson.progress')).toHaveAttribute('data-done', '0');
    await page.goto('/learn');
    await expect(page.getByTestId('course.lesson.1').getByTestId('lesson.state')).toHaveAttribute('data-state', 'skipped');
    await expect(page.getByTestId('course.lesson.4').getByTestId('lesson.state')).toHaveAttribute('data-state', 'in-progress');
    await expect(page.getByTestId('course.lesson.5').getByTestId('lesson.state')).toHaveAttribute('data-state', 'not-started');
    await expect(page.getByTestId('course.next')).toContainText('Lesson 1');
  });

  test('progress survives a reload and moves between browsers as a file', async ({ page, browser }, info) => {
    await page.goto('/learn');
    await page.evaluate(() =>
      localStorage.setItem('descent.best.v1', JSON.stringify({ 'saddle-escape': { score: 912, stars: 3, query: 'opt=adam', at: '2026-01-01T00:00:00.000Z' } })),
    );
    await page.reload();
    await expect(page.locator('[data-testid="course.challenge"][data-level-id="saddle-escape"] [data-stars="3"]')).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByTestId('progress.export').click();
    const file = info.outputPath('progress.json');
    await (await download).saveAs(file);

    const other = await browser.newPage();
    await other.goto('/learn');
    await expect(other.locator('[data-testid="course.challenge"][data-level-id="saddle-escape"] [data-stars="0"]')).toBeVisible();
    await other.getByTestId('progress.import').setInputFiles(file);
    await expect(other.getByTestId('progress.message')).toContainText('Imported 1 level results');
    await expect(other.locator('[data-testid="course.challenge"][data-level-id="saddle-escape"] [data-stars="3"]')).toBeVisible();
    await other.getByTestId('progress.import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') });
    await expect(other.getByTestId('progress.message')).toContainText('not a Descent progress file');
    await other.close();
  });

  test('a lesson reads without JavaScript: text, math, hints and solution are in the HTML', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/learn/saddle-points');
    await expect(page.getByTestId('lesson.title')).toBeVisible();
    await expect(page.locator('.katex').first()).toBeVisible();
    await expect(page.getByTestId('lesson.body').locator('p').first()).toBeVisible();
    const challenge = page.getByTestId('challenge').first();
    await expect(challenge.getByTestId('level.goal')).toBeVisible();
    await challenge.getByTestId('challenge.solution').locator('summary').click();
    await expect(challenge.getByTestId('challenge.solution')).toContainText('Settings:');
    await context.close();
  });

  test('the glossary has an entry for every term lessons link to', async ({ page }) => {
    await page.goto('/learn/saddle-points');
    const hrefs = await page.getByTestId('term').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
    expect(hrefs.length).toBeGreaterThan(0);
    await page.goto('/glossary');
    for (const href of hrefs) await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toHaveCount(1);
  });
});

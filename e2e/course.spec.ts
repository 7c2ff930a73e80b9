import { test, expect } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { LessonPage } from './pages/lesson';
import { CoursePage } from './pages/course';
import { GlossaryPage } from './pages/site';
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
  'normalization',
  'regularization',
  'real-network',
];

test.describe('the course', () => {
  test('read lesson 1, solve its first challenge through the UI, see the stars on the map', async ({ page }) => {
    const guard = guardConsole(page);
    const lesson = new LessonPage(page);
    await lesson.goto('mini-batches');
    await expect(lesson.progress).toHaveAttribute('data-done', '0');
    await expect(lesson.tocLinks.first()).toBeVisible();
    // The table of contents points at real, unique headings.
    for (const href of await lesson.tocHrefs()) await expect(lesson.anchorTarget(href)).toHaveCount(1);
    // Hints and solution stay hidden until asked for.
    const levelId = await lesson.challenge(0).getAttribute('data-level-id');
    await expect(lesson.applySolutionButton(0)).toBeHidden();

    // Its published solution is lr 0.2 with B = 1 (the default): set by hand, as a player would.
    const player = await lesson.openPlayer(0);
    await lesson.setSliderTick(0, 'lr', 801); // log slider over [0.005, 0.5]: tick 801 ≈ 0.2
    const result = await player.launchAndFinish();
    expect(result.stars).toBe(3);
    await expect(lesson.levelStars(0).first()).toHaveAttribute('data-level-id', levelId!);
    await expect(lesson.starsShown(0, 3).first()).toBeVisible();
    await expect(lesson.progress).toHaveAttribute('data-done', '1');
    await page.screenshot({ path: screenshotPath('lesson-1-solved.png'), fullPage: false });

    const course = new CoursePage(page);
    await course.goto();
    await expect(course.challengeStars(levelId!, 3, 1)).toBeVisible();
    await expect(course.lessonState(1)).toHaveAttribute('data-state', 'in-progress');
    await page.screenshot({ path: screenshotPath('course-map.png'), fullPage: true });
    expect(guard.errors).toEqual([]);
  });

  test('walk all ten lessons in order: no console errors, axe clean', async ({ page }) => {
    test.setTimeout(180_000);
    const guard = guardConsole(page);
    const lesson = new LessonPage(page);
    await lesson.goto(SLUGS[0]);
    for (let i = 0; i < SLUGS.length; i++) {
      await expect(page).toHaveURL(new RegExp(`/learn/${SLUGS[i]}$`));
      await expect(lesson.challenges).not.toHaveCount(0);
      expect(await lesson.challenges.count()).toBeGreaterThanOrEqual(2);
      await expect(lesson.math.first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('canvas').analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${SLUGS[i]}: ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      if (i < SLUGS.length - 1) await lesson.next.click();
    }
    await page.screenshot({ path: screenshotPath('lesson-8.png') });
    expect(guard.errors).toEqual([]);
  });

  test('skipping ahead is allowed, and the map shows what was skipped', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.goto('saddle-points');
    await expect(lesson.progress).toHaveAttribute('data-done', '0');
    const course = new CoursePage(page);
    await course.goto();
    await expect(course.lessonState(1)).toHaveAttribute('data-state', 'skipped');
    await expect(course.lessonState(4)).toHaveAttribute('data-state', 'in-progress');
    await expect(course.lessonState(5)).toHaveAttribute('data-state', 'not-started');
    await expect(course.next).toContainText('Lesson 1');
  });

  test('progress survives a reload and moves between browsers as a file', async ({ page, browser }, info) => {
    const course = new CoursePage(page);
    await course.goto();
    await page.evaluate(() =>
      localStorage.setItem('descent.best.v1', JSON.stringify({ 'saddle-escape': { score: 912, stars: 3, query: 'opt=adam', at: '2026-01-01T00:00:00.000Z' } })),
    );
    await page.reload();
    await expect(course.challengeStars('saddle-escape', 3)).toBeVisible();
    const file = info.outputPath('progress.json');
    await course.exportProgress(file);

    const other = await browser.newPage();
    const elsewhere = new CoursePage(other);
    await elsewhere.goto();
    await expect(elsewhere.challengeStars('saddle-escape', 0)).toBeVisible();
    await elsewhere.importProgress(file);
    await expect(elsewhere.message).toContainText('Imported 1 level results');
    await expect(elsewhere.challengeStars('saddle-escape', 3)).toBeVisible();
    await elsewhere.importProgress({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') });
    await expect(elsewhere.message).toContainText('not a Descent progress file');
    await other.close();
  });

  test('a lesson reads without JavaScript: text, math, hints and solution are in the HTML', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const lesson = new LessonPage(await context.newPage());
    await lesson.goto('saddle-points');
    await expect(lesson.math.first()).toBeVisible();
    await expect(lesson.paragraphs.first()).toBeVisible();
    await expect(lesson.goal(0)).toBeVisible();
    await lesson.openSolution(0);
    await expect(lesson.solution(0)).toContainText('Settings:');
    await context.close();
  });

  test('the glossary has an entry for every term lessons link to', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.goto('saddle-points');
    const hrefs = await lesson.termHrefs();
    expect(hrefs.length).toBeGreaterThan(0);
    const glossary = new GlossaryPage(page);
    await glossary.goto();
    for (const href of hrefs) await expect(glossary.entryFor(href)).toHaveCount(1);
  });
});

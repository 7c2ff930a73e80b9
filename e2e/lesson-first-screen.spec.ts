import { test, expect } from './fixtures';
import { COURSE_OUTLINE } from '../content/course';
import { LessonPage } from './pages/lesson';

/**
 * Play first (issue 12): every lesson's first challenge — its landscape view and its Launch
 * button, with the prediction it asks — is on the first screen of a 1280×720 window, and each
 * lesson ends with a check that answers at once.
 */
test.describe('lessons: play first, check at the end', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  for (const { slug } of COURSE_OUTLINE) {
    test(`${slug}: the first challenge is playable without scrolling`, async ({ page }) => {
      const lesson = new LessonPage(page);
      await lesson.goto(slug);
      const player = lesson.player(0);
      await expect(player.view).toBeVisible({ timeout: 60_000 });
      // The landscape and Launch whole; the prediction asked beside them (its question on screen).
      for (const el of [player.view, player.launchButton]) {
        const box = (await el.boundingBox())!;
        expect(box, `${slug}: ${await el.getAttribute('data-testid')}`).not.toBeNull();
        expect(box.y, `${slug}: top of ${await el.getAttribute('data-testid')}`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${slug}: bottom of ${await el.getAttribute('data-testid')} below the first screen`).toBeLessThanOrEqual(720);
      }
      const question = (await player.prediction.locator('legend').boundingBox())!;
      expect(question.y + question.height, `${slug}: the prediction's question below the first screen`).toBeLessThanOrEqual(720);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  }

  test('the end-of-lesson check answers at once: a wrong pick says so, the right one explains why', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.goto(COURSE_OUTLINE[0].slug);
    const check = page.getByTestId('check').first();
    await check.scrollIntoViewIfNeeded();
    const options = check.getByTestId('check.question.option');
    const feedback = check.getByTestId('check.question.feedback');
    const n = await options.count();
    expect(n).toBeGreaterThanOrEqual(2);
    // Try each choice until one is right: every wrong one says "Not quite", the right one explains.
    let right = -1;
    for (let i = 0; i < n && right < 0; i++) {
      await options.nth(i).click();
      const text = (await feedback.textContent()) ?? '';
      if (text.startsWith('Right.')) right = i;
      else expect(text).toContain('Not quite');
    }
    expect(right).toBeGreaterThanOrEqual(0);
    await expect(check.getByTestId('check.question')).toHaveAttribute('data-revealed', 'right');
    expect(((await feedback.textContent()) ?? '').length).toBeGreaterThan('Right. '.length + 10);
  });

  test('measured numbers come from the engine, in folded boxes', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.goto(COURSE_OUTLINE[0].slug);
    const box = page.getByTestId('measured').first();
    await expect(box).toBeAttached();
    await expect(box).not.toHaveAttribute('open');
    await box.locator('summary').click();
    const value = box.getByTestId('measured.value').first();
    await expect(value).toBeVisible();
    expect((await value.textContent())?.trim()).toMatch(/\d/);
  });
});

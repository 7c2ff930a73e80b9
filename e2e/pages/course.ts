import type { Locator, Page } from '@playwright/test';

/** A progress file to import: a path on disk, or a file made in the test. */
export type ProgressFile = string | { name: string; mimeType: string; buffer: Buffer };

/** Page object for the course map (/learn): lessons, their state and stars, progress as a file. */
export class CoursePage {
  readonly title: Locator;
  readonly map: Locator;
  /** The lesson cards of the map, in order. */
  readonly lessons: Locator;
  /** "Next up": where the student should go on. */
  readonly next: Locator;
  readonly exportButton: Locator;
  readonly importInput: Locator;
  /** What the last import said. */
  readonly message: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('course.title');
    this.map = page.getByTestId('course.map');
    this.lessons = this.map.locator('[data-testid^="course.lesson."]');
    this.next = page.getByTestId('course.next');
    this.exportButton = page.getByTestId('progress.export');
    this.importInput = page.getByTestId('progress.import');
    this.message = page.getByTestId('progress.message');
  }

  async goto(): Promise<void> {
    await this.page.goto('/learn');
  }

  /** The card of lesson n (1-based, as numbered on the map). */
  lesson(n: number): Locator {
    return this.page.getByTestId(`course.lesson.${n}`);
  }

  /** Lesson n's badge; its `data-state` is not-started, in-progress, skipped or done. */
  lessonState(n: number): Locator {
    return this.lesson(n).getByTestId('lesson.state');
  }

  /** The row of a challenge on the map (within lesson n's card when given). */
  challenge(levelId: string, lesson?: number): Locator {
    const within = lesson === undefined ? this.page : this.lesson(lesson);
    return within.locator(`[data-testid="course.challenge"][data-level-id="${levelId}"]`);
  }

  /** A challenge's stars on the map, when they show this many. */
  challengeStars(levelId: string, stars: number, lesson?: number): Locator {
    return this.challenge(levelId, lesson).locator(`[data-stars="${stars}"]`);
  }

  /** Exports the progress file and saves it at `path`. */
  async exportProgress(path: string): Promise<void> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    await (await download).saveAs(path);
  }

  async importProgress(file: ProgressFile): Promise<void> {
    await this.importInput.setInputFiles(file);
  }
}

import type { Locator, Page } from '@playwright/test';

/** Page object for what every page shares: the header's links, the skip link and the main region. */
export class SiteChrome {
  readonly homeLink: Locator;
  readonly courseLink: Locator;
  readonly glossaryLink: Locator;
  readonly createLink: Locator;
  readonly skipLink: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.homeLink = page.getByTestId('nav.home');
    this.courseLink = page.getByTestId('nav.course');
    this.glossaryLink = page.getByTestId('nav.glossary');
    this.createLink = page.getByTestId('nav.create');
    this.skipLink = page.getByTestId('layout.skip-link');
    this.main = page.locator('main#main');
  }
}

/** Page object for the 404 page. */
export class NotFoundPage {
  readonly title: Locator;
  readonly homeLink: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('notfound.title');
    this.homeLink = page.getByTestId('notfound.home-link');
  }
}

/** Page object for the glossary (/glossary). */
export class GlossaryPage {
  readonly title: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('glossary.title');
  }

  async goto(): Promise<void> {
    await this.page.goto('/glossary');
  }

  /** The entry a term links to ("/glossary#<id>"). */
  entryFor(href: string): Locator {
    return this.page.locator(`[id="${href.split('#')[1]}"]`);
  }
}

/** Page object for a plain MDX page such as /learn/about-the-math. */
export class MdxPage {
  /** Typeset math (KaTeX), inline and display. */
  readonly math: Locator;
  readonly displayMath: Locator;

  constructor(readonly page: Page) {
    this.math = page.locator('.katex');
    this.displayMath = page.locator('.katex-display');
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/learn/${slug}`);
  }

  /** A second-level heading by its anchor id. */
  section(id: string): Locator {
    return this.page.locator(`h2#${id}`);
  }
}

/** Page object for the create landing's choices (/create): a new level or a new playlist. */
export class CreateLanding {
  readonly root: Locator;
  readonly newLevel: Locator;
  readonly newPlaylist: Locator;
  /** The teacher's desk (/desk). */
  readonly desk: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('create.landing');
    this.newLevel = page.getByTestId('create.new-level');
    this.newPlaylist = page.getByTestId('create.new-playlist');
    this.desk = page.getByTestId('create.desk');
  }
}

import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { courseLessons } from '@/content/lessons';
import { CATALOGUES } from '@/content/i18n/messages/catalogue';
import type { Locale } from '@/content/i18n/locales';
import { FIGURES } from './index';

const render = (Figure: ComponentType, locale: Locale = 'en') =>
  renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: CATALOGUES[locale], timeZone: 'UTC', children: createElement(Figure) }));

describe('lesson figures', () => {
  const used = courseLessons().flatMap((l) => l.outline.elements.filter((e) => /Figure$/.test(e.name)).map((e) => ({ slug: l.slug, name: e.name })));

  it('every figure a lesson uses exists, and every lesson has one', () => {
    for (const u of used) expect(FIGURES[u.name], `${u.slug} uses <${u.name} />`).toBeDefined();
    const withFigure = new Set(used.map((u) => u.slug));
    expect(courseLessons().filter((l) => !withFigure.has(l.slug)).map((l) => l.slug)).toEqual([]);
  });

  for (const [name, Figure] of Object.entries(FIGURES)) {
    it(`${name} renders an accessible picture on the server (no JavaScript needed)`, () => {
      const html = render(Figure);
      expect(html).toContain('<svg');
      expect(html).toMatch(/role="img"[^>]*aria-label="[^"]{10,}|<figcaption/);
      expect(html).not.toMatch(/NaN|Infinity|undefined/);
    });

    it(`${name} speaks Chinese in the Chinese edition`, () => {
      const html = render(Figure, 'zh');
      const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(html)?.[1] ?? '';
      expect(caption).toMatch(/\p{Script=Han}/u);
      expect(html).toMatch(/aria-label="[^"]*\p{Script=Han}/u);
      expect(html).not.toMatch(/NaN|Infinity|undefined|course\.figures/);
    });
  }
});

/**
 * A plain MDX page (notation, about the math) in an edition: its source is content/pages/<name>.mdx,
 * or content/pages/zh/<name>.mdx in Chinese; title and description come from the catalogue.
 */
import type { Metadata } from 'next';
import type { ComponentType } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { editionOf, type Locale } from '@/content/i18n/locales';

/** The plain pages, by the catalogue key of their title. */
export type ProsePageName = 'notation' | 'aboutTheMath';

const SOURCES: Record<ProsePageName, Record<Locale, () => Promise<{ default: ComponentType }>>> = {
  notation: { en: () => import('@/content/pages/notation.mdx'), zh: () => import('@/content/pages/zh/notation.mdx') },
  aboutTheMath: { en: () => import('@/content/pages/about-the-math.mdx'), zh: () => import('@/content/pages/zh/about-the-math.mdx') },
};

type Params = { params: Promise<{ locale: string }> };


/** The page's metadata in its edition. */
export async function prosePageMetadata(name: ProsePageName, { params }: Params): Promise<Metadata> {
  const t = await getTranslations({ locale: editionOf((await params).locale), namespace: `pages.${name}` });
  return { title: t('title'), description: t('description') };
}

/** The page itself. */
export async function ProsePage({ name, params }: { name: ProsePageName } & Params) {
  const locale = editionOf((await params).locale);
  setRequestLocale(locale);
  const Body = (await SOURCES[name][locale]()).default;
  return (
    <article className="mx-auto max-w-3xl px-4 py-12 sm:px-6" data-testid="mdx.article">
      <Body />
    </article>
  );
}

/**
 * /explore/projection: an unscored demonstration (issue 15 item 4, after Li et al. 2018, §7).
 * A real network trains every weight, then its path is drawn on the plane of the path's own two
 * main directions, with the share of variance that plane keeps.
 */
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProjectionView } from '@/components/projection/ProjectionView';
import { editionOf } from '@/content/i18n/locales';

type Props = { params: Promise<{ locale: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: editionOf((await params).locale), namespace: 'course.projection.page' });
  return { title: t('title'), description: t('description') };
}

export default async function ProjectionPage({ params }: Props) {
  setRequestLocale(editionOf((await params).locale));
  const t = await getTranslations('course.projection.page');
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <h1 className="text-4xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      <div className="mt-6 max-w-3xl space-y-4 text-lg leading-8 text-slate-700">
        <p>{t('p1')}</p>
        <p>{t('p2')}</p>
        <p>{t('p3')}</p>
      </div>
      <div className="mt-10">
        <ProjectionView />
      </div>
    </div>
  );
}

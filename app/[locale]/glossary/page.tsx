import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { GLOSSARY, type GlossaryEntry } from '@/content/glossary';
import { COURSE_OUTLINE } from '@/content/course';
import { GLOSSARY_ZH } from '@/content/i18n/zh-glossary';
import { editionOf, type Locale } from '@/content/i18n/locales';

type Props = { params: Promise<{ locale: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: editionOf((await params).locale), namespace: 'glossary' });
  return { title: t('title'), description: t('description') };
}

const LESSONS = new Map(COURSE_OUTLINE.map((l) => [l.slug, l]));

/** An entry as the edition shows it: in Chinese, the term and definition with the English term beside them. */
function entryIn(e: GlossaryEntry, locale: Locale): GlossaryEntry & { original?: string } {
  const zh = locale === 'zh' ? GLOSSARY_ZH[e.id] : undefined;
  return zh ? { ...e, term: zh.term, definition: zh.definition, original: e.term } : e;
}

export default async function GlossaryPage({ params }: Props) {
  const locale = editionOf((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('glossary');
  const entries = GLOSSARY.map((e) => entryIn(e, locale)).sort((a, b) => a.term.localeCompare(b.term, locale === 'zh' ? 'zh-CN' : 'en'));
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="text-4xl font-bold tracking-tight text-slate-900" data-testid="glossary.title">
        {t('title')}
      </h1>
      <p className="mt-4 text-lg leading-8 text-slate-700">{t('lead')}</p>
      <dl className="mt-8 divide-y divide-slate-200 border-y border-slate-200" data-testid="glossary.terms">
        {entries.map((e) => {
          const lesson = e.lesson ? LESSONS.get(e.lesson) : undefined;
          return (
            <div key={e.id} id={e.id} className="scroll-mt-24 py-4 target:bg-amber-50 sm:grid sm:grid-cols-3 sm:gap-4" data-testid="glossary.entry">
              <dt className="font-semibold text-slate-900">
                {e.term}
                {e.original ? (
                  <span className="mt-0.5 block text-sm font-normal text-slate-500" lang="en" title={t('original')} data-testid="glossary.original">
                    {e.original}
                  </span>
                ) : null}
              </dt>
              <dd className="mt-1 leading-7 text-slate-700 sm:col-span-2 sm:mt-0">
                {e.definition}
                {lesson ? (
                  <>
                    {' '}
                    <Link href={`/learn/${lesson.slug}`} className="whitespace-nowrap text-sm font-medium text-indigo-700 underline underline-offset-2">
                      {t('lesson', { number: lesson.number })}
                    </Link>
                  </>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}

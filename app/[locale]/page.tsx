import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { LandscapeSketch } from '@/components/home/landscape-sketch';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { COURSE_OUTLINE } from '@/content/course';
import { courseEntryIn } from '@/content/i18n/course-entry';
import { editionOf,  } from '@/content/i18n/locales';

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = editionOf(raw);
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const lessons = COURSE_OUTLINE.map((l) => courseEntryIn(l, locale));
  const count = lessons.length;
  const how = [0, 1, 2].map((i) => ({ title: t(`how.${i}.title`), body: t(`how.${i}.body`) }));
  return (
    <>
      <section aria-labelledby="home-title" className="bg-gradient-to-b from-indigo-50 to-white">
        <div className="mx-auto grid max-w-5xl items-center gap-10 px-4 py-14 sm:px-6 md:grid-cols-2 md:py-20">
          <div>
            <p className="text-sm font-semibold uppercase tracking-wider text-indigo-700">{t('kicker')}</p>
            <h1 id="home-title" className="mt-2 text-5xl font-bold tracking-tight text-slate-900 sm:text-6xl" data-testid="home.title">
              Descent
            </h1>
            <p className="mt-4 text-xl leading-8 text-slate-700">{t('lead')}</p>
            <p className="mt-4 leading-7 text-slate-700">{t('about', { count })}</p>
            <div className="mt-8 flex flex-wrap items-center gap-4">
              <Link
                href="/learn"
                className="rounded-lg bg-indigo-700 px-5 py-3 font-semibold text-white shadow-sm hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700"
                data-testid="home.cta"
              >
                {t('cta')}
              </Link>
              <Link href="/learn/about-the-math" className="font-medium text-indigo-700 underline-offset-4 hover:underline" data-testid="home.math-link">
                {t('math')}
              </Link>
            </div>
          </div>
          <div className="rounded-2xl border border-slate-200 bg-white p-3 shadow-sm">
            <LandscapeSketch />
          </div>
        </div>
      </section>

      <section aria-labelledby="lessons-title" className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
        <h2 id="lessons-title" className="text-2xl font-bold tracking-tight text-slate-900">
          {t('lessonsTitle', { count })}
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2" data-testid="home.lessons">
          {lessons.map((lesson) => (
            <li key={lesson.slug} className="flex gap-4 rounded-xl border border-slate-200 p-4">
              <span
                aria-hidden="true"
                className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-indigo-100 font-semibold text-indigo-800"
              >
                {lesson.number}
              </span>
              <div>
                <h3 className="font-semibold text-slate-900">
                  <Link href={`/learn/${lesson.slug}`} className="hover:text-indigo-700 hover:underline">
                    <span className="sr-only">{t('lessonN', { number: lesson.number })}</span>
                    {lesson.title}
                  </Link>
                </h3>
                <p className="mt-1 text-sm leading-6 text-slate-600">{lesson.summary}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="how-title" className="border-t border-slate-200 bg-slate-50">
        <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
          <h2 id="how-title" className="text-2xl font-bold tracking-tight text-slate-900">
            {t('howTitle')}
          </h2>
          <ol className="mt-6 grid gap-6 md:grid-cols-3">
            {how.map((step, i) => (
              <li key={step.title}>
                <h3 className="font-semibold text-slate-900">
                  <span className="text-indigo-700">{i + 1}.</span> {step.title}
                </h3>
                <p className="mt-2 leading-7 text-slate-700">{step.body}</p>
              </li>
            ))}
          </ol>
        </div>
      </section>
    </>
  );
}

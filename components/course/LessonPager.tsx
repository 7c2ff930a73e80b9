/** Previous / next lesson links. The next lesson is a suggestion: every lesson is open. */
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { useTranslations } from 'next-intl';
import { COURSE_OUTLINE } from '@/content/course';
import { courseEntryIn } from '@/content/i18n/course-entry';
import type { Locale } from '@/content/i18n/locales';

export function LessonPager({ number, locale }: { number: number; locale: Locale }) {
  const t = useTranslations('lesson');
  const at = (i: number) => (COURSE_OUTLINE[i] ? courseEntryIn(COURSE_OUTLINE[i], locale) : undefined);
  const prev = at(number - 2);
  const next = at(number);
  const card = 'flex-1 rounded-xl border border-slate-200 p-4 hover:border-indigo-300 hover:bg-indigo-50/40';
  return (
    <nav aria-label={t('pager')} className="mt-16 flex flex-col gap-3 border-t border-slate-200 pt-8 sm:flex-row" data-testid="lesson.pager">
      {prev ? (
        <Link href={`/learn/${prev.slug}`} className={card} rel="prev" data-testid="lesson.prev">
          <span className="text-sm text-slate-500">{t('prev', { number: prev.number })}</span>
          <span className="mt-1 block font-semibold text-slate-900">{prev.title}</span>
        </Link>
      ) : (
        <Link href="/learn" className={card}>
          <span className="text-sm text-slate-500">{t('course')}</span>
          <span className="mt-1 block font-semibold text-slate-900">{t('allLessons', { count: COURSE_OUTLINE.length })}</span>
        </Link>
      )}
      {next ? (
        <Link href={`/learn/${next.slug}`} className={`${card} sm:text-right`} rel="next" data-testid="lesson.next">
          <span className="text-sm text-slate-500">{t('next', { number: next.number })}</span>
          <span className="mt-1 block font-semibold text-slate-900">{next.title}</span>
        </Link>
      ) : (
        <Link href="/learn" className={`${card} sm:text-right`}>
          <span className="text-sm text-slate-500">{t('end')}</span>
          <span className="mt-1 block font-semibold text-slate-900">{t('backToMap')}</span>
        </Link>
      )}
    </nav>
  );
}

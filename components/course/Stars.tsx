/** Three stars, `earned` of them filled, with a text equivalent for screen readers. */
import { useTranslations } from 'next-intl';

export function Stars({ earned, className = '' }: { earned: number; className?: string }) {
  const t = useTranslations('course.progress');
  return (
    <span className={`whitespace-nowrap ${className}`} data-stars={earned}>
      <span aria-hidden="true" className="text-amber-500">{'★'.repeat(earned)}</span>
      <span aria-hidden="true" className="text-slate-300">{'★'.repeat(3 - earned)}</span>
      <span className="sr-only">{t('stars', { earned })}</span>
    </span>
  );
}

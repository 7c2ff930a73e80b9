'use client';
/** "Use these settings": loads a challenge's solution into its embedded player and scrolls to it. */
import { useTranslations } from 'next-intl';
import { requestSettings } from './apply-settings';

export function ApplySolution({ levelId, query }: { levelId: string; query: string }) {
  const t = useTranslations('player');
  const apply = () => {
    requestSettings(levelId, query);
    document.getElementById(`challenge-${levelId}`)?.closest('section')?.querySelector('[data-testid="level"]')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
  return (
    <button type="button" onClick={apply} className="rounded-md bg-amber-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-500" data-testid="challenge.apply-solution">
      {t('applySolution')}
    </button>
  );
}

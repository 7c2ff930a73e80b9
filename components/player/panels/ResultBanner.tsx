'use client';
/**
 * The result where the eye already is: a strip right under the views when a run has played out — the
 * outcome, the stars, and on a win "Next →" (focused, so Enter continues). The full card with
 * the explanation sits below the player.
 */
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { useLocalePath } from '@/components/i18n/useLocalePath';

export interface ResultBannerProps {
  readonly won: boolean;
  readonly stars: number;
  readonly headline: string;
  readonly score: number;
  readonly next: { readonly href: string; readonly label: string } | null;
  readonly detailsId: string;
}

export function ResultBanner({ won, stars, headline, score, next, detailsId }: ResultBannerProps) {
  const t = useTranslations('player');
  const href = useLocalePath();
  const nextRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (won) nextRef.current?.focus({ preventScroll: true });
  }, [won]);
  return (
    <div
      className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg px-3 py-2 text-sm shadow-lg ring-1 ${won ? 'bg-emerald-50/95 ring-emerald-300 motion-safe:animate-[descent-pop_400ms_ease-out]' : 'bg-white/95 ring-slate-300'}`}
      data-testid="player.banner"
      role="status"
    >
      <span className="text-lg tracking-widest" role="img" aria-label={t('starsLabel', { stars })}>
        <span aria-hidden className="text-amber-500">{'★'.repeat(stars)}</span>
        <span aria-hidden className="text-slate-300">{'★'.repeat(3 - stars)}</span>
      </span>
      <strong className="text-slate-900">{headline}</strong>
      <span className="text-slate-600">{t('result.score', { score })}</span>
      <a href={`#${detailsId}`} className="text-indigo-700 underline underline-offset-2">
        {t('result.why')}
      </a>
      {won && next ? (
        <a ref={nextRef} href={href(next.href)} className="ml-auto rounded-md bg-emerald-600 px-3 py-1 font-semibold text-white hover:bg-emerald-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700" data-testid="player.next">
          {next.label} →
        </a>
      ) : null}
    </div>
  );
}

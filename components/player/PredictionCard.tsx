'use client';
/**
 * "Predict first": before a challenge's first launch the player commits to what the opening
 * settings will do (the level's `prediction`); once that first run is over the answer is
 * revealed with its one-line why. The choice cannot be changed after it is made.
 */
import { useTranslations } from 'next-intl';
import type { Prediction } from '@/engine';
import { ChoiceQuestion } from '@/components/quiz/ChoiceQuestion';

export interface PredictionCardProps {
  readonly prediction: Prediction;
  readonly picked: number | null;
  readonly onPick: (i: number) => void;
  /** The first run is over: show right or wrong, and why. */
  readonly revealed: boolean;
}

export function PredictionCard({ prediction, picked, onPick, revealed }: PredictionCardProps) {
  const t = useTranslations('player');
  const waiting = picked === null;
  return (
    <section
      className={`rounded-lg border p-3 ${waiting ? 'border-amber-300 bg-amber-50' : 'border-slate-200 bg-white'}`}
      aria-label={t('prediction.label')}
      data-testid="player.prediction"
      data-state={waiting ? 'asking' : revealed ? 'revealed' : 'locked'}
    >
      <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-amber-800">{t(waiting ? 'prediction.asking' : revealed ? 'prediction.label' : 'prediction.locked')}</p>
      <ChoiceQuestion
        question={prediction.question}
        choices={prediction.choices}
        answer={prediction.answer}
        why={prediction.why}
        picked={picked}
        onPick={(i) => picked === null && onPick(i)}
        reveal={revealed}
        locked
        testId="player.prediction.question"
      />
    </section>
  );
}

'use client';
/**
 * A multiple-choice question, the one piece behind a lesson's end-of-lesson check and a level's
 * prediction. The player picks a choice; with `reveal` the answer and its one-line why show at
 * once (a check), without it the pick is only locked in until the caller reveals it (a
 * prediction, revealed after the run). Server-rendered as a plain list, so it reads without
 * JavaScript; the choices work once hydrated.
 */
import { useId } from 'react';
import { useTranslations } from 'next-intl';

export interface ChoiceQuestionProps {
  readonly question: string;
  readonly choices: readonly string[];
  /** 0-based index of the right choice. */
  readonly answer: number;
  readonly why: string;
  /** The pick so far (controlled), or null. */
  readonly picked: number | null;
  readonly onPick: (i: number) => void;
  /** Show right/wrong and the why for the pick (otherwise only "locked in"). */
  readonly reveal: boolean;
  /** Allow changing the pick after it was made (checks: yes, until right; predictions: no). */
  readonly locked?: boolean;
  readonly testId?: string;
}

export function ChoiceQuestion({ question, choices, answer, why, picked, onPick, reveal, locked = false, testId = 'choice' }: ChoiceQuestionProps) {
  const t = useTranslations('course.quiz');
  const name = useId();
  const done = picked !== null && (locked || (reveal && picked === answer));
  return (
    <fieldset className="space-y-1.5" data-testid={testId} data-picked={picked ?? ''} data-revealed={reveal && picked !== null ? (picked === answer ? 'right' : 'wrong') : ''}>
      <legend className="mb-1 text-sm font-medium leading-6 text-slate-900">{question}</legend>
      {choices.map((c, i) => {
        const mark = reveal && picked !== null ? (i === answer ? 'right' : i === picked ? 'wrong' : '') : '';
        const tone = mark === 'right' ? 'border-emerald-400 bg-emerald-50' : mark === 'wrong' ? 'border-rose-300 bg-rose-50' : picked === i ? 'border-indigo-400 bg-indigo-50' : 'border-slate-200 bg-white hover:border-indigo-300';
        return (
          <label key={i} className={`flex cursor-pointer items-start gap-2 rounded-lg border px-2.5 py-1.5 text-[13px] leading-5 text-slate-800 ${tone} ${done ? 'cursor-default' : ''}`} data-testid={`${testId}.option`}>
            <input type="radio" name={name} className="mt-0.5" checked={picked === i} disabled={done && picked !== i} onChange={() => onPick(i)} />
            <span>
              {c}
              {mark === 'right' ? <span className="sr-only">{t('rightAnswer')}</span> : mark === 'wrong' ? <span className="sr-only">{t('wrongPick')}</span> : null}
            </span>
          </label>
        );
      })}
      <p className="min-h-5 text-sm" role="status" data-testid={`${testId}.feedback`}>
        {picked === null ? null : reveal ? (
          <>
            <strong className={picked === answer ? 'text-emerald-800' : 'text-rose-800'}>{picked === answer ? t('right') : t('notQuite')}</strong>{' '}
            {picked === answer || locked ? <span className="text-slate-700">{why}</span> : <span className="text-slate-700">{t('tryAnother')}</span>}
          </>
        ) : (
          <span className="text-slate-700">{t('lockedIn', { choice: choices[picked] })}</span>
        )}
      </p>
    </fieldset>
  );
}

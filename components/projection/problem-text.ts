/**
 * A projection run's failures in the page's language: the settings problems (./options.ts) and
 * the known failures a worker reports (./projection.worker.ts), said with a translator of the
 * `course.projection.errors` messages. The English catalogue says exactly what the thrown errors
 * say (problem-text.test.ts).
 */
import type { Translate } from '@/components/i18n/translate';
import type { ProjectionProblem } from './options';
import type { ProjectionErrorDetail } from './projection.worker';

/** The part of next-intl's translator this file uses: a Translate that can also say whether it has a key. */
export type ProjectionTranslate = Translate & { has(key: string): boolean };

/** One settings problem, said. */
export function problemText(p: ProjectionProblem, t: ProjectionTranslate): string {
  switch (p.kind) {
    case 'unknown':
      return t('unknown', { keys: p.keys });
    case 'notObject':
      return t('notObject');
    case 'batchTooLarge':
      return t('batchTooLarge', { batchSize: p.batchSize, rows: p.rows });
    case 'field': {
      const field = t.has(`fields.${p.field}`) ? t(`fields.${p.field}`) : p.field;
      return t(p.rule, { field, bound: p.bound ?? '' });
    }
  }
}

/** A failure, said: the known ones from their detail, any other as its message. */
export function failureText(failure: { readonly message: string; readonly detail?: ProjectionErrorDetail }, t: ProjectionTranslate): string {
  const d = failure.detail;
  if (!d) return failure.message;
  switch (d.kind) {
    case 'options':
      return t('invalid', { problems: d.problems.map((p) => problemText(p, t)).join(t('separator')) });
    case 'diverged':
      return t(d.what === 'weights' ? 'divergedWeights' : 'divergedLoss', { step: String(d.step) });
    case 'workerFailed':
      return t('workerFailed');
    case 'unreadable':
      return t('unreadable');
  }
}

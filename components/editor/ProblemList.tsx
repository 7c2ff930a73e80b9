'use client';
/**
 * The list of what is wrong with the level (engine schema errors, with the field's path). The
 * engine's messages are said in the page's language where the `engineWords` templates know them
 * (components/i18n/engine-words-errors.ts); the paths stay as the level file spells them.
 */
import { useTranslations } from 'next-intl';
import { validationMessageIn } from '@/components/i18n/engine-words-errors';

export function ProblemList({ errors, testId, title }: { errors: readonly { path: string; message: string }[]; testId: string; title: string }) {
  const t = useTranslations('teacher');
  const tw = useTranslations('engineWords');
  if (!errors.length) return null;
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-xs text-red-800" data-testid={testId}>
      <p className="font-medium">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.slice(0, 20).map((e, i) => (
          <li key={i}>
            <code>{e.path === '(level)' ? t('file.path.level') : e.path}</code>: {validationMessageIn(e.message, tw)}
          </li>
        ))}
      </ul>
    </div>
  );
}

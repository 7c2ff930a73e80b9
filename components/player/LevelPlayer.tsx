/**
 * `<LevelPlayer id="…" />`: a built-in level with its title and goal, rendered on the server, and the
 * interactive player hydrating in place. Used by the play page and embedded in lessons.
 */
import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { editionOf, isLocale } from '@/content/i18n/locales';
import { levelIn } from '@/content/i18n/level-text';
import { getLevel } from '@/content/levels';
import { nextAfterIn } from './next-link';
import { landscapePoster } from './poster/landscape-poster';
import { LevelLoader, type LevelLoaderProps } from './LevelLoader';
import { levelIsReady, readyLevel } from '@/content/datasets/ready';

export interface LevelProps {
  readonly id: string;
  /** Load the player at once (the play page). */
  readonly eager?: boolean;
  readonly syncUrl?: boolean;
  /** Show the title as a heading (lessons) — the play page has its own. */
  readonly heading?: boolean;
  /**
   * A challenge's lead-in: shown with the goal beside the controls (so the landscape and Launch
   * stay on the first screen), instead of the goal above the player.
   */
  readonly brief?: ReactNode;
}

/** A network level's loader, once its rows are loaded (its poster is drawn from them). */
async function ReadiedLoader(props: Omit<LevelLoaderProps, 'poster'>) {
  await readyLevel(props.level);
  return <LevelLoader {...props} poster={landscapePoster(props.level)} />;
}

export function LevelPlayer({ id, eager = false, syncUrl = false, heading = true, brief }: LevelProps) {
  const t = useTranslations('play');
  const tp = useTranslations('player');
  const locale = useLocale();
  const found = getLevel(id);
  const level = found && isLocale(locale) ? levelIn(found, locale) : found;
  if (!level) {
    return (
      <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-800" data-testid="level.unknown">
        {t('unknown')} <code>{id}</code>. Check the id against content/levels/.
      </div>
    );
  }
  const goal = (
    <p className={brief ? 'text-sm leading-6 text-slate-700' : 'text-slate-700'} data-testid="level.goal">
      <span className="font-semibold">{t('goal')}</span>
      {level.goalText}
    </p>
  );
  const side = brief ? (
    <div className="space-y-2 text-sm leading-6 text-slate-700 [&_p]:my-0" data-testid="level.brief">
      {brief}
      {goal}
    </div>
  ) : undefined;
  const loaderProps = { level, eager, syncUrl, next: nextAfterIn(id, syncUrl ? 'play' : 'lesson', editionOf(locale), tp), brief: side };
  return (
    <div className={`${brief ? 'mt-3' : 'my-6'} flex flex-col gap-3`} data-testid="level" data-level-id={id}>
      {heading ? <h3 className="text-lg font-semibold text-slate-900">{level.title}</h3> : null}
      {brief ? null : goal}
      {/* A real network's rows are loaded (on the server) before its poster is drawn. */}
      {levelIsReady(level) ? <LevelLoader {...loaderProps} poster={landscapePoster(level)} /> : <ReadiedLoader {...loaderProps} />}
    </div>
  );
}

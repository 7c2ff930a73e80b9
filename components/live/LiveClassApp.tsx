'use client';
/**
 * /create/playlist/<slug>/live#token=…: the live class view (issue 14). The key (the playlist's
 * edit token or its desk's key) is read from the #fragment and only sent in a header. As students
 * submit runs from the playlist, the table of best stars and each level's swarm of paths update
 * within a second or two (./useLiveClass.ts). Nicknames are hidden until the teacher shows them,
 * so the page can be projected in class.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { tokenFromHash } from '@/components/api/client';
import { ClassTable } from './ClassTable';
import { STAR_COLORS, SwarmMap } from './SwarmMap';
import { useLiveClass, type LiveStatus } from './useLiveClass';
import type { LiveState } from './live-state';
import { useLocalePath } from '@/components/i18n/useLocalePath';

/** The state with built-in levels' titles in the page's edition (unchanged without any). */
function withTitles(state: LiveState | null, titles: Readonly<Record<string, string>> | undefined): LiveState | null {
  if (!state || !titles) return state;
  return { ...state, levels: state.levels.map((l) => (l.title !== null && titles[l.levelId] ? { ...l, title: titles[l.levelId] } : l)) };
}

function StatusPill({ status }: { status: LiveStatus }) {
  const t = useTranslations('teacher');
  const [text, tone] =
    status.kind === 'live'
      ? [t('live.status.live'), 'bg-emerald-50 text-emerald-800 ring-emerald-200']
      : status.kind === 'reconnecting'
        ? [t('live.status.reconnecting', { s: String(Math.ceil(status.inMs / 1000)) }), 'bg-amber-50 text-amber-800 ring-amber-200']
        : status.kind === 'connecting'
          ? [t('live.status.connecting'), 'bg-slate-50 text-slate-700 ring-slate-200']
          : [t('live.status.off'), 'bg-red-50 text-red-800 ring-red-200'];
  return (
    <span role="status" className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${tone}`} data-testid="live.status" data-status={status.kind}>
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${status.kind === 'live' ? 'animate-pulse bg-emerald-500' : 'bg-current'}`} />
      {text}
    </span>
  );
}

function Legend() {
  const t = useTranslations('teacher');
  return (
    <p className="flex flex-wrap items-center gap-3 text-xs text-slate-600">
      {[t('live.noStars'), ...[1, 2, 3].map((n) => t('live.legendStars', { n }))].map((label, s) => (
        <span key={label} className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-0.5 w-5" style={{ background: STAR_COLORS[s] }} />
          {label}
        </span>
      ))}
      <span className="inline-flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full border-2 border-slate-900 bg-white" />
        {t('live.start')}
      </span>
    </p>
  );
}

/**
 * The live page (see file note). `builtinTitles`: built-in levels' titles in the page's edition
 * (the stream names them in English); teachers' levels and the playlist's title are shown as written.
 */
export default function LiveClassApp({ slug, builtinTitles }: { slug: string; builtinTitles?: Readonly<Record<string, string>> }) {
  const t = useTranslations('teacher');
  const localePath = useLocalePath();
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [showNames, setShowNames] = useState(false);
  useEffect(() => {
    // A link pasted over this one changes only the #fragment: no reload, so follow it.
    const read = () => setToken(tokenFromHash(window.location.hash));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const { state: streamed, status } = useLiveClass(slug, token);
  const state = useMemo(() => withTitles(streamed, builtinTitles), [streamed, builtinTitles]);

  if (token === undefined) return <p className="text-sm text-slate-600">{t('live.opening')}</p>;
  if (status.kind === 'refused')
    return (
      <p role="alert" className="text-sm text-red-700" data-testid="live.refused">
        {t(`live.refused.${status.status}`)}
      </p>
    );
  const editUrl = `${localePath(`/create/playlist/${slug}`)}#token=${token}`;
  return (
    <div className="flex flex-col gap-5" data-testid="live.app">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h1 className="text-2xl font-bold text-slate-900" data-testid="live.title">
          {state ? state.title : t('pages.liveClassView')}
        </h1>
        <StatusPill status={status} />
        {state ? (
          <span className="text-sm text-slate-600" data-testid="live.arrived" data-count={state.arrived}>
            {t('live.arrived', { n: state.arrived })}
          </span>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" checked={showNames} onChange={(e) => setShowNames(e.target.checked)} data-testid="live.show-names" />
          {t('live.showNames')} <span className="text-slate-500">{t('live.showNamesNote')}</span>
        </label>
        <a href={editUrl} className="text-indigo-700 underline underline-offset-2">
          {t('live.resultsLink')}
        </a>
        <Link href={`/p/${slug}`} className="text-indigo-700 underline underline-offset-2">
          {t('live.studentsPage')}
        </Link>
      </div>
      {state ? (
        <>
          <section aria-labelledby="live-class-heading" className="flex flex-col gap-2">
            <h2 id="live-class-heading" className="text-lg font-semibold text-slate-900">
              {t('live.bestHeading')}
            </h2>
            <ClassTable state={state} showNames={showNames} />
          </section>
          <section aria-labelledby="live-paths-heading" className="flex flex-col gap-2">
            <h2 id="live-paths-heading" className="text-lg font-semibold text-slate-900">
              {t('live.pathsHeading')}
            </h2>
            <p className="text-sm text-slate-600">{t('live.pathsLead')}</p>
            <Legend />
            <div className="grid gap-4 sm:grid-cols-2">
              {state.levels.map((l) => {
                const runs = state.swarms.get(l.levelId) ?? [];
                return (
                  <figure key={l.levelId} className="flex flex-col gap-1 rounded border border-slate-200 p-2" data-testid="live.level" data-level={l.levelId} data-runs={runs.length}>
                    <figcaption className="text-sm font-medium text-slate-900">
                      {l.position}. {l.title ?? t('live.missingLevel')} <span className="font-normal text-slate-500">· {t('live.paths', { n: runs.length })}</span>
                    </figcaption>
                    <SwarmMap level={l} runs={runs} latest={state.latest} />
                  </figure>
                );
              })}
            </div>
          </section>
        </>
      ) : (
        <p className="text-sm text-slate-600">{t('live.loading')}</p>
      )}
    </div>
  );
}

'use client';
/**
 * The level's leaderboard (best verified score per nickname, among players who chose to be
 * listed) and the nickname the player's next runs are submitted under, with that choice.
 * Reads GET /api/levels/<id>/leaderboard; says so when offline.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useLocalePath } from '@/components/i18n/useLocalePath';
import { readNickname, readPublicName, writeNickname, writePublicName } from './nickname';

interface Entry {
  readonly rank: number;
  readonly nickname: string;
  readonly score: number;
  readonly stars: number;
  readonly url: string;
}

export function Leaderboard({ levelId, refreshKey }: { levelId: string; refreshKey: unknown }) {
  const t = useTranslations('player');
  const href = useLocalePath();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [name, setName] = useState('');
  const [shown, setShown] = useState(false);
  const inputId = useId();
  useEffect(() => {
    setName(readNickname());
    setShown(readPublicName());
  }, []);
  useEffect(() => {
    let live = true;
    fetch(`/api/levels/${encodeURIComponent(levelId)}/leaderboard?pageSize=10`)
      .then((r) => (r.ok ? r.json() : null))
      .then((body: { entries?: Entry[] } | null) => live && setEntries(body?.entries ?? null))
      .catch(() => live && setEntries(null));
    return () => {
      live = false;
    };
  }, [levelId, refreshKey]);
  return (
    <section aria-label={t('leaderboard.title')} className="rounded-lg border border-slate-200 p-4 text-sm" data-testid="player.leaderboard">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 className="text-base font-semibold text-slate-900">{t('leaderboard.title')}</h2>
        <div className="flex items-center gap-2">
          <label htmlFor={inputId} className="text-slate-700">
            {t('leaderboard.nickname')}
          </label>
          <input
            id={inputId}
            value={name}
            maxLength={24}
            pattern="[\p{L}\p{M}\p{N} _.'\-]*"
            title={t('leaderboard.nicknameRule')}
            onChange={(e) => {
              setName(e.target.value);
              writeNickname(e.target.value);
            }}
            className="w-40 rounded-md border border-slate-300 px-2 py-1"
            data-testid="player.nickname"
          />
        </div>
      </div>
      <label className="mt-2 flex items-center gap-2 text-slate-700">
        <input
          type="checkbox"
          checked={shown}
          onChange={(e) => {
            setShown(e.target.checked);
            writePublicName(e.target.checked);
          }}
          data-testid="player.nickname-public"
        />
        {t('leaderboard.public')}
      </label>
      <p className="mt-1 text-xs text-slate-500">{t('leaderboard.publicNote')}</p>
      {entries === null ? (
        <p className="mt-2 text-slate-500">{t('leaderboard.unavailable')}</p>
      ) : entries.length === 0 ? (
        <p className="mt-2 text-slate-500">{t('leaderboard.empty')}</p>
      ) : (
        <ol className="mt-2 divide-y divide-slate-100">
          {entries.map((e) => (
            <li key={e.rank + e.nickname} className="flex items-center justify-between py-1">
              <span>
                {e.rank}. {e.nickname}
              </span>
              <a href={href(e.url)} className="font-mono text-indigo-700 underline underline-offset-2">
                {e.score} · {e.stars}★
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

'use client';
/**
 * The level's leaderboard (best verified score per nickname) and the nickname the player's next
 * runs are submitted under. Reads GET /api/levels/<id>/leaderboard; hidden when offline.
 */
import { useEffect, useId, useState } from 'react';
import { readNickname, writeNickname } from './nickname';

interface Entry {
  readonly rank: number;
  readonly nickname: string;
  readonly score: number;
  readonly stars: number;
  readonly url: string;
}

export function Leaderboard({ levelId, refreshKey }: { levelId: string; refreshKey: unknown }) {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [name, setName] = useState('');
  const inputId = useId();
  useEffect(() => setName(readNickname()), []);
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
    <section aria-label="Leaderboard" className="rounded-lg border border-slate-200 p-4 text-sm" data-testid="player.leaderboard">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 className="text-base font-semibold text-slate-900">Leaderboard</h2>
        <div className="flex items-center gap-2">
          <label htmlFor={inputId} className="text-slate-700">
            Your nickname (optional)
          </label>
          <input
            id={inputId}
            value={name}
            maxLength={24}
            pattern="[\p{L}\p{M}\p{N} _.'\-]*"
            title="Up to 24 letters, digits, spaces and - _ . '"
            onChange={(e) => {
              setName(e.target.value);
              writeNickname(e.target.value);
            }}
            className="w-40 rounded-md border border-slate-300 px-2 py-1"
            data-testid="player.nickname"
          />
        </div>
      </div>
      {entries === null ? (
        <p className="mt-2 text-slate-500">The leaderboard is not available right now.</p>
      ) : entries.length === 0 ? (
        <p className="mt-2 text-slate-500">No verified runs with a nickname yet. Set one and finish a run to be the first.</p>
      ) : (
        <ol className="mt-2 divide-y divide-slate-100">
          {entries.map((e) => (
            <li key={e.rank + e.nickname} className="flex items-center justify-between py-1">
              <span>
                {e.rank}. {e.nickname}
              </span>
              <a href={e.url} className="font-mono text-indigo-700 underline underline-offset-2">
                {e.score} · {e.stars}★
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

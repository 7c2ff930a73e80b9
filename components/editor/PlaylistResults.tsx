'use client';
/**
 * A playlist's results (edit token required): for each level, in the playlist's order, one
 * row per nickname (attempts, best stars, best score, most common failure), split by level
 * version (newest first), with a CSV download of the same lines from the server.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { fetchPlaylistResults, fetchPlaylistResultsCsv } from '@/components/api/client';
import type { PlaylistResultsDoc as Results } from '@/content/contracts/api';
import { downloadText } from './download';
import { Section } from './fields';
import { ResultsToolbar, VersionedResults } from './ResultsTable';
import { apiErrorText } from './i18n';

export function PlaylistResults(props: {
  slug: string;
  token: string;
  initial?: Results;
  onRefused: (status: number) => void;
  version?: number;
  /** A built-in level's title in the page's edition (the server names it in English). */
  builtinTitle?: (id: string) => string | undefined;
}) {
  const { slug, token, initial, onRefused, version = 0, builtinTitle } = props;
  const t = useTranslations('teacher');
  const [data, setData] = useState<Results | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const res = await fetchPlaylistResults(slug, token);
    if (res.ok) {
      setData(res.value);
      setError(null);
    } else {
      setError(apiErrorText(t, res));
      if (res.status === 401 || res.status === 403) onRefused(res.status);
    }
  }, [slug, token, onRefused, t]);

  // Loaded with the page (initial); again after each save (version), as the levels may have changed.
  useEffect(() => {
    if (!initial || version > 0) void load();
  }, [initial, load, version]);

  return (
    <Section title={t('results.title')} testId="playlist.results">
      <p className="text-xs text-slate-600">{t('results.playlistLead')}</p>
      <ResultsToolbar
        testId="playlist.results"
        onRefresh={load}
        onCsv={async () => {
          const res = await fetchPlaylistResultsCsv(slug, token);
          if (res.ok) downloadText(`playlist-${slug}-results.csv`, res.value, 'text/csv');
          else setError(apiErrorText(t, res));
        }}
        error={error}
      />
      {data
        ? data.levels.map((l) => {
            const name = (l.kind === 'builtin' && l.title !== null ? builtinTitle?.(l.id) : undefined) ?? l.title ?? t('playlist.unavailableLevel', { ref: l.kind === 'custom' ? l.slug : l.id });
            return (
              <div key={`${l.position}:${l.levelId}`} className="flex flex-col gap-1" data-testid="playlist.results.level" data-level-id={l.levelId} data-position={l.position}>
                <h3 className="text-sm font-semibold text-slate-800">
                  {l.position}. {name}
                </h3>
                <VersionedResults results={l.results} versions={l.versions} testId="playlist.results" empty={t('results.emptyPlaylist')} name={t('results.for', { name })} />
              </div>
            );
          })
        : null}
    </Section>
  );
}

'use client';
/**
 * A playlist's results (edit token required): for each level, in the playlist's order, one
 * row per nickname (attempts, best stars, best score, most common failure), split by level
 * version (newest first), with a CSV download of the same lines from the server.
 */
import { useCallback, useEffect, useState } from 'react';
import { fetchPlaylistResults, fetchPlaylistResultsCsv } from '@/components/api/client';
import type { PlaylistResultsDoc as Results } from '@/content/contracts/api';
import { downloadText } from './download';
import { Section } from './fields';
import { ResultsToolbar, VersionedResults } from './ResultsTable';

export function PlaylistResults(props: { slug: string; token: string; initial?: Results; onRefused: (status: number) => void; version?: number }) {
  const { slug, token, initial, onRefused, version = 0 } = props;
  const [data, setData] = useState<Results | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const res = await fetchPlaylistResults(slug, token);
    if (res.ok) {
      setData(res.value);
      setError(null);
    } else {
      setError(res.error);
      if (res.status === 401 || res.status === 403) onRefused(res.status);
    }
  }, [slug, token, onRefused]);

  // Loaded with the page (initial); again after each save (version), as the levels may have changed.
  useEffect(() => {
    if (!initial || version > 0) void load();
  }, [initial, load, version]);

  return (
    <Section title="Results" testId="playlist.results">
      <p className="text-xs text-slate-600">
        Built-in levels count the runs played from this playlist’s links; your own levels count every run on them. Students appear under the nickname they set in the player. Each edit of a level starts a new version: its runs are listed per version, newest first.
      </p>
      <ResultsToolbar
        testId="playlist.results"
        onRefresh={load}
        onCsv={async () => {
          const res = await fetchPlaylistResultsCsv(slug, token);
          if (res.ok) downloadText(`playlist-${slug}-results.csv`, res.value, 'text/csv');
          else setError(res.error);
        }}
        error={error}
      />
      {data
        ? data.levels.map((l) => {
            const name = l.title ?? `Unavailable level (${l.kind === 'custom' ? l.slug : l.id})`;
            return (
              <div key={`${l.position}:${l.levelId}`} className="flex flex-col gap-1" data-testid="playlist.results.level" data-level-id={l.levelId} data-position={l.position}>
                <h3 className="text-sm font-semibold text-slate-800">
                  {l.position}. {name}
                </h3>
                <VersionedResults results={l.results} versions={l.versions} testId="playlist.results" empty="Nobody has played this level from the playlist yet." name={`Results for ${name}`} />
              </div>
            );
          })
        : null}
    </Section>
  );
}

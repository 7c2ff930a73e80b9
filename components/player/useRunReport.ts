'use client';
/**
 * What happens when a run has played to its end: the local progress (best stars per level), the
 * lesson's callback, the server's verification and explanation, and the local one-line summary.
 * A run launched with a solution's unchanged settings (assisted) is sent as such and records
 * no progress; practice (the editor's test-play) sends and records nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Level, Settings } from '@/engine';
import { recordResult, type Best } from '@/components/course/progress';
import { readNickname, readPublicName } from './nickname';
import { writeRunToUrl } from './url-state';
import { fetchExplanation, playlistFromUrl, submitRun, type ServerExplanation, type Verified } from './verify';
import type { RunResult } from './run';

export interface RunReportArgs {
  readonly level: Level;
  readonly settings: Settings;
  readonly seed: number;
  readonly run: RunResult | null;
  readonly assisted: boolean;
  readonly practice: boolean;
  readonly customSlug?: string;
  readonly onResult?: (r: { levelId: string; score: number; stars: number }) => void;
  readonly onBest: (b: Best | null) => void;
}

export function useRunReport({ level, settings, seed, run, assisted, practice, customSlug, onResult, onBest }: RunReportArgs) {
  const [verified, setVerified] = useState<Verified | 'offline' | 'pending' | null>(null);
  const [explained, setExplained] = useState<ServerExplanation | null>(null);
  const [reason, setReason] = useState('');
  const t = useTranslations('player');

  // A new (or cleared) run forgets the previous run's report.
  useEffect(() => {
    setVerified(null);
    setExplained(null);
  }, [run]);

  // The run last reported: reaching the end again (a second skip, a seek to the end, a replay)
  // must not submit the same run twice — each submission is one attempt in the teachers' results.
  const reported = useRef<typeof run>(null);
  const finish = useCallback(() => {
    if (!run || practice || reported.current === run) return;
    reported.current = run;
    const query = writeRunToUrl(level, settings, seed).toString();
    if (!assisted) {
      onBest(recordResult(level.id, { score: run.score, stars: run.stars, query }));
      onResult?.({ levelId: level.id, score: run.score, stars: run.stars });
    }
    setVerified('pending');
    submitRun(level.id, settings, readNickname(), { customSlug, playlist: playlistFromUrl(), assisted, publicName: readPublicName() }).then((v) => setVerified(v ?? 'offline'));
    fetchExplanation(level.id, query).then(setExplained);
  }, [run, level, settings, seed, onResult, customSlug, practice, assisted, onBest]);

  // The local one-line summary needs the engine's diagnostics: loaded with the first result.
  useEffect(() => {
    setReason('');
    if (!run) return;
    let live = true;
    import('./summary').then((m) => live && setReason(m.summarize(level, settings, run, t)));
    return () => {
      live = false;
    };
  }, [run, level, settings, t]);

  return { finish, verified, explained, reason };
}

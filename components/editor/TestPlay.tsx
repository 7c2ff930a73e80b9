'use client';
/**
 * Test-play: the real player (PlayerApp) on the current draft level, loaded on demand. It
 * remounts whenever the level changes, so what the teacher plays is what they would publish.
 * Practice mode: no run is sent to the server and no progress is recorded under the draft's id.
 */
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Level } from '@/engine';
import { Section } from './fields';
import { useLevelReady } from '@/components/player/useLevelReady';

function LoadingPlayer() {
  const t = useTranslations('teacher');
  return <div className="flex h-72 items-center justify-center rounded-lg bg-slate-100 text-sm text-slate-500">{t('testPlay.loading')}</div>;
}

const PlayerApp = dynamic(() => import('@/components/player/PlayerApp'), {
  ssr: false,
  loading: () => <LoadingPlayer />,
});

export function TestPlay({ level, version }: { level: Level | null; version: string }) {
  const t = useTranslations('teacher');
  const [open, setOpen] = useState(false);
  // The player keeps its level until the mechanics change (not on every keystroke in the title).
  const [shown, setShown] = useState<{ version: string; level: Level } | null>(null);
  useEffect(() => {
    if (level) setShown((s) => (s?.version === version ? s : { version, level }));
  }, [level, version]);
  const readiness = useLevelReady(shown?.level ?? null, open);
  return (
    <Section title={t('testPlay.title')} testId="editor.testplay">
      <div className="flex items-center gap-3">
        <button type="button" disabled={!level} onClick={() => setOpen((o) => !o)} className="rounded px-3 py-1.5 text-sm ring-1 ring-slate-300 disabled:opacity-40" data-testid="editor.testplay.toggle" aria-expanded={open}>
          {open ? t('testPlay.close') : t('testPlay.open')}
        </button>
        {!level ? <span className="text-xs text-slate-600">{t('testPlay.fixFirst')}</span> : null}
      </div>
      {open && level && shown && readiness.state === 'failed' ? <p role="alert" className="text-sm text-red-700">{t('editor.dataFailed', { message: readiness.message })}</p> : null}
      {open && level && shown && readiness.state === 'loading' ? <p className="text-sm text-slate-600">{t('editor.loadingData')}</p> : null}
      {open && level && shown && readiness.state === 'ready' ? <PlayerApp key={shown.version} level={shown.level} practice /> : null}
    </Section>
  );
}

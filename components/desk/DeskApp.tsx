'use client';
/**
 * /desk — the teacher's desk, without accounts (issue 14). The desk key comes from the URL
 * fragment (`/desk#key=…`, never sent to the server with the URL) or from this browser's memory
 * (only after "remember on this device"); it travels only in an Authorization header.
 * Without a key: make a desk (its secret link shown once, with a "save this" step) or open one.
 * With a key: the desk's levels and playlists (./DeskView.tsx).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { deskKeyFromHash } from './links';
import { forgetDeskKey, rememberDeskKey, rememberedDeskKey } from '@/components/api/desk-key';
import { NewDesk } from './NewDesk';
import { DeskView } from './DeskView';

type Phase = { kind: 'loading' } | { kind: 'none' } | { kind: 'open'; key: string; remembered: boolean };

/** Puts the key in the address bar's fragment (so a reload reopens the desk) or takes it out. */
function showKeyInAddress(key: string | null) {
  const url = `${window.location.pathname}${window.location.search}${key ? `#key=${key}` : ''}`;
  window.history.replaceState(null, '', url);
}

export default function DeskApp() {
  const t = useTranslations('teacher');
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });

  useEffect(() => {
    const read = () => {
      const fromLink = deskKeyFromHash(window.location.hash);
      const remembered = rememberedDeskKey();
      const key = fromLink ?? remembered;
      setPhase(key ? { kind: 'open', key, remembered: remembered === key } : { kind: 'none' });
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const open = useCallback((key: string, remember: boolean) => {
    const remembered = remember && rememberDeskKey(key);
    showKeyInAddress(key);
    setPhase({ kind: 'open', key, remembered: remembered || rememberedDeskKey() === key });
  }, []);

  const close = useCallback(() => {
    showKeyInAddress(null);
    setPhase({ kind: 'none' });
  }, []);

  const setRemembered = useCallback((key: string, remember: boolean) => {
    if (remember) rememberDeskKey(key);
    else forgetDeskKey();
    setPhase({ kind: 'open', key, remembered: rememberedDeskKey() === key });
  }, []);

  if (phase.kind === 'loading') return <p className="text-sm text-slate-600">{t('desk.opening')}</p>;
  if (phase.kind === 'none') return <NewDesk onOpen={open} />;
  return <DeskView deskKey={phase.key} remembered={phase.remembered} onRemember={(r) => setRemembered(phase.key, r)} onClose={close} />;
}

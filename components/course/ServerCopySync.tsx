'use client';
/**
 * In the root layout: while the reader has opted in to the server copy, pulls it once per tab
 * and pushes after each change. The sync code loads only for readers who opted in, so every
 * other page view pays a few hundred bytes for this, not the validation library.
 */
import { useEffect } from 'react';
import { serverCopyFlagSet } from './server-copy-flag';

export function ServerCopySync() {
  useEffect(() => {
    if (!serverCopyFlagSet()) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./server-copy').then((m) => {
      if (cancelled) return;
      if (sessionStorage.getItem('descent.pulled') !== '1') {
        sessionStorage.setItem('descent.pulled', '1');
        void m.pullProgress();
      }
      stop = m.watchAndPush();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return null;
}

'use client';
/**
 * Where the playlist bar goes on a play page. The bar (and the API client it needs) loads only
 * when the URL carries ?list=…, so ordinary play pages do not ship it.
 */
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';

const PlaylistBar = dynamic(() => import('./PlaylistBar').then((m) => m.PlaylistBar), {
  ssr: false,
  loading: () => <div className="min-h-24 rounded-lg bg-indigo-50/40" aria-hidden="true" />,
});

export function PlaylistBarSlot({ current }: { current: string }) {
  const [inList, setInList] = useState(false);
  useEffect(() => setInList(new URLSearchParams(window.location.search).has('list')), []);
  return inList ? <PlaylistBar current={current} /> : null;
}

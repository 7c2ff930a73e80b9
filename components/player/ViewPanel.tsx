'use client';
/**
 * The landscape view: the 3-D scene (lazy chunk) or the 2-D contour map, with layer toggles.
 * The 2-D map is used automatically when WebGL is missing, the context is lost, or the 3-D
 * chunk throws — the page never goes blank.
 */
import dynamic from 'next/dynamic';
import { Component, memo, useEffect, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { ViewProps } from '@/components/scene/types';

const Scene3D = dynamic(() => import('@/components/scene/Scene3D'), {
  ssr: false,
  loading: () => <ViewPlaceholder word="loading.view3d" />,
});
const Contour2D = dynamic(() => import('@/components/scene/Contour2D').then((m) => ('default' in m ? m.default : (m as never))), {
  ssr: false,
  loading: () => <ViewPlaceholder word="loading.map" />,
});

/** Same-size placeholder for the view while code loads; `word` is its text's key in the player catalogue. */
export function ViewPlaceholder({ word }: { word: string }) {
  const t = useTranslations('player');
  return <div className="flex h-full w-full items-center justify-center bg-slate-100 text-sm text-slate-500">{t(word)}</div>;
}

class ViewBoundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    console.warn('3-D view failed, switching to the 2-D map:', error);
    this.props.onError();
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

export type ViewKind = '3d' | '2d';

/** Why a view fell back to the 2-D map (its sentence: fallback.<why> in the player catalogue). */
export type FallbackWhy = 'noWebgl' | 'failed' | 'contextLost';

export interface ViewPanelProps extends ViewProps {
  readonly view: ViewKind;
  readonly onFallback: (why: FallbackWhy) => void;
  /** Default "player.view" (the main view); the split layout's map beside it is "player.map". */
  readonly testId?: string;
}

/** Memoized: a view re-renders (and the 3-D canvas redraws) only when one of its props changed. */
export const ViewPanel = memo(function ViewPanel({ view, onFallback, testId = 'player.view', ...props }: ViewPanelProps) {
  const [webgl, setWebgl] = useState<boolean | null>(null);
  useEffect(() => {
    if (view === '2d') return;
    import('@/components/scene/webgl').then((m) => {
      const ok = m.canUseWebGL();
      setWebgl(ok);
      if (!ok) onFallback('noWebgl');
    });
  }, [onFallback, view]);
  const show3d = view === '3d' && webgl === true;
  return (
    <div className="relative h-full w-full overflow-hidden rounded-lg bg-slate-900/5" data-testid={testId} data-view={show3d ? '3d' : '2d'}>
      {show3d ? (
        <ViewBoundary onError={() => onFallback('failed')}>
          <Scene3D {...props} onContextLost={() => onFallback('contextLost')} />
        </ViewBoundary>
      ) : webgl === null && view === '3d' ? (
        <ViewPlaceholder word="loading.webgl" />
      ) : (
        <Contour2D {...props} />
      )}
    </div>
  );
});

'use client';
/** Above the view: where the landscape was computed, in plain words, and (narrow layouts) the 2-D / 3-D switch. */
import { useTranslations } from 'next-intl';
import { backendWords } from './backend-words';
import type { SurfaceBackend } from './useSurfaces';
import type { SurfaceGrid } from '@/components/scene/types';
import type { ViewKind } from './ViewPanel';

export interface PlayerHeaderProps {
  readonly backend: SurfaceBackend | null;
  readonly grid: SurfaceGrid | null;
  readonly coarse: boolean;
  /** null: both views are shown side by side, no switch. */
  readonly view: ViewKind | null;
  readonly can3d: boolean;
  readonly onView: (v: ViewKind) => void;
}

export function PlayerHeader({ backend, grid, coarse, view, can3d, onView }: PlayerHeaderProps) {
  const t = useTranslations('player');
  const words = backend ? backendWords(backend.name, backend.software, grid, backend.ms, t) : null;
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600">
      <p data-testid="player.backend" data-backend={backend?.name ?? ''}>
        {words ? (
          <>
            {words.plain} <span className="text-slate-500">({words.detail})</span>
          </>
        ) : (
          t(coarse ? 'computingQuick' : 'computing')
        )}
      </p>
      {view ? (
        <div className="flex items-center gap-2" role="group" aria-label={t('view.group')}>
          {(['2d', '3d'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => onView(v)} disabled={v === '3d' && !can3d} className="rounded px-2 py-1 ring-1 ring-slate-300 aria-pressed:bg-slate-900 aria-pressed:text-white disabled:opacity-40" data-testid={`player.view.${v}`}>
              {t(`view.${v}`)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

'use client';
/**
 * The surface preview: the (debounced) draft level's training loss on the GPU path
 * (useSurfaces, same as the player), drawn as the 2-D contour map with the start and goal.
 * Clicking the map sets the start or the goal centre, whichever the teacher picked. A real
 * network's map waits for its data set (and a centre not stored, for its training): the frame
 * says so until the landscape can be built (./usePreviewLandscape.ts).
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { levelDefaults, type Landscape, type Level, type Settings } from '@/engine';
import { Contour2D } from '@/components/scene/Contour2D';
import { useSurfaces } from '@/components/player/useSurfaces';
import type { Layers } from '@/components/player/LayerToggles';
import type { Playback } from '@/components/scene/types';
import { usePreviewLandscape } from './usePreviewLandscape';

const LAYERS: Layers = { batch: false, test: false, arrows: false, ghosts: false, log: false };
const NO_PATH = { x: new Float64Array(0), y: new Float64Array(0), steps: -1 };

/** What a click on the map sets. */
export type PickTarget = 'start' | 'goal';

/** The map's box: the contour map, or a line saying what it waits for. */
function MapBox({ children, note, alert = false }: { children?: ReactNode; note?: string; alert?: boolean }) {
  return (
    <div className="relative aspect-[4/3] w-full overflow-hidden rounded-lg bg-slate-100" data-testid="editor.map">
      {children ?? (
        <div role={alert ? 'alert' : 'status'} className={`flex h-full items-center justify-center p-4 text-center text-sm ${alert ? 'text-red-700' : 'text-slate-500'}`} data-testid="editor.map.note">
          {note}
        </div>
      )}
    </div>
  );
}

interface SurfaceProps {
  level: Level;
  landscape: Landscape;
  settings: Settings;
  log: boolean;
  onPick: (x: number, y: number) => void;
  onFull: (full: boolean) => void;
}

/** The map once the landscape exists: its surfaces, computed like the player's. */
function PreviewSurface({ level, landscape, settings, log, onPick, onFull }: SurfaceProps) {
  const t = useTranslations('teacher');
  const surfaces = useSurfaces({ level, landscape, settings, seed: 1, layers: LAYERS, step: 0, trace: null });
  const playback = useRef<Playback>({ step: 0, arrows: null });
  const path = useMemo(() => ({ ...NO_PATH, x: Float64Array.of(level.start[0]), y: Float64Array.of(level.start[1]), steps: 0 }), [level.start]);
  const grid = surfaces.shown?.grid ?? null;
  const full = surfaces.shown && !surfaces.shown.coarse ? surfaces.shown.grid : null;
  // The frame says when the full grid is drawn (data-ready), and not once this map is gone.
  useEffect(() => onFull(full !== null), [full, onFull]);
  useEffect(() => () => onFull(false), [onFull]);
  return (
    <>
      <MapBox note={t('preview.computing')}>
        {grid ? (
          <Contour2D
            surface={grid}
            heightMode={log ? 'log' : 'linear'}
            path={path}
            ghosts={[]}
            playback={playback}
            start={level.start}
            goal={level.goal}
            batchSurface={null}
            testSurface={null}
            showArrows={false}
            axes={landscape.axes}
            reducedMotion
            onPick={onPick}
          />
        ) : undefined}
      </MapBox>
      <p className="text-xs text-slate-500" data-testid="editor.preview.backend">
        {t('preview.surfaceBy', { backend: surfaces.backend?.name ?? '…' })}
        {full ? t('preview.grid', { nx: String(full.nx), ny: String(full.ny) }) : ''}
        {surfaces.backend ? t('preview.ms', { ms: surfaces.backend.ms.toFixed(0) }) : ''}
      </p>
    </>
  );
}

export function PreviewMap({ level, onPick }: { level: Level; onPick: (target: PickTarget, x: number, y: number) => void }) {
  const t = useTranslations('teacher');
  const [target, setTarget] = useState<PickTarget>('start');
  const [log, setLog] = useState(false);
  const [full, setFull] = useState(false);
  const settings = useMemo(() => levelDefaults(level), [level]);
  const built = usePreviewLandscape(level, settings);
  const goalIsRegion = level.goal.kind === 'region';

  return (
    <div className="flex flex-col gap-2" data-testid="editor.preview" data-ready={built.landscape && full ? 'true' : 'false'}>
      <div className="flex flex-wrap items-center gap-3 text-xs" role="radiogroup" aria-label={t('preview.pickLabel')}>
        <span className="font-medium text-slate-700">{t('preview.pick')}</span>
        {(['start', 'goal'] as const).map((p) => (
          <label key={p} className={`flex items-center gap-1 ${p === 'goal' && !goalIsRegion ? 'opacity-40' : ''}`}>
            <input type="radio" name="pick" checked={target === p} disabled={p === 'goal' && !goalIsRegion} onChange={() => setTarget(p)} data-testid={`editor.pick.${p}`} />
            {p === 'start' ? t('preview.theStart') : t('preview.theGoal')}
          </label>
        ))}
        <label className="ml-auto flex items-center gap-1">
          <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} /> {t('preview.log')}
        </label>
      </div>
      {built.landscape ? (
        <PreviewSurface level={level} landscape={built.landscape} settings={settings} log={log} onPick={(x, y) => onPick(target, x, y)} onFull={setFull} />
      ) : (
        <MapBox note={built.note} alert={built.failed} />
      )}
    </div>
  );
}

'use client';
/**
 * The surface preview: the (debounced) draft level's training loss on the GPU path
 * (useSurfaces, same as the player), drawn as the 2-D contour map with the start and goal.
 * Clicking the map sets the start or the goal centre, whichever the teacher picked.
 */
import { useMemo, useRef, useState } from 'react';
import { landscapeFor, levelDefaults, type Level } from '@/engine';
import { Contour2D } from '@/components/scene/Contour2D';
import { useSurfaces } from '@/components/player/useSurfaces';
import type { Layers } from '@/components/player/LayerToggles';
import type { Playback } from '@/components/scene/types';

const LAYERS: Layers = { batch: false, test: false, arrows: false, ghosts: false, log: false };
const NO_PATH = { x: new Float64Array(0), y: new Float64Array(0), steps: -1 };

/** What a click on the map sets. */
export type PickTarget = 'start' | 'goal';

export function PreviewMap({ level, onPick }: { level: Level; onPick: (target: PickTarget, x: number, y: number) => void }) {
  const [target, setTarget] = useState<PickTarget>('start');
  const [log, setLog] = useState(false);
  const settings = useMemo(() => levelDefaults(level), [level]);
  const landscape = useMemo(() => landscapeFor(level, settings), [level, settings]);
  const surfaces = useSurfaces({ level, landscape, settings, seed: 1, layers: LAYERS, step: 0, trace: null });
  const playback = useRef<Playback>({ step: 0, arrows: null });
  const path = useMemo(() => ({ ...NO_PATH, x: Float64Array.of(level.start[0]), y: Float64Array.of(level.start[1]), steps: 0 }), [level.start]);
  const goalIsRegion = level.goal.kind === 'region';
  const grid = surfaces.shown?.grid ?? null;
  const full = surfaces.shown && !surfaces.shown.coarse ? surfaces.shown.grid : null;

  return (
    <div className="flex flex-col gap-2" data-testid="editor.preview" data-ready={full ? 'true' : 'false'}>
      <div className="flex flex-wrap items-center gap-3 text-xs" role="radiogroup" aria-label="A click on the map sets">
        <span className="font-medium text-slate-700">Click the map to set:</span>
        {(['start', 'goal'] as const).map((t) => (
          <label key={t} className={`flex items-center gap-1 ${t === 'goal' && !goalIsRegion ? 'opacity-40' : ''}`}>
            <input type="radio" name="pick" checked={target === t} disabled={t === 'goal' && !goalIsRegion} onChange={() => setTarget(t)} data-testid={`editor.pick.${t}`} />
            {t === 'start' ? 'the start' : 'the goal centre'}
          </label>
        ))}
        <label className="ml-auto flex items-center gap-1">
          <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} /> log heights
        </label>
      </div>
      <div className="relative aspect-[4/3] w-full overflow-hidden rounded-lg bg-slate-100" data-testid="editor.map">
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
            onPick={(x, y) => onPick(target, x, y)}
          />
        ) : (
          <div className="flex h-full items-center justify-center text-sm text-slate-500">Computing the landscape…</div>
        )}
      </div>
      <p className="text-xs text-slate-500" data-testid="editor.preview.backend">
        Surface by {surfaces.backend?.name ?? '…'}
        {full ? ` on a ${full.nx}×${full.ny} grid` : ''}
        {surfaces.backend ? ` in ${surfaces.backend.ms.toFixed(0)} ms` : ''}
      </p>
    </div>
  );
}

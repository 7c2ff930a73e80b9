'use client';
/** Optional layers of the view: this batch's own surface, the test surface, arrows, ghost balls, log heights. */

export interface Layers {
  readonly batch: boolean;
  readonly test: boolean;
  readonly arrows: boolean;
  readonly ghosts: boolean;
  readonly log: boolean;
}

const LABELS: Record<keyof Layers, string> = {
  batch: 'This batch’s surface',
  test: 'Test-loss surface',
  arrows: 'Gradient & velocity arrows',
  ghosts: 'Ghost balls (all K seeds)',
  log: 'Log height',
};

export function LayerToggles({ layers, onChange, hasTest }: { layers: Layers; onChange: (l: Layers) => void; hasTest: boolean }) {
  return (
    <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700" data-testid="player.layers">
      <legend className="sr-only">Layers</legend>
      {(Object.keys(LABELS) as (keyof Layers)[])
        .filter((k) => k !== 'test' || hasTest)
        .map((k) => (
          <label key={k} className="inline-flex items-center gap-1.5">
            <input type="checkbox" checked={layers[k]} onChange={(e) => onChange({ ...layers, [k]: e.target.checked })} className="h-4 w-4 accent-indigo-600" data-testid={`player.layer.${k}`} />
            {LABELS[k]}
          </label>
        ))}
    </fieldset>
  );
}

'use client';
/** Optional layers of the view: this batch's own surface, the test surface, arrows, ghost balls, log heights. */
import { useTranslations } from 'next-intl';

export interface Layers {
  readonly batch: boolean;
  readonly test: boolean;
  readonly arrows: boolean;
  readonly ghosts: boolean;
  readonly log: boolean;
}

/** The layers, in the order they are listed (labels: layers.<key> in the player catalogue). */
const LAYERS: readonly (keyof Layers)[] = ['batch', 'test', 'arrows', 'ghosts', 'log'];

export function LayerToggles({ layers, onChange, hasTest }: { layers: Layers; onChange: (l: Layers) => void; hasTest: boolean }) {
  const t = useTranslations('player');
  return (
    <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700" data-testid="player.layers">
      <legend className="sr-only">{t('layers.legend')}</legend>
      {LAYERS
        .filter((k) => k !== 'test' || hasTest)
        .map((k) => (
          <label key={k} className="inline-flex items-center gap-1.5">
            <input type="checkbox" checked={layers[k]} onChange={(e) => onChange({ ...layers, [k]: e.target.checked })} className="h-4 w-4 accent-indigo-600" data-testid={`player.layer.${k}`} />
            {t(`layers.${k}`)}
          </label>
        ))}
    </fieldset>
  );
}

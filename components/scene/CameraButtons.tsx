'use client';
/**
 * Camera presets over the 3-D view (accessible buttons): straight down, from the side, fit the
 * whole surface in view, and back to the default framing; plus a one-line hint that the view
 * can be rotated, shown until the first drag or scroll.
 */
import { useTranslations } from 'next-intl';

export type CameraPreset = 'top' | 'side' | 'fit' | 'reset';

/** The presets, in order; each button's text is scene.<preset> and its tooltip scene.<preset>Title. */
const BUTTONS: readonly CameraPreset[] = ['top', 'side', 'fit', 'reset'];

/** Props of {@link CameraButtons}. */
export interface CameraButtonsProps {
  onPreset: (preset: CameraPreset) => void;
  showHint: boolean;
}

/** The preset buttons and the rotate hint. */
export function CameraButtons({ onPreset, showHint }: CameraButtonsProps) {
  const t = useTranslations('player');
  return (
    <>
      <div className="absolute left-2 top-2 flex flex-wrap gap-1" role="group" aria-label={t('scene.camera')}>
        {BUTTONS.map((preset) => (
          <button
            key={preset}
            type="button"
            title={t(`scene.${preset}Title`)}
            onClick={() => onPreset(preset)}
            className="rounded bg-white/90 px-2 py-0.5 text-xs font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 hover:bg-white focus-visible:outline-2 focus-visible:outline-sky-600"
            data-testid={`scene.camera.${preset}`}
          >
            {t(`scene.${preset}`)}
          </button>
        ))}
      </div>
      {showHint ? (
        <p
          className="pointer-events-none absolute bottom-2 left-2 whitespace-nowrap rounded bg-slate-900/75 px-2 py-0.5 text-xs text-white"
          data-testid="scene.hint"
        >
          {t('scene.hint')}
        </p>
      ) : null}
    </>
  );
}

'use client';
/**
 * Camera presets over the 3-D view (accessible buttons): straight down, from the side, fit the
 * whole surface in view, and back to the default framing; plus a one-line hint that the view
 * can be rotated, shown until the first drag or scroll.
 */
export type CameraPreset = 'top' | 'side' | 'fit' | 'reset';

const BUTTONS: readonly { preset: CameraPreset; label: string; title: string }[] = [
  { preset: 'top', label: 'Top', title: 'Look straight down (like the 2-D map)' },
  { preset: 'side', label: 'Side', title: 'Look from the side: loss over the first parameter' },
  { preset: 'fit', label: 'Fit', title: 'Fit the whole surface in view' },
  { preset: 'reset', label: 'Reset view', title: 'Back to the default view' },
];

/** Props of {@link CameraButtons}. */
export interface CameraButtonsProps {
  onPreset: (preset: CameraPreset) => void;
  showHint: boolean;
}

/** The preset buttons and the rotate hint. */
export function CameraButtons({ onPreset, showHint }: CameraButtonsProps) {
  return (
    <>
      <div className="absolute left-2 top-2 flex flex-wrap gap-1" role="group" aria-label="Camera">
        {BUTTONS.map((b) => (
          <button
            key={b.preset}
            type="button"
            title={b.title}
            onClick={() => onPreset(b.preset)}
            className="rounded bg-white/90 px-2 py-0.5 text-xs font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 hover:bg-white focus-visible:outline-2 focus-visible:outline-sky-600"
            data-testid={`scene.camera.${b.preset}`}
          >
            {b.label}
          </button>
        ))}
      </div>
      {showHint ? (
        <p
          className="pointer-events-none absolute bottom-2 left-2 whitespace-nowrap rounded bg-slate-900/75 px-2 py-0.5 text-xs text-white"
          data-testid="scene.hint"
        >
          Drag to rotate · scroll to zoom
        </p>
      ) : null}
    </>
  );
}

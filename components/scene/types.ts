/**
 * The views' contract (components/scene: the 3-D scene and the 2-D contour map): what they are
 * given to draw. The player shell and the surface sources (components/gpu) produce it. Plain
 * data, no React.
 */
import type { Goal } from '@/engine';

/**
 * A loss surface sampled on a regular grid: values[j * nx + i] is the loss at
 * (x0 + i·(x1 − x0)/(nx − 1), y0 + j·(y1 − y0)/(ny − 1)). Non-finite losses are stored as NaN.
 */
export interface SurfaceGrid {
  readonly nx: number;
  readonly ny: number;
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
  readonly values: Float32Array;
  /** Smallest and largest finite value. */
  readonly min: number;
  readonly max: number;
}

/** A trajectory to draw: positions after i updates, i = 0…steps. */
export interface PathView {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly steps: number;
}

/**
 * Per-frame playback state, kept out of React (mutated by the animation loop, read by the views
 * in their own frame callbacks). `step` is fractional: views interpolate between steps.
 */
export interface Playback {
  step: number;
  /**
   * Arrows at the current step, or null to hide: `grad` is the batch gradient the optimizer used
   * (drawn pointing downhill, −grad) and `velocity` the step it actually took, Δw (drawn as is).
   */
  arrows: { grad: readonly [number, number]; velocity: readonly [number, number] | null } | null;
}

/** How heights are mapped: the loss itself, or log(loss − min + δ) for huge ranges. */
export type HeightMode = 'linear' | 'log';

/** Everything a view (3-D or 2-D) draws. */
export interface ViewProps {
  readonly surface: SurfaceGrid;
  readonly heightMode: HeightMode;
  readonly path: PathView;
  /** Ghost balls: the same settings over other seeds. */
  readonly ghosts: readonly PathView[];
  readonly playback: { readonly current: Playback };
  readonly start: readonly [number, number];
  readonly goal: Goal;
  /** Optional layers drawn over the main surface. */
  readonly batchSurface: SurfaceGrid | null;
  readonly testSurface: SurfaceGrid | null;
  readonly showArrows: boolean;
  /** Axis labels, e.g. ["w₁", "w₂"]. */
  readonly axes: readonly [string, string];
  readonly reducedMotion: boolean;
  /**
   * The landscape's minimum (parameter coordinates), marked and labelled "min" in both views.
   * Omitted: the surface grid's lowest point is marked; null: no minimum is marked.
   */
  readonly minimum?: readonly [number, number] | null;
  /** Called with parameter coordinates when the user clicks the surface (the editor uses it). */
  readonly onPick?: (x: number, y: number) => void;
  /** The path the current settings would take, drawn whole and dashed before a launch (live preview). */
  readonly preview?: PathView | null;
  /** The previous attempt, drawn faint to compare against. */
  readonly previous?: PathView | null;
  /**
   * 3-D only: draw no new frame for now (a slider is moving and WebGL runs on a software
   * rasterizer, where a frame costs ~240 ms); one frame is drawn when it turns false.
   */
  readonly holdFrames?: boolean;
}

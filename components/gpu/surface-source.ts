/**
 * Where loss surfaces come from: the TF.js GPU adapter when a backend starts (webgpu → webgl →
 * wasm → cpu, loaded lazily), else the float64 engine in plain JS. Either way the player gets a
 * SurfaceGrid and the name of what computed it, which it shows on screen.
 */
import type { Landscape, LandscapeSpec, Box } from '@/engine';
import type { SurfaceGrid } from '@/components/scene/types';
import { jsSurface } from './js-surface';

/** What a surface request names. */
export interface SurfaceRequest {
  readonly spec: LandscapeSpec;
  readonly land: Landscape;
  readonly split: 'train' | 'test';
  readonly rows: Int32Array | null;
  readonly l1: number;
  readonly l2: number;
  readonly res: number;
  readonly domain?: Box;
  /** Aborted when the grid is no longer wanted (see SurfaceOptions.signal). */
  readonly signal?: AbortSignal;
}

/** A way of computing surfaces. */
export interface SurfaceSource {
  /** Shown on screen: the TF.js backend name, or "js" for the plain-JS engine. */
  readonly name: string;
  /** True when a GPU backend runs on a software rasterizer (then it was the best left). */
  readonly software?: boolean;
  compute(req: SurfaceRequest): Promise<SurfaceGrid>;
  dispose(): void;
}

/** Grid resolution of the plain-JS fallback (kept small: it runs on the main thread). */
export const JS_RES = 96;

/** The plain-JS source. */
export function jsSource(): SurfaceSource {
  return {
    name: 'js',
    compute: async (req) => jsSurface(req.land, { ...req, res: Math.min(req.res, JS_RES) }),
    dispose: () => {},
  };
}

/**
 * Starts the GPU source with the given backend order (e.g. from ?backend=webgl), falling back
 * to plain JS when TF.js cannot start any backend.
 */
export async function createSurfaceSource(order?: string[]): Promise<SurfaceSource> {
  try {
    const gpu = await import('@/components/gpu/source');
    return await gpu.createGpuSource(order);
  } catch (e) {
    console.warn('GPU surfaces unavailable, using the plain-JS engine:', e);
    return jsSource();
  }
}

let shared: Promise<SurfaceSource> | null = null;

/**
 * The page's one surface source (TF.js backends are global state), started on first use with
 * the backend order of the page's `?backend=` parameter, if any.
 */
export function pageSurfaceSource(): Promise<SurfaceSource> {
  if (!shared) {
    const order = typeof window === 'undefined' ? undefined : new URLSearchParams(window.location.search).get('backend')?.split(',');
    shared = createSurfaceSource(order);
  }
  return shared;
}

/**
 * The GPU surface source the player loads lazily (components/gpu/surface-source.ts imports
 * this module with `import()`): starts a TF.js backend, then keeps one SurfaceProgram per
 * landscape (the few most recent), so recomputing for another batch or λ is cheap.
 * Keep the Landscape object stable between requests: programs are found by its identity.
 */
import type { Landscape, LandscapeSpec } from '@/engine';
import type { SurfaceRequest, SurfaceSource } from './surface-source';
import type { BackendName } from './backend';
import { initBackend, isSoftwareBackend, parseBackendOrder } from './backend';
import { createSurfaceProgram, type SurfaceProgram } from './surface';

/** Programs kept at once (each holds its landscape's examples and a grid or two on the device). */
const KEEP = 3;

/**
 * The order tried when none is given: webgpu → webgl → wasm → cpu, with GPUs that run on a
 * software rasterizer (SwiftShader, llvmpipe: headless Chromium, VMs, some cheap laptops) ranked
 * after wasm, where they are 10–20× slower (measured in `npm run bench`). An explicit
 * `?backend=` list gets exactly what it names.
 */
export const SOURCE_ORDER: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/**
 * Starts the first backend of `order` that works (default SOURCE_ORDER without software GPUs;
 * names from e.g. `?backend=webgl` are accepted as they come) and returns a source named after
 * it. Rejects when no backend starts (the caller then falls back to plain JS).
 */
export async function createGpuSource(order?: readonly string[] | string | null): Promise<SurfaceSource> {
  const explicit = parseBackendOrder(order, []);
  const name = explicit.length > 0 ? await initBackend(explicit) : await initBackend(SOURCE_ORDER, { softwareLast: true });
  // A program evicted while one of its computations is in flight is disposed when that ends,
  // so a burst of settings changes never fails a computation ("program was disposed").
  interface Kept { land: Landscape; spec: LandscapeSpec; program: SurfaceProgram; busy: number; evicted: boolean }
  let programs: Kept[] = [];
  const release = (k: Kept) => {
    if (k.evicted && k.busy === 0) k.program.dispose();
  };

  const programFor = (spec: LandscapeSpec, land: Landscape): Kept => {
    let hit = programs.find((p) => p.land === land && p.spec.family === spec.family);
    if (!hit) hit = { land, spec, program: createSurfaceProgram(spec, land), busy: 0, evicted: false };
    programs = [hit, ...programs.filter((p) => p !== hit)];
    for (const old of programs.splice(KEEP)) {
      old.evicted = true;
      release(old);
    }
    return hit;
  };

  return {
    name,
    software: isSoftwareBackend(name),
    compute: async (req: SurfaceRequest) => {
      const kept = programFor(req.spec, req.land);
      kept.busy++;
      try {
        return await kept.program.compute(req);
      } finally {
        kept.busy--;
        release(kept);
      }
    },
    dispose: () => {
      for (const p of programs) {
        p.evicted = true;
        release(p);
      }
      programs = [];
    },
  };
}

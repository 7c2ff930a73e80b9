/**
 * The GPU surface source the player loads lazily (components/player/surface-source.ts imports
 * this module with `import()`): starts a TF.js backend, then keeps one SurfaceProgram per
 * landscape (the few most recent), so recomputing for another batch or λ is cheap.
 * Keep the Landscape object stable between requests: programs are found by its identity.
 */
import type { Landscape, LandscapeSpec } from '@/engine';
import type { SurfaceRequest, SurfaceSource } from '@/components/player/surface-source';
import type { BackendName } from '@/components/player/types';
import { initBackend, parseBackendOrder } from './backend';
import { createSurfaceProgram, type SurfaceProgram } from './surface';

/** Programs kept at once (each holds its landscape's examples and a grid or two on the device). */
const KEEP = 3;

/**
 * The order tried when none is given, as the design asks: webgpu → webgl → wasm → cpu, software
 * rasterizers included (headless Chromium runs WebGPU and WebGL on SwiftShader, where they are
 * far slower than WASM — measured in `npm run bench` — but a real GPU is the case that matters).
 * An explicit `?backend=` list gets exactly what it names.
 */
export const SOURCE_ORDER: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/**
 * Starts the first backend of `order` that works (default SOURCE_ORDER without software GPUs;
 * names from e.g. `?backend=webgl` are accepted as they come) and returns a source named after
 * it. Rejects when no backend starts (the caller then falls back to plain JS).
 */
export async function createGpuSource(order?: readonly string[] | string | null): Promise<SurfaceSource> {
  const explicit = parseBackendOrder(order, []);
  const name = await initBackend(explicit.length > 0 ? explicit : SOURCE_ORDER);
  let programs: { land: Landscape; spec: LandscapeSpec; program: SurfaceProgram }[] = [];

  const programFor = (spec: LandscapeSpec, land: Landscape): SurfaceProgram => {
    let hit = programs.find((p) => p.land === land && p.spec.family === spec.family);
    if (!hit) hit = { land, spec, program: createSurfaceProgram(spec, land) };
    programs = [hit, ...programs.filter((p) => p !== hit)];
    for (const old of programs.splice(KEEP)) old.program.dispose();
    return hit.program;
  };

  return {
    name,
    compute: (req: SurfaceRequest) => programFor(req.spec, req.land).compute(req),
    dispose: () => {
      for (const p of programs) p.program.dispose();
      programs = [];
    },
  };
}

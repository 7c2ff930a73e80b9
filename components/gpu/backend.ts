/**
 * Picks the TF.js backend: the first of `order` that starts, by default
 * webgpu → webgl → wasm → cpu (README, "Browser facts"). WebGPU and WASM are imported only when tried, so
 * their code is not in the bundle until then; both register themselves on import.
 *
 * Facts that shape this (measured, README "Browser facts this code relies on"): in headless Chromium WebGPU
 * starts only with --enable-unsafe-webgpu (otherwise setBackend('webgpu') resolves false);
 * WebGL2 runs on SwiftShader; in Node only cpu and wasm exist (webgpu/webgl are not registered,
 * so setBackend throws, which counts as "not available").
 *
 * The WASM binaries are fetched from `wasmPaths` (default `/tfjs-wasm/` in a browser, served from
 * public/tfjs-wasm/, see copy-wasm.mjs; in Node the package's own files are used).
 */
// tfjs-core plus only the backends tried: the full @tensorflow/tfjs package would also ship
// layers, converter and data (~100 KB gzip) that surfaces never use.
import * as tf from '@tensorflow/tfjs-core';
import { rendererOf, SOFTWARE_RENDERER } from '@/components/scene/webgl';

/** Every backend, in the default order of preference. */
/** Which TF.js backend computed a surface. */
export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

export const BACKEND_ORDER: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** URL prefix of the three tfjs-backend-wasm .wasm files in the browser. */
export const WASM_PATHS = '/tfjs-wasm/';

/** Options of initBackend. */
export interface BackendOptions {
  /** Where the .wasm files are: a URL prefix ending in '/', or null for the package's default. */
  readonly wasmPaths?: string | null;
  /**
   * Accept WebGPU/WebGL when they run on a software rasterizer (SwiftShader, llvmpipe)? Default
   * true. There they are 10–30× slower than WASM on these surfaces (headless Chromium, 256×256 ×
   * 64 examples: webgpu ≈ 2.4 s, webgl ≈ 0.8 s, wasm ≈ 0.08 s), so the player passes false for
   * its default order and keeps true for an explicit ?backend= choice.
   */
  readonly allowSoftware?: boolean;
  /** Rank software GPUs after every backend but cpu (see initBackend). Default false. */
  readonly softwareLast?: boolean;
}

let chosen: BackendName | null = null;
let wasmPathsSet = false;

function isBackendName(s: string): s is BackendName {
  return (BACKEND_ORDER as readonly string[]).includes(s);
}

/**
 * A backend order from an override such as the `?backend=webgl` query value ("webgl",
 * "webgl,wasm", or a list of names): known names in the given order, duplicates dropped;
 * nothing usable gives `fallback` (the default order).
 */
export function parseBackendOrder(input?: string | readonly string[] | null, fallback: readonly BackendName[] = BACKEND_ORDER): BackendName[] {
  const parts = input == null ? [] : typeof input === 'string' ? input.split(',') : input.flatMap((s) => s.split(','));
  const names: BackendName[] = [];
  for (const raw of parts) {
    const s = raw.trim().toLowerCase();
    if (isBackendName(s) && !names.includes(s)) names.push(s);
  }
  return names.length > 0 ? names : [...fallback];
}

// Makes sure the backend's package is loaded (and so registered, where the platform allows).
async function load(name: BackendName, opts: BackendOptions): Promise<void> {
  if (name === 'webgpu') {
    await import('@tensorflow/tfjs-backend-webgpu');
  } else if (name === 'webgl') {
    await import('@tensorflow/tfjs-backend-webgl');
  } else if (name === 'cpu') {
    await import('@tensorflow/tfjs-backend-cpu');
  } else if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const paths = opts.wasmPaths === undefined ? (typeof window === 'undefined' ? null : WASM_PATHS) : opts.wasmPaths;
    if (paths && !wasmPathsSet) {
      wasm.setWasmPaths(paths);
      wasmPathsSet = true;
    }
  }
}


/** Minimal view of the WebGPU adapter API (not in TypeScript's DOM library). */
interface GpuAdapterLike {
  readonly isFallbackAdapter?: boolean;
  readonly info?: { readonly isFallbackAdapter?: boolean; readonly vendor?: string; readonly architecture?: string; readonly description?: string };
}

/** The adapter description of a WebGPU adapter, for the software test. */
function adapterIsSoftware(adapter: GpuAdapterLike | null | undefined): boolean {
  if (!adapter) return false;
  const info = adapter.info;
  const text = `${info?.vendor ?? ''} ${info?.architecture ?? ''} ${info?.description ?? ''}`;
  return Boolean(adapter.isFallbackAdapter || info?.isFallbackAdapter || SOFTWARE_RENDERER.test(text));
}

async function webgpuAdapter(): Promise<GpuAdapterLike | null> {
  const gpu = (globalThis.navigator as unknown as { gpu?: { requestAdapter(o?: object): Promise<GpuAdapterLike | null> } })?.gpu;
  return (await gpu?.requestAdapter({ powerPreference: 'high-performance' })) ?? null;
}

/**
 * Before loading a GPU backend's code: is this browser's adapter (WebGPU) or renderer (WebGL) a
 * software one? False when it cannot tell (then the check after start decides).
 */
async function probeSoftware(name: BackendName): Promise<boolean> {
  try {
    if (name === 'webgpu') return adapterIsSoftware(await webgpuAdapter());
    if (name === 'webgl' && typeof document !== 'undefined') {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return false;
      const soft = SOFTWARE_RENDERER.test(rendererOf(gl));
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      return soft;
    }
  } catch {
    /* cannot tell */
  }
  return false;
}

// True when the GPU backend just started is a software rasterizer.
async function isSoftware(name: BackendName): Promise<boolean> {
  if (name === 'webgpu') return adapterIsSoftware(await webgpuAdapter());
  if (name === 'webgl') {
    const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
    return gl ? SOFTWARE_RENDERER.test(rendererOf(gl)) : false;
  }
  return false;
}

// Starts a backend. One that starts but cannot render float32 (WebGL on some mobile GPUs falls
// back to half floats) would draw a wrong surface: it counts as unavailable.
async function start(name: BackendName, opts: BackendOptions): Promise<boolean> {
  try {
    if (chosen === name && tf.getBackend() === name) return true;
    await load(name, opts);
    if (!tf.findBackendFactory(name)) return false;
    if (!(await tf.setBackend(name))) return false;
    await tf.ready();
    return name !== 'webgl' || tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED');
  } catch {
    return false;
  }
}

// Backends that failed to start in this page, not tried again; and those found to be software
// rasterizers, skipped only when software is refused.
const failed = new Set<BackendName>();
const software = new Set<BackendName>();
// Calls run one after another (setBackend is global state).
let queue: Promise<unknown> = Promise.resolve();

/**
 * Starts the first backend of `order` that works and records it (see currentBackend); throws
 * when none does. A backend that failed once is skipped afterwards; the running backend, when it
 * comes first, is kept as it is. Calls are serialized.
 *
 * `allowSoftware: false` refuses GPU backends that run on a software rasterizer;
 * `softwareLast: true` keeps them but ranks them after every other backend except cpu (the
 * player's default: SwiftShader WebGPU/WebGL are 10–20× slower than wasm, README "Browser facts").
 */
export function initBackend(order: readonly BackendName[] = BACKEND_ORDER, opts: BackendOptions = {}): Promise<BackendName> {
  const refuseSoftware = opts.allowSoftware === false;
  const deferSoftware = !refuseSoftware && opts.softwareLast === true;
  const run = async (): Promise<BackendName> => {
    const deferred: BackendName[] = [];
    const tryOne = async (name: BackendName, checkSoftware: boolean): Promise<'ok' | 'failed' | 'software'> => {
      if (failed.has(name) || (refuseSoftware && software.has(name))) return 'failed';
      // A cheap look at the adapter first, so a software GPU's TF.js backend is not even loaded.
      if (checkSoftware && (refuseSoftware || deferSoftware) && (software.has(name) || (await probeSoftware(name)))) {
        software.add(name);
        return 'software';
      }
      if (!(await start(name, opts))) {
        failed.add(name);
        return 'failed';
      }
      if (checkSoftware && (await isSoftware(name).catch(() => false))) {
        software.add(name);
        if (refuseSoftware || deferSoftware) return 'software';
      }
      chosen = name;
      return 'ok';
    };
    for (const name of order) {
      // cpu is the slowest of all: a software GPU comes before it.
      if (name === 'cpu') for (const d of deferred.splice(0)) if ((await tryOne(d, false)) === 'ok') return d;
      const r = await tryOne(name, true);
      if (r === 'ok') return name;
      if (r === 'software' && deferSoftware) deferred.push(name);
    }
    for (const d of deferred) if ((await tryOne(d, false)) === 'ok') return d;
    throw new Error(`No TF.js backend could start (tried ${order.join(', ') || 'none'}${refuseSoftware ? ', software GPUs refused' : ''})`);
  };
  const result = queue.then(run);
  queue = result.catch(() => undefined);
  return result;
}

/** True when the backend initBackend found is a software rasterizer (SwiftShader, llvmpipe…). */
export function isSoftwareBackend(name: BackendName): boolean {
  return software.has(name);
}

/** The backend initBackend chose, or null before it has succeeded. */
export function currentBackend(): BackendName | null {
  return chosen;
}

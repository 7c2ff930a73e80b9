/**
 * The surface backend in plain words for the player's status line ("computed on your GPU with
 * WebGPU"), with the exact detail for the curious. Pure.
 */

export interface BackendWords {
  /** One short sentence. */
  readonly plain: string;
  /** The TF.js backend name, grid size and time. */
  readonly detail: string;
}

const NAMES: Record<string, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'TF.js on the CPU', js: 'the engine in plain JavaScript' };

/** Describes what computed the landscape. `name` is a TF.js backend name or "js". */
export function backendWords(name: string, software: boolean, grid: { nx: number; ny: number } | null, ms: number | null): BackendWords {
  const how = NAMES[name] ?? name;
  let plain: string;
  if (name === 'webgpu' || name === 'webgl') plain = software ? `Landscape computed with ${how} on a software renderer (no hardware GPU found)` : `Landscape computed on your GPU with ${how}`;
  else if (name === 'wasm') plain = 'Landscape computed on your CPU with WebAssembly';
  else plain = `Landscape computed on your CPU with ${how}`;
  const parts = [`backend: ${name}`];
  if (grid) parts.push(`${grid.nx}×${grid.ny} grid`);
  if (ms !== null) parts.push(`${ms.toFixed(0)} ms`);
  return { plain, detail: parts.join(' · ') };
}

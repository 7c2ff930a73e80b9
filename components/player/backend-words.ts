/**
 * The surface backend in plain words for the player's status line ("computed on your GPU with
 * WebGPU"), with the exact detail for the curious. Pure; English unless given a translator.
 */
import { EN, type Translate } from '@/components/i18n/translate';

export interface BackendWords {
  /** One short sentence. */
  readonly plain: string;
  /** The TF.js backend name, grid size and time. */
  readonly detail: string;
}

/** Names that stay as they are in every language; the others are backend.<key>Name. */
const NAMES: Record<string, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WebAssembly' };
const WORDS: Record<string, string> = { cpu: 'backend.cpuName', js: 'backend.jsName' };

/** Describes what computed the landscape. `name` is a TF.js backend name or "js". */
export function backendWords(name: string, software: boolean, grid: { nx: number; ny: number } | null, ms: number | null, t: Translate = EN): BackendWords {
  const how = NAMES[name] ?? (WORDS[name] ? t(WORDS[name]) : name);
  let plain: string;
  if (name === 'webgpu' || name === 'webgl') plain = t(software ? 'backend.software' : 'backend.gpu', { how });
  else if (name === 'wasm') plain = t('backend.wasm');
  else plain = t('backend.cpu', { how });
  const parts = [t('backend.name', { name })];
  if (grid) parts.push(t('backend.grid', { nx: grid.nx, ny: grid.ny }));
  if (ms !== null) parts.push(t('backend.ms', { ms: ms.toFixed(0) }));
  return { plain, detail: parts.join(' · ') };
}

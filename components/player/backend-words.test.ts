import { describe, expect, it } from 'vitest';
import { backendWords } from './backend-words';

describe('backendWords', () => {
  it('says where the landscape was computed, in plain words, with the detail', () => {
    expect(backendWords('webgpu', false, { nx: 256, ny: 256 }, 12.4)).toEqual({ plain: 'Landscape computed on your GPU with WebGPU', detail: 'backend: webgpu · 256×256 grid · 12 ms' });
    expect(backendWords('webgl', true, null, null).plain).toMatch(/software renderer/);
    expect(backendWords('wasm', false, null, 3).plain).toBe('Landscape computed on your CPU with WebAssembly');
    expect(backendWords('js', false, null, null).plain).toMatch(/plain JavaScript/);
  });
});

/**
 * WebGL feature detection for choosing between the 3-D scene and the 2-D map, and for knowing
 * when WebGL runs on a software rasterizer. Safe to import anywhere (no three.js); returns false
 * on the server.
 */

/** Renderer or adapter strings of software rasterizers (SwiftShader, llvmpipe, WARP…). */
export const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** The renderer string of a WebGL context (unmasked where the browser allows). */
export function rendererOf(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
}

/** Probes once with a throwaway context: null without WebGL, else whether it is a software one. */
function probe(): { soft: boolean } | null {
  if (typeof document === 'undefined') return null;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | WebGL2RenderingContext | null;
    if (!gl) return null;
    const soft = SOFTWARE_RENDERER.test(rendererOf(gl));
    // Browsers cap live contexts at about 16: release this one straight away.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { soft };
  } catch {
    return null;
  }
}

let probed: { soft: boolean } | null | undefined;

/** True when this browser can create a WebGL2 or WebGL context. */
export function canUseWebGL(): boolean {
  if (probed === undefined) probed = probe();
  return probed !== null;
}

/**
 * True when WebGL draws on a software rasterizer (headless Chromium, VMs): a 3-D frame of the
 * scene then takes ~240 ms of the page's time, so the player lets it follow a slider only once
 * the slider rests.
 */
export function webglIsSoftware(): boolean {
  if (probed === undefined) probed = probe();
  return probed?.soft ?? false;
}

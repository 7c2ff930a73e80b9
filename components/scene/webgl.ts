/**
 * WebGL feature detection for choosing between the 3-D scene and the 2-D map. Safe to import
 * anywhere (no three.js); returns false on the server.
 */

/**
 * True when this browser can create a WebGL2 or WebGL context. Creates a throwaway canvas and
 * releases the context straight away (browsers cap live contexts at about 16).
 */
export function canUseWebGL(): boolean {
  if (typeof document === 'undefined') return false;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | WebGL2RenderingContext | null;
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

/**
 * Colours of the markers, ball, trail, arrows and overlays, shared by the 3-D scene and the
 * 2-D map so the two views read the same. Chosen to stand out on viridis (no orange or red
 * in the map; white reads on both its dark and its bright end).
 */
export const COLORS = {
  ball: '#ff6a1a',
  ballEdge: '#ffffff',
  trail: '#ff8a3d',
  ghost: '#f8fafc',
  start: '#ffffff',
  startStem: '#0f172a',
  /** Dark outline under light markers, so they read on viridis's bright end too. */
  halo: '#0f172a',
  goal: '#ffffff',
  goalFill: '#f0abfc',
  grad: '#ef4444',
  velocity: '#38bdf8',
  contour: '#0f172a',
  batchSurface: '#67e8f9',
  testSurface: '#f472b6',
  nan: '#cbd5e1',
  /** The live preview path (dashed) and the previous attempt (faint). */
  preview: '#fde047',
  previous: 'rgba(248, 250, 252, 0.55)',
} as const;

/** Unit height below which contour lines are drawn light (they sit on viridis's dark end). */
export const CONTOUR_LIGHT_BELOW = 0.45;

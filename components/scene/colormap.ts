/**
 * A perceptual colour map (viridis: dark purple → blue → green → yellow) for loss surfaces,
 * shared by the 3-D scene (linear-light floats for three.js) and the 2-D map (sRGB bytes).
 * Pure functions, no DOM.
 */

/** Viridis sampled at ten evenly spaced points, sRGB bytes (matplotlib's values). */
export const VIRIDIS: readonly (readonly [number, number, number])[] = [
  [0x44, 0x01, 0x54],
  [0x48, 0x28, 0x78],
  [0x3e, 0x49, 0x89],
  [0x31, 0x68, 0x8e],
  [0x26, 0x82, 0x8e],
  [0x1f, 0x9e, 0x89],
  [0x35, 0xb7, 0x79],
  [0x6e, 0xce, 0x58],
  [0xb5, 0xde, 0x2b],
  [0xfd, 0xe7, 0x25],
];

const LUT_SIZE = 256;

/** 256-entry sRGB lookup table (r, g, b bytes per entry), built once. */
export const VIRIDIS_LUT: Uint8Array = (() => {
  const lut = new Uint8Array(LUT_SIZE * 3);
  const last = VIRIDIS.length - 1;
  for (let k = 0; k < LUT_SIZE; k++) {
    const p = (k / (LUT_SIZE - 1)) * last;
    const i = Math.min(Math.floor(p), last - 1);
    const f = p - i;
    for (let c = 0; c < 3; c++) lut[k * 3 + c] = Math.round(VIRIDIS[i][c] * (1 - f) + VIRIDIS[i + 1][c] * f);
  }
  return lut;
})();

/** Index into {@link VIRIDIS_LUT} for t in [0, 1] (clamped; NaN gives -1). */
export function lutIndex(t: number): number {
  if (Number.isNaN(t)) return -1;
  const c = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return Math.round(c * (LUT_SIZE - 1));
}

/** Writes the sRGB bytes (0–255) of t ∈ [0, 1] at out[offset…offset+2]; false for NaN (nothing written). */
export function colormapBytes(t: number, out: Uint8Array | Uint8ClampedArray, offset = 0): boolean {
  const k = lutIndex(t);
  if (k < 0) return false;
  out[offset] = VIRIDIS_LUT[k * 3];
  out[offset + 1] = VIRIDIS_LUT[k * 3 + 1];
  out[offset + 2] = VIRIDIS_LUT[k * 3 + 2];
  return true;
}

/** The sRGB transfer function inverted: an sRGB channel in [0, 1] to linear light. */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

const LINEAR_LUT: Float32Array = (() => {
  const lin = new Float32Array(LUT_SIZE * 3);
  for (let k = 0; k < lin.length; k++) lin[k] = srgbToLinear(VIRIDIS_LUT[k] / 255);
  return lin;
})();

/**
 * Writes the linear-light colour of t ∈ [0, 1] (what three.js expects in a vertex colour
 * attribute) at out[offset…offset+2]; false for NaN (nothing written).
 */
export function colormapLinear(t: number, out: Float32Array | number[], offset = 0): boolean {
  const k = lutIndex(t);
  if (k < 0) return false;
  out[offset] = LINEAR_LUT[k * 3];
  out[offset + 1] = LINEAR_LUT[k * 3 + 1];
  out[offset + 2] = LINEAR_LUT[k * 3 + 2];
  return true;
}

/** CSS colour of t ∈ [0, 1] (e.g. for a legend); grey for NaN. */
export function colormapCss(t: number): string {
  const k = lutIndex(t);
  if (k < 0) return 'rgb(148 163 184)';
  return `rgb(${VIRIDIS_LUT[k * 3]} ${VIRIDIS_LUT[k * 3 + 1]} ${VIRIDIS_LUT[k * 3 + 2]})`;
}

/**
 * Memoized integer powers ρ^t for bias corrections. Math.pow costs as much as the rest of an
 * Adam step; a table filled with the very same Math.pow values keeps results bit-identical
 * while the hot loop only reads an array. One table per base, grown on demand (t ≤ 1e6).
 */

const MAX_T = 1_000_000;

/** Returns a function (rho, t) ↦ Math.pow(rho, t) that caches the powers of the last base. */
export function createPowCache(): (rho: number, t: number) => number {
  let base = NaN;
  let table = new Float64Array(0);
  return (rho, t) => {
    if (t >= MAX_T || !(t >= 0)) return Math.pow(rho, t);
    if (rho !== base) {
      base = rho;
      table = new Float64Array(0);
    }
    if (t >= table.length) {
      const grown = new Float64Array(Math.min(MAX_T, Math.max(1024, 2 * (t + 1))));
      grown.set(table);
      for (let k = table.length; k < grown.length; k++) grown[k] = Math.pow(rho, k);
      table = grown;
    }
    return table[t];
  };
}

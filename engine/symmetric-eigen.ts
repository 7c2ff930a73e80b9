/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations (float64; for the
 * few-dozen-sized matrices of the network code: a path's Gram matrix, a test's Hessian).
 */

/** Eigenvalues and eigenvectors (columns of v, n × n row-major) of a symmetric matrix, by cyclic Jacobi. */
export function symmetricEigen(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const m = Float64Array.from(a);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  // Done when what is left off the diagonal is at rounding level relative to the matrix (a fixed
  // threshold never stops on a large matrix: a path's Gram matrix of raw weights can be ~1e6).
  let size = 0;
  for (let k = 0; k < n * n; k++) size += m[k] * m[k];
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += m[i * n + j] ** 2;
    if (off <= 1e-30 * size || off < 1e-300) break;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const aij = m[i * n + j];
        if (Math.abs(aij) < 1e-300) continue;
        const theta = (m[j * n + j] - m[i * n + i]) / (2 * aij);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < n; k++) {
          const mki = m[k * n + i];
          const mkj = m[k * n + j];
          m[k * n + i] = c * mki - sn * mkj;
          m[k * n + j] = sn * mki + c * mkj;
        }
        for (let k = 0; k < n; k++) {
          const mik = m[i * n + k];
          const mjk = m[j * n + k];
          m[i * n + k] = c * mik - sn * mjk;
          m[j * n + k] = sn * mik + c * mjk;
        }
        for (let k = 0; k < n; k++) {
          const vki = v[k * n + i];
          const vkj = v[k * n + j];
          v[k * n + i] = c * vki - sn * vkj;
          v[k * n + j] = sn * vki + c * vkj;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = m[i * n + i];
  return { values, vectors: v };
}

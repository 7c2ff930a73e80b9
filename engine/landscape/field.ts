/**
 * A smooth scalar function of two variables with exact derivatives: the building block of every
 * landscape (closed-form families and compiled terrain-language expressions alike).
 */

/** How many derivatives to compute: 0 value only, 1 + gradient, 2 + Hessian. */
export type Order = 0 | 1 | 2;

/**
 * f(x, y). `eval` returns the value and, depending on `order`, writes into `out`:
 *   order ≥ 1: out[0] = ∂f/∂x, out[1] = ∂f/∂y
 *   order = 2: out[2] = ∂²f/∂x², out[3] = ∂²f/∂x∂y, out[4] = ∂²f/∂y²
 * It never allocates, so it can sit in the innermost loop.
 */
export interface Field2 {
  eval(x: number, y: number, out: Float64Array, order: Order): number;
}

/**
 * Compiles a terrain AST to a tape (see tape.ts). Lowering is a post-order walk that gives every
 * intermediate result its own register. Along the way it
 *   - folds every sub-expression without x or y into a constant register, running the very same
 *     tape code once at compile time so folded and unfolded values agree bit for bit;
 *   - uses constant-operand forms (a + k, k·a, a / k, a^p, c^a) that skip dead derivative terms;
 *   - expands bump(cx, cy, s) into primitive operations, or into one closed-form BUMPK
 *     instruction when its three arguments are constants.
 * It also re-checks what a hand-built AST could get wrong (limits, arity, names) and throws a
 * TerrainError for it, so a malformed tree cannot overflow the stack.
 */
import type { Field2 } from '../landscape/field';
import { TERRAIN_FUNCTIONS, TERRAIN_LIMITS, isTerrainFn, type TerrainAst, type TerrainFn } from './ast';
import { TerrainError } from './errors';
import { OP, TapeField, X_REG, Y_REG, execute } from './tape';

const UNARY_OPS: Partial<Record<TerrainFn, number>> = {
  exp: OP.EXP, log: OP.LOG, sqrt: OP.SQRT, abs: OP.ABS, sin: OP.SIN, cos: OP.COS, tanh: OP.TANH,
  sigmoid: OP.SIGMOID, softplus: OP.SOFTPLUS, sq: OP.SQ,
};

class Compiler {
  private code = new Int32Array(64);
  private imm = new Float64Array(32);
  private n = 0;
  private regs = new Float64Array(6 * 32);
  private nRegs = 2;
  private konst: boolean[] = [false, false];
  private nodes = 0;

  constructor() {
    this.regs[X_REG + 1] = 1; // ∂x/∂x
    this.regs[Y_REG + 2] = 1; // ∂y/∂y
  }

  finish(result: number): Field2 {
    return new TapeField(
      this.code.slice(0, 4 * this.n), this.imm.slice(0, 2 * this.n), this.regs.slice(0, 6 * this.nRegs), result,
    );
  }

  private isConst(reg: number): boolean {
    return this.konst[reg / 6];
  }

  private newReg(isConst: boolean): number {
    if (6 * (this.nRegs + 1) > this.regs.length) {
      const grown = new Float64Array(this.regs.length * 2);
      grown.set(this.regs);
      this.regs = grown;
    }
    this.konst.push(isConst);
    return 6 * this.nRegs++;
  }

  constant(value: number): number {
    const reg = this.newReg(true);
    this.regs[reg] = value;
    return reg;
  }

  // Appends one instruction; if all its register inputs are constants (and `foldable`), runs it
  // now and turns the destination into a constant instead (derivative slots stay zero).
  private emit(op: number, a: number, b: number, imm0 = 0, imm1 = 0, foldable = true): number {
    if (4 * (this.n + 1) > this.code.length) {
      const code = new Int32Array(this.code.length * 2);
      code.set(this.code);
      this.code = code;
      const imm = new Float64Array(this.imm.length * 2);
      imm.set(this.imm);
      this.imm = imm;
    }
    const fold = foldable && this.isConst(a) && this.isConst(b);
    const dst = this.newReg(fold);
    const k = this.n;
    this.code.set([op, dst, a, b], 4 * k);
    this.imm[2 * k] = imm0;
    this.imm[2 * k + 1] = imm1;
    if (fold) execute(this.code, this.imm, this.regs, k, k + 1, false);
    else this.n++;
    return dst;
  }

  unary(op: number, a: number): number {
    return this.emit(op, a, a);
  }

  binary(op: '+' | '-' | '*' | '/' | '^', a: number, b: number): number {
    const ka = this.isConst(a) && !this.isConst(b);
    const kb = this.isConst(b) && !this.isConst(a);
    const va = this.regs[a];
    const vb = this.regs[b];
    switch (op) {
      case '+':
        if (kb) return this.emit(OP.ADDK, a, a, vb);
        if (ka) return this.emit(OP.ADDK, b, b, va);
        return this.emit(OP.ADD, a, b);
      case '-':
        // a - k and a + (-k) are the same IEEE operation.
        return kb ? this.emit(OP.ADDK, a, a, -vb) : this.emit(OP.SUB, a, b);
      case '*':
        if (kb) return this.emit(OP.MULK, a, a, vb);
        if (ka) return this.emit(OP.MULK, b, b, va);
        return this.emit(OP.MUL, a, b);
      case '/':
        return kb ? this.emit(OP.DIVK, a, a, vb) : this.emit(OP.DIV, a, b);
      case '^':
        if (kb) {
          // Math.pow(a, 0) is 1 and Math.pow(a, 1) is a for every a, NaN included.
          if (vb === 0) return this.constant(1);
          if (vb === 1) return a;
          if (vb === 2) return this.emit(OP.SQ, a, a);
          return this.emit(OP.POWK, a, a, vb);
        }
        if (ka) return this.emit(OP.KPOW, b, b, va, Math.log(va));
        return this.emit(OP.POW, a, b);
    }
  }

  lower(node: TerrainAst, depth: number): number {
    if (depth > TERRAIN_LIMITS.maxDepth) throw invalid('too-deep', node, `deeper than ${TERRAIN_LIMITS.maxDepth} levels`);
    if (++this.nodes > TERRAIN_LIMITS.maxNodes) {
      throw invalid('too-many-nodes', node, `more than ${TERRAIN_LIMITS.maxNodes} nodes`);
    }
    switch (node.kind) {
      case 'num':
        if (typeof node.value !== 'number') throw invalid('unexpected-token', node, 'a number node without a numeric value');
        return this.constant(node.value);
      case 'var':
        if (node.name === 'x') return X_REG;
        if (node.name === 'y') return Y_REG;
        throw invalid('unknown-identifier', node, `unknown variable '${String(node.name)}'`);
      case 'neg':
        return this.unary(OP.NEG, this.lower(node.arg, depth + 1));
      case 'bin': {
        const { op } = node;
        if (op !== '+' && op !== '-' && op !== '*' && op !== '/' && op !== '^') {
          throw invalid('unexpected-token', node, `unknown operator '${String(op)}'`);
        }
        const a = this.lower(node.left, depth + 1);
        return this.binary(op, a, this.lower(node.right, depth + 1));
      }
      case 'call':
        return this.call(node.fn, node.args, node, depth);
      default:
        throw invalid('unexpected-token', node, 'a node of unknown kind');
    }
  }

  private call(fn: TerrainFn, args: readonly TerrainAst[], node: TerrainAst, depth: number): number {
    if (!isTerrainFn(fn)) throw invalid('unknown-identifier', node, `unknown function '${String(fn)}'`);
    if (!Array.isArray(args) || args.length !== TERRAIN_FUNCTIONS[fn].arity) {
      throw invalid('wrong-arity', node, `${fn} needs ${TERRAIN_FUNCTIONS[fn].arity} argument(s)`);
    }
    const regs = args.map((arg) => this.lower(arg, depth + 1));
    if (fn === 'min') return this.emit(OP.MIN, regs[0], regs[1]);
    if (fn === 'max') return this.emit(OP.MAX, regs[0], regs[1]);
    if (fn === 'bump') return this.bump(regs[0], regs[1], regs[2]);
    return this.unary(UNARY_OPS[fn] as number, regs[0]);
  }

  // bump(cx, cy, s) = exp(-(sq(x - cx) + sq(y - cy)) / (2 · sq(s))).
  private bump(cx: number, cy: number, s: number): number {
    if (this.isConst(cx) && this.isConst(cy) && this.isConst(s)) {
      const sigma = this.regs[s];
      // Never folded: it reads x and y directly, not through its register inputs.
      return this.emit(OP.BUMPK, cx, cy, 2 * (sigma * sigma), 1 / (sigma * sigma), false);
    }
    const dx = this.unary(OP.SQ, this.binary('-', X_REG, cx));
    const dy = this.unary(OP.SQ, this.binary('-', Y_REG, cy));
    const den = this.binary('*', this.constant(2), this.unary(OP.SQ, s));
    return this.unary(OP.EXP, this.unary(OP.NEG, this.binary('/', this.binary('+', dx, dy), den)));
  }
}

function invalid(code: TerrainError['code'], node: TerrainAst, what: string): TerrainError {
  const pos = typeof node?.pos === 'number' ? node.pos : 0;
  const end = typeof node?.end === 'number' ? node.end : pos;
  return new TerrainError(code, `Cannot compile this terrain: ${what}.`, pos, end - pos);
}

/**
 * Compiles a parsed terrain AST to a Field2 with exact value, gradient and Hessian. Evaluation
 * never throws and never allocates; domain errors come out as NaN or ±Infinity. Throws a
 * TerrainError only for a hand-built AST the parser could not have produced.
 */
export function compileTerrain(ast: TerrainAst): Field2 {
  const c = new Compiler();
  return c.finish(c.lower(ast, 1));
}

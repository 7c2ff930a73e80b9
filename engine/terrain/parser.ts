/**
 * Recursive-descent parser of the terrain language. Grammar, loosest binding first:
 *
 *   expr    := term (('+' | '-') term)*
 *   term    := unary (('*' | '/') unary)*
 *   unary   := ('-' | '+')* power            so -x^2 = -(x^2)
 *   power   := primary ('^' unary)?          right-assoc: x^y^z = x^(y^z); x^-1 is allowed
 *   primary := number | x | y | pi | e | fn '(' expr (',' expr)* ')' | '(' expr ')'
 *
 * Hostile input cannot hang it or blow the stack: the length is checked before anything else,
 * chains of + - * / and of signs are loops, and the only recursion (brackets, calls, the right
 * side of ^) is refused as soon as the bracket count or the guaranteed AST depth passes the limit.
 */
import {
  TERRAIN_CONSTANTS, TERRAIN_FUNCTIONS, TERRAIN_LIMITS, isTerrainFn,
  type TerrainAst, type TerrainBinOp, type TerrainFn,
} from './ast';
import { TerrainError } from './errors';
import { Lexer, type Token } from './lexer';

const OPERAND = 'a number, x, y, a function such as sin(...), or "("';
const MULTIPLY_HINT = ' To multiply, write * (for example 2*x).';

function describe(tok: Token): string {
  switch (tok.kind) {
    case 'end':
      return 'the end of the input';
    case 'num':
      return `the number ${tok.text.length > 20 ? tok.text.slice(0, 20) + '…' : tok.text}`;
    case 'ident':
      return `'${tok.text.length > 20 ? tok.text.slice(0, 20) + '…' : tok.text}'`;
    default:
      return `'${tok.text}'`;
  }
}

class Parser {
  private readonly lex: Lexer;
  private tok: Token;
  private prev: Token | null = null;
  private nodes = 0;
  private open = 0;
  // AST depth of every node built so far (1 for leaves).
  private readonly depths = new WeakMap<TerrainAst, number>();

  constructor(src: string) {
    this.lex = new Lexer(src);
    this.tok = this.lex.next();
  }

  parseAll(): TerrainAst {
    if (this.tok.kind === 'end') {
      throw new TerrainError('empty', 'The expression is empty: write a formula in x and y, such as x^2 + y^2.', 0, 0);
    }
    const node = this.expr(0);
    if (this.kind() !== 'end') {
      throw this.expected('an operator (+ - * / ^) or the end of the input', this.afterOperandHint());
    }
    return node;
  }

  // The current token's kind, read through a call so TypeScript does not keep a stale narrowing.
  private kind(): Token['kind'] {
    return this.tok.kind;
  }

  private advance(): void {
    this.prev = this.tok;
    this.tok = this.lex.next();
  }

  // `anc` counts the AST nodes certain to enclose whatever the call returns: a lower bound on
  // the depth above it, so refusing when anc + 1 > maxDepth only refuses doomed input early.
  private expr(anc: number): TerrainAst {
    let left = this.term(anc);
    while (this.tok.kind === 'op' && (this.tok.text === '+' || this.tok.text === '-')) {
      const op = this.tok.text as TerrainBinOp;
      this.advance();
      left = this.bin(op, left, this.term(anc + 1));
    }
    return left;
  }

  private term(anc: number): TerrainAst {
    let left = this.unary(anc);
    while (this.tok.kind === 'op' && (this.tok.text === '*' || this.tok.text === '/')) {
      const op = this.tok.text as TerrainBinOp;
      this.advance();
      left = this.bin(op, left, this.unary(anc + 1));
    }
    return left;
  }

  private unary(anc: number): TerrainAst {
    const signs: Token[] = [];
    let minus = 0;
    while (this.tok.kind === 'op' && (this.tok.text === '-' || this.tok.text === '+')) {
      // Each minus adds a node above the operand (itself at least 1 deep).
      if (this.tok.text === '-' && anc + ++minus + 1 > TERRAIN_LIMITS.maxDepth) throw this.tooDeep(this.tok.pos, 1);
      signs.push(this.tok);
      this.advance();
    }
    let node = this.power(anc + minus);
    for (let i = signs.length - 1; i >= 0; i--) {
      const s = signs[i];
      node = s.text === '-'
        ? this.make({ kind: 'neg', arg: node, pos: s.pos, end: node.end })
        : this.widen(node, s.pos, node.end);
    }
    return node;
  }

  private power(anc: number): TerrainAst {
    const base = this.primary(anc);
    if (this.tok.kind === 'op' && this.tok.text === '^') {
      this.advance();
      return this.bin('^', base, this.unary(anc + 1));
    }
    return base;
  }

  private primary(anc: number): TerrainAst {
    const t = this.tok;
    if (anc + 1 > TERRAIN_LIMITS.maxDepth) throw this.tooDeep(t.pos, t.end - t.pos);
    if (t.kind === 'num') {
      this.advance();
      return this.make({ kind: 'num', value: t.value, pos: t.pos, end: t.end });
    }
    if (t.kind === '(') {
      this.openBracket();
      const inner = this.expr(anc);
      const end = this.closeBracket(`to close the "(" at character ${t.pos + 1}`);
      return this.widen(inner, t.pos, end);
    }
    if (t.kind === 'ident') return this.identifier(t, anc);
    if (t.kind === 'op' && t.text === '*' && this.prev?.text === '*' && this.prev.end === t.pos) {
      throw this.expected(OPERAND, ' Powers are written with ^, for example x^2, not **.');
    }
    throw this.expected(OPERAND);
  }

  private identifier(t: Token, anc: number): TerrainAst {
    const name = t.text;
    if (name === 'x' || name === 'y') {
      this.advance();
      return this.make({ kind: 'var', name, pos: t.pos, end: t.end });
    }
    if (name === 'pi' || name === 'e') {
      this.advance();
      return this.make({ kind: 'num', value: TERRAIN_CONSTANTS[name], name, pos: t.pos, end: t.end });
    }
    if (!isTerrainFn(name)) throw this.unknown(t);
    this.advance();
    if (this.tok.kind !== '(') throw this.expected(`"(" after the function name '${name}'`);
    return this.call(name, t, anc);
  }

  private call(fn: TerrainFn, nameTok: Token, anc: number): TerrainAst {
    const info = TERRAIN_FUNCTIONS[fn];
    this.openBracket();
    const args: TerrainAst[] = [];
    if (this.tok.kind !== ')') {
      args.push(this.expr(anc + 1));
      while (this.tok.kind === ',') {
        this.advance();
        args.push(this.expr(anc + 1));
      }
    }
    const end = this.closeBracket(`or "," after an argument of ${fn}(...)`);
    if (args.length !== info.arity) {
      const want = info.arity === 1 ? '1 argument' : `${info.arity} arguments`;
      throw new TerrainError(
        'wrong-arity',
        `${fn} takes ${want}, as in ${info.signature}, but was given ${args.length}.`,
        nameTok.pos,
        end - nameTok.pos,
      );
    }
    return this.make({ kind: 'call', fn, args, pos: nameTok.pos, end });
  }

  // Consumes "(" and counts it against the bracket limit before any recursion happens.
  private openBracket(): void {
    if (this.open + 1 > TERRAIN_LIMITS.maxDepth) throw this.tooDeep(this.tok.pos, 1);
    this.open++;
    this.advance();
  }

  private closeBracket(what: string): number {
    if (this.tok.kind !== ')') throw this.expected(`")" ${what}`, this.afterOperandHint());
    const end = this.tok.end;
    this.open--;
    this.advance();
    return end;
  }

  private bin(op: TerrainBinOp, left: TerrainAst, right: TerrainAst): TerrainAst {
    return this.make({ kind: 'bin', op, left, right, pos: left.pos, end: right.end });
  }

  // Registers a new node: counts it and computes its depth, enforcing both limits.
  private make(node: TerrainAst): TerrainAst {
    if (++this.nodes > TERRAIN_LIMITS.maxNodes) {
      throw new TerrainError(
        'too-many-nodes',
        `The expression is too big: at most ${TERRAIN_LIMITS.maxNodes} numbers, variables, operations and function calls.`,
        node.pos,
        node.end - node.pos,
      );
    }
    let depth = 1;
    if (node.kind === 'neg') depth = 1 + this.depthOf(node.arg);
    else if (node.kind === 'bin') depth = 1 + Math.max(this.depthOf(node.left), this.depthOf(node.right));
    else if (node.kind === 'call') for (const a of node.args) depth = Math.max(depth, 1 + this.depthOf(a));
    if (depth > TERRAIN_LIMITS.maxDepth) throw this.tooDeep(node.pos, node.end - node.pos);
    this.depths.set(node, depth);
    return node;
  }

  private depthOf(node: TerrainAst): number {
    return this.depths.get(node) ?? 1;
  }

  // The same node with a span grown to cover its brackets or unary plus signs.
  private widen(node: TerrainAst, pos: number, end: number): TerrainAst {
    const wide = { ...node, pos, end };
    this.depths.set(wide, this.depthOf(node));
    return wide;
  }

  private tooDeep(pos: number, length: number): TerrainError {
    return new TerrainError(
      'too-deep',
      `The expression is nested too deeply: at most ${TERRAIN_LIMITS.maxDepth} levels of operations and brackets.`,
      pos,
      length,
    );
  }

  private unknown(t: Token): TerrainError {
    const lower = t.text.toLowerCase();
    const known = lower === 'x' || lower === 'y' || lower === 'pi' || lower === 'e' || isTerrainFn(lower);
    const hint = known && lower !== t.text
      ? ` Names are lower-case: did you mean '${lower}'?`
      : ` The variables are x and y, the constants pi and e, and the functions ${Object.keys(TERRAIN_FUNCTIONS).join(', ')}.`;
    return new TerrainError('unknown-identifier', `Unknown name ${describe(t)}.` + hint, t.pos, t.end - t.pos);
  }

  // After a complete operand: explains the usual slips (implicit product, stray ")" or ",").
  private afterOperandHint(): string {
    const t = this.tok;
    if (t.kind === 'num' || t.kind === 'ident' || t.kind === '(') return MULTIPLY_HINT;
    if (t.kind === ')' && this.open === 0) return ' This ")" has no matching "(".';
    if (t.kind === ',' && this.open === 0) return ' Commas only separate the arguments of a function.';
    return '';
  }

  // "Expected <what> but found <token>." plus an optional hint.
  private expected(what: string, hint = ''): TerrainError {
    const t = this.tok;
    const message = `Expected ${what} but found ${describe(t)}.` + hint;
    if (t.kind === 'end') return new TerrainError('unexpected-end', message, t.pos, 0);
    return new TerrainError('unexpected-token', message, t.pos, t.end - t.pos);
  }
}

/**
 * Parses a terrain expression over x and y into its AST. Throws a TerrainError (and nothing
 * else) for anything invalid, including input beyond TERRAIN_LIMITS.
 */
export function parseTerrain(src: string): TerrainAst {
  if (typeof src !== 'string') {
    throw new TerrainError('empty', 'Expected the expression as a string of text.', 0, 0);
  }
  if (src.length > TERRAIN_LIMITS.maxLength) {
    throw new TerrainError(
      'too-long',
      `The expression is ${src.length} characters long; the limit is ${TERRAIN_LIMITS.maxLength}.`,
      TERRAIN_LIMITS.maxLength,
      src.length - TERRAIN_LIMITS.maxLength,
    );
  }
  return new Parser(src).parseAll();
}

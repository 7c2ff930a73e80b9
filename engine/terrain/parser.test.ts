import { describe, expect, it } from 'vitest';
import {
  TERRAIN_FUNCTIONS, TERRAIN_LIMITS, TerrainError, formatTerrain, parseTerrain, type TerrainErrorCode,
} from './index';
import { allNodes, strip } from './testkit';

/** Canonical form of a parse: shows the structure the parser chose. */
const canon = (src: string) => formatTerrain(parseTerrain(src));

function errorOf(src: string): TerrainError {
  try {
    parseTerrain(src);
  } catch (e) {
    if (e instanceof TerrainError) return e;
    throw new Error(`threw a non-TerrainError for ${JSON.stringify(src)}: ${String(e)}`, { cause: e });
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
}

describe('precedence and associativity', () => {
  it.each([
    ['1 + 2 * 3', '1 + 2 * 3', { op: '+', l: { num: 1 }, r: { op: '*', l: { num: 2 }, r: { num: 3 } } }],
    ['(1 + 2) * 3', '(1 + 2) * 3', undefined],
    ['x - y - 1', 'x - y - 1', { op: '-', l: { op: '-', l: { var: 'x' }, r: { var: 'y' } }, r: { num: 1 } }],
    ['x - (y - 1)', 'x - (y - 1)', undefined],
    ['x / y / 2', 'x / y / 2', { op: '/', l: { op: '/', l: { var: 'x' }, r: { var: 'y' } }, r: { num: 2 } }],
    ['x * y / 2 * 3', 'x * y / 2 * 3', undefined],
    ['2^3^2', '2^3^2', { op: '^', l: { num: 2 }, r: { op: '^', l: { num: 3 }, r: { num: 2 } } }],
    ['(2^3)^2', '(2^3)^2', undefined],
    ['-x^2', '-x^2', { neg: { op: '^', l: { var: 'x' }, r: { num: 2 } } }],
    ['(-x)^2', '(-x)^2', undefined],
    ['x^-2', 'x^(-2)', { op: '^', l: { var: 'x' }, r: { neg: { num: 2 } } }],
    ['2^-x^2', '2^(-x^2)', undefined],
    ['-2 * x', '-2 * x', { op: '*', l: { neg: { num: 2 } }, r: { var: 'x' } }],
    ['x * -y', 'x * (-y)', undefined],
    ['x - -y', 'x - (-y)', undefined],
    ['--x', '-(-x)', { neg: { neg: { var: 'x' } } }],
    ['+x', 'x', { var: 'x' }],
    ['-+-x', '-(-x)', undefined],
    ['x + +y', 'x + y', undefined],
    ['2 * x^2 + 3 * y', '2 * x^2 + 3 * y', undefined],
    ['-(x + y)', '-(x + y)', undefined],
    [' \t x\n*\r\ny ', 'x * y', undefined],
    ['((((x))))', 'x', { var: 'x' }],
    ['pi * e', 'pi * e', { op: '*', l: { num: Math.PI, name: 'pi' }, r: { num: Math.E, name: 'e' } }],
    ['1e-3 + 2.5E+2 + .5 + 007 + 1E2', '0.001 + 250 + 0.5 + 7 + 100', undefined],
  ])('%s', (src, printed, tree) => {
    expect(canon(src)).toBe(printed);
    if (tree) expect(strip(parseTerrain(src))).toEqual(tree);
  });

  it('parses every built-in function with its arity', () => {
    for (const [fn, info] of Object.entries(TERRAIN_FUNCTIONS)) {
      const args = ['x', 'y', '1'].slice(0, info.arity);
      const ast = parseTerrain(`${fn}(${args.join(',')})`);
      expect(strip(ast)).toEqual({ fn, args: args.map((a) => (a === '1' ? { num: 1 } : { var: a })) });
      expect(formatTerrain(ast)).toBe(`${fn}(${args.join(', ')})`);
    }
    expect(canon('bump(1 + x, -y, sq(2))*3')).toBe('bump(1 + x, -y, sq(2)) * 3');
    expect(canon('min(max(x, y), sin(x)^2)')).toBe('min(max(x, y), sin(x)^2)');
  });

  it('spans cover each node, brackets and unary plus included', () => {
    const src = '2 * (x + +y)^2 - min(-x, 3)';
    const ast = parseTerrain(src);
    const texts = allNodes(ast).map((n) => src.slice(n.pos, n.end));
    expect(texts).toEqual([
      src, '2 * (x + +y)^2', '2', '(x + +y)^2', '(x + +y)', 'x', '+y', '2', 'min(-x, 3)', '-x', 'x', '3',
    ]);
  });
});

describe('errors: code, position, length', () => {
  const cases: Array<[string, TerrainErrorCode, number, number]> = [
    ['x +', 'unexpected-end', 3, 0],
    ['x +   ', 'unexpected-end', 3, 0],
    ['2 ** 3', 'unexpected-token', 3, 1],
    ['foo(x)', 'unknown-identifier', 0, 3],
    ['x + X', 'unknown-identifier', 4, 1],
    ['z', 'unknown-identifier', 0, 1],
    ['min(x)', 'wrong-arity', 0, 6],
    ['1 + bump(x, y)', 'wrong-arity', 4, 10],
    ['sin(x, y)', 'wrong-arity', 0, 9],
    ['sin()', 'wrong-arity', 0, 5],
    ['(x', 'unexpected-end', 2, 0],
    ['sin(x', 'unexpected-end', 5, 0],
    ['x)', 'unexpected-token', 1, 1],
    ['1..2', 'bad-number', 0, 2],
    ['1.', 'bad-number', 0, 2],
    ['x + .', 'bad-number', 4, 1],
    ['1.5.3', 'bad-number', 0, 5],
    ['1e999', 'bad-number', 0, 5],
    ['x × y', 'unexpected-char', 2, 1],
    ['x − y', 'unexpected-char', 2, 1],
    ['x + 😀', 'unexpected-char', 4, 2],
    ['x\u0000', 'unexpected-char', 1, 1],
    ['\ud800x', 'unexpected-char', 0, 1],
    ['x = 1', 'unexpected-char', 2, 1],
    ['x % 2', 'unexpected-char', 2, 1],
    ['', 'empty', 0, 0],
    [' \n\t ', 'empty', 0, 0],
    ['sin x', 'unexpected-token', 4, 1],
    ['sin', 'unexpected-end', 3, 0],
    ['x y', 'unexpected-token', 2, 1],
    ['2x', 'unexpected-token', 1, 1],
    ['x(2)', 'unexpected-token', 1, 1],
    ['min(x,)', 'unexpected-token', 6, 1],
    ['min(x y)', 'unexpected-token', 6, 1],
    ['()', 'unexpected-token', 1, 1],
    ['x, y', 'unexpected-token', 1, 1],
    ['*x', 'unexpected-token', 0, 1],
    ['x ^', 'unexpected-end', 3, 0],
    ['-', 'unexpected-end', 1, 0],
    ['-'.repeat(40), 'too-deep', 31, 1],
    ['-'.repeat(32) + 'x', 'too-deep', 31, 1],
    ['x^'.repeat(40), 'too-deep', 64, 1],
  ];
  it.each(cases)('%j → %s at %i (+%i)', (src, code, pos, length) => {
    const e = errorOf(src);
    expect({ code: e.code, pos: e.pos, length: e.length }).toEqual({ code, pos, length });
    expect(e.name).toBe('TerrainError');
    expect(e.message.length).toBeGreaterThan(10);
  });

  it('messages name what was expected and hint at the usual slips', () => {
    expect(errorOf('x +').message).toMatch(/^Expected a number, x, y.*end of the input/);
    expect(errorOf('2 ** 3').message).toMatch(/\^/);
    expect(errorOf('2x').message).toMatch(/2\*x/);
    expect(errorOf('(x').message).toMatch(/Expected "\)" to close the "\(" at character 1/);
    expect(errorOf('x)').message).toMatch(/no matching/);
    expect(errorOf('min(x)').message).toMatch(/min takes 2 arguments.*min\(a, b\).*given 1/);
    expect(errorOf('Sin(x)').message).toMatch(/did you mean 'sin'/);
    expect(errorOf('foo(x)').message).toMatch(/Unknown name 'foo'.*bump/);
    expect(errorOf('x × y').message).toMatch(/use \*/);
    expect(errorOf('\u0000').message).toMatch(/U\+0000/);
    expect(errorOf('\u0000').message.includes('\u0000')).toBe(false);
  });

  it('reports the first problem in reading order', () => {
    expect(errorOf('x ) ×').code).toBe('unexpected-token');
    expect(errorOf('foo + ×').code).toBe('unknown-identifier');
  });
});

describe('limits are exact', () => {
  const { maxLength, maxDepth, maxNodes } = TERRAIN_LIMITS;

  it('has the documented values', () => {
    expect(TERRAIN_LIMITS).toEqual({ maxLength: 500, maxDepth: 32, maxNodes: 200 });
    expect(Object.isFrozen(TERRAIN_LIMITS)).toBe(true);
  });

  it(`length: ${maxLength} characters pass, ${maxLength + 1} do not`, () => {
    const pad = (n: number) => 'x + y' + ' '.repeat(n - 5);
    expect(() => parseTerrain(pad(maxLength - 1))).not.toThrow();
    expect(() => parseTerrain(pad(maxLength))).not.toThrow();
    const e = errorOf(pad(maxLength + 1));
    expect([e.code, e.pos, e.length]).toEqual(['too-long', maxLength, 1]);
    // Checked before anything else: a long string of garbage is still "too long".
    expect(errorOf('×'.repeat(100_000)).code).toBe('too-long');
    const digits = '0.' + '0'.repeat(maxLength - 3) + '1';
    expect(parseTerrain(digits)).toMatchObject({ kind: 'num', value: Number(digits) });
  });

  it(`depth: ${maxDepth} levels pass, ${maxDepth + 1} do not, whatever builds them`, () => {
    const builders: Array<[string, (n: number) => string]> = [
      ['calls', (n) => 'sin('.repeat(n - 1) + 'x' + ')'.repeat(n - 1)],
      ['negations', (n) => '-'.repeat(n - 1) + 'x'],
      ['powers', (n) => Array(n).fill('x').join('^')],
      ['left sums', (n) => Array(n).fill('x').join(' + ')],
      ['right sums', (n) => 'x + ('.repeat(n - 1) + 'x' + ')'.repeat(n - 1)],
      // -(x + y) is 3 deep, each x*(...) adds 1, and the two trailing sums add 2.
      ['mixed', (n) => 'x*('.repeat(n - 5) + '-(x + y)' + ')'.repeat(n - 5) + ' + 1 + 2'],
    ];
    for (const [name, build] of builders) {
      expect(() => parseTerrain(build(maxDepth)), name).not.toThrow();
      expect(errorOf(build(maxDepth + 1)).code, name).toBe('too-deep');
    }
  });

  it(`brackets: ${maxDepth} open at once pass, ${maxDepth + 1} do not`, () => {
    const wrap = (n: number) => '('.repeat(n) + 'x' + ')'.repeat(n);
    expect(strip(parseTerrain(wrap(maxDepth)))).toEqual({ var: 'x' });
    const e = errorOf(wrap(maxDepth + 1));
    expect([e.code, e.pos, e.length]).toEqual(['too-deep', maxDepth, 1]);
    expect(errorOf('('.repeat(499)).code).toBe('too-deep');
  });

  it(`nodes: ${maxNodes} pass, ${maxNodes + 1} do not`, () => {
    // n terms x joined by + make 2n - 1 nodes; balanced so the depth stays small.
    const balanced = (n: number): string => (n === 1 ? 'x' : `(${balanced(Math.floor(n / 2))}+${balanced(n - Math.floor(n / 2))})`);
    const ok = '-' + balanced(100); // 199 + 1 nodes
    expect(allNodes(parseTerrain(ok))).toHaveLength(maxNodes);
    expect(ok.length).toBeLessThanOrEqual(maxLength);
    const bad = balanced(101); // 201 nodes
    expect(bad.length).toBeLessThanOrEqual(maxLength);
    expect(errorOf(bad).code).toBe('too-many-nodes');
    // Constants are nodes too.
    expect(allNodes(parseTerrain('-pi + ' + balanced(99)))).toHaveLength(maxNodes);
    expect(errorOf('e * pi + ' + balanced(99)).code).toBe('too-many-nodes');
  });
});

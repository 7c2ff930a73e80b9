import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TERRAIN_LIMITS, TerrainError, compileTerrain, formatTerrain, parseTerrain, type TerrainAst } from './index';
import { allNodes, anyAst, strip } from './testkit';

/**
 * Parses src and checks the contract: either a tree whose spans lie inside the source and which
 * compiles, or a TerrainError whose span lies inside the source. Anything else fails the test.
 */
function parseChecked(src: string): TerrainAst | TerrainError {
  let ast: TerrainAst;
  try {
    ast = parseTerrain(src);
  } catch (e) {
    if (!(e instanceof TerrainError)) {
      throw new Error(`non-TerrainError for ${JSON.stringify(src.slice(0, 80))}: ${String(e)}`, { cause: e });
    }
    expect(e.pos).toBeGreaterThanOrEqual(0);
    expect(e.length).toBeGreaterThanOrEqual(0);
    expect(e.pos + e.length).toBeLessThanOrEqual(src.length);
    expect(typeof e.code).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
    return e;
  }
  for (const n of allNodes(ast)) {
    expect(0 <= n.pos && n.pos < n.end && n.end <= src.length).toBe(true);
  }
  expect(allNodes(ast).length).toBeLessThanOrEqual(TERRAIN_LIMITS.maxNodes);
  compileTerrain(ast).eval(0.5, -0.5, new Float64Array(5), 2);
  return ast;
}

const TOKENS = [
  'x', 'y', 'pi', 'e', '0', '1', '2.5', '.5', '1e-3', '2E+2', '1.', '+', '-', '*', '/', '^', '**', '(', ')', ',',
  'sin', 'cos', 'exp', 'log', 'sqrt', 'abs', 'tanh', 'sigmoid', 'softplus', 'sq', 'min', 'max', 'bump', 'foo',
  'X', ' ', '  ', '\t', '\n', '×', '\u0000', '\ud800', '😀', '.', '=', 'e5', '1e', 'E',
];
const tokenSoup = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 80 })
  .chain((toks) => fc.constantFrom('', ' ').map((sep) => toks.join(sep)));
const codeUnits = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0, 0xd800, 0xdfff, 40, 41, 120)), { maxLength: 120 })
  .map((units) => String.fromCharCode(...units));

describe('the parser is total on hostile input', () => {
  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 600 }), (s) => void parseChecked(s)), { numRuns: 3000 });
  });

  it('arbitrary Unicode strings (any code point) and raw code units (lone surrogates, NUL)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => void parseChecked(s)), { numRuns: 2000 });
    fc.assert(fc.property(codeUnits, (s) => void parseChecked(s)), { numRuns: 2000 });
  });

  it("strings built from the language's own tokens", () => {
    let parsed = 0;
    fc.assert(
      fc.property(tokenSoup, (s) => {
        if (!(parseChecked(s) instanceof TerrainError)) parsed++;
      }),
      { numRuns: 5000 },
    );
    expect(parsed).toBeGreaterThan(0);
  });

  it('token patterns repeated many times (deep nesting, long chains)', () => {
    const repeated = fc
      .tuple(fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 300 }), tokenSoup)
      .map(([unit, n, tail]) => (unit.join('').repeat(n) + tail).slice(0, 520));
    fc.assert(fc.property(repeated, (s) => void parseChecked(s)), { numRuns: 3000 });
  });

  it('valid sources with one character inserted, deleted or replaced', () => {
    const mutated = fc
      .tuple(anyAst, fc.nat(), fc.constantFrom('del', 'ins', 'rep'), fc.constantFrom(...TOKENS.filter((t) => t.length === 1)))
      .map(([ast, k, how, ch]) => {
        const s = formatTerrain(ast);
        const i = s.length === 0 ? 0 : k % s.length;
        if (how === 'del') return s.slice(0, i) + s.slice(i + 1);
        if (how === 'ins') return s.slice(0, i) + ch + s.slice(i);
        return s.slice(0, i) + ch + s.slice(i + 1);
      });
    fc.assert(fc.property(mutated, (s) => void parseChecked(s)), { numRuns: 3000 });
  });

  it('deep nesting, long and repetitive inputs', () => {
    const hostile = [
      '('.repeat(100_000) + 'x' + ')'.repeat(100_000),
      '('.repeat(100_000),
      ')'.repeat(100_000),
      '('.repeat(499),
      '('.repeat(250) + ')'.repeat(250),
      '-'.repeat(499) + 'x',
      '-'.repeat(40),
      'x^'.repeat(40),
      'sin('.repeat(31) + '-'.repeat(5),
      '+'.repeat(499) + 'x',
      '-+'.repeat(249) + 'x',
      'x' + '^x'.repeat(249),
      'x' + '+x'.repeat(249),
      'x' + '*-x'.repeat(166),
      'sin('.repeat(100) + 'x' + ')'.repeat(100),
      'sin('.repeat(124),
      'min(x,'.repeat(83),
      'bump(' + 'x,'.repeat(247) + 'x)',
      '1'.repeat(500),
      '9'.repeat(400),
      '1e' + '9'.repeat(498),
      '.'.repeat(500),
      '0.' + '0'.repeat(497) + '1',
      'x'.repeat(500),
      'e'.repeat(500),
      'sigmoid'.repeat(71),
      '\u0000'.repeat(500),
      '\ud800'.repeat(500),
      '😀'.repeat(250),
      ' '.repeat(500),
      '\u00a0x\u2003+\ufeffy',
      'x' + ' '.repeat(10_000_000),
      '*'.repeat(500),
      '^'.repeat(500),
      ','.repeat(500),
      '(x),'.repeat(125),
    ];
    for (const s of hostile) parseChecked(s);
    expect(parseChecked('\u00a0x\u2003+\ufeffy')).not.toBeInstanceOf(TerrainError); // Unicode spaces are spaces
    expect((parseChecked('x' + ' '.repeat(10_000_000)) as TerrainError).code).toBe('too-long');
    expect((parseChecked('('.repeat(100_000)) as TerrainError).code).toBe('too-long');
    expect((parseChecked('('.repeat(499)) as TerrainError).code).toBe('too-deep');
    expect((parseChecked('-'.repeat(499) + 'x') as TerrainError).code).toBe('too-deep');
    expect((parseChecked('x' + '^x'.repeat(249)) as TerrainError).code).toBe('too-deep');
  });

  it('rejects non-string input with a TerrainError', () => {
    for (const v of [undefined, null, 42, {}, ['x']]) {
      expect(() => parseTerrain(v as unknown as string)).toThrow(TerrainError);
    }
  });
});

describe('printing round-trips', () => {
  it('parse(format(ast)) has the structure of ast, and spans re-parse to their node', () => {
    let checked = 0;
    fc.assert(
      fc.property(anyAst, (ast) => {
        const src = formatTerrain(ast);
        if (src.length > TERRAIN_LIMITS.maxLength) {
          expect((parseChecked(src) as TerrainError).code).toBe('too-long');
          return;
        }
        checked++;
        const back = parseTerrain(src);
        expect(strip(back)).toEqual(strip(ast));
        expect(formatTerrain(back)).toBe(src);
        for (const n of allNodes(back)) expect(strip(parseTerrain(src.slice(n.pos, n.end)))).toEqual(strip(n));
      }),
      { numRuns: 2000 },
    );
    expect(checked).toBeGreaterThan(1500);
  });

  it('formatting is canonical: reformatting any accepted source is a fixed point', () => {
    fc.assert(
      fc.property(tokenSoup, (s) => {
        const ast = parseChecked(s);
        if (ast instanceof TerrainError) return;
        const once = formatTerrain(ast);
        expect(formatTerrain(parseTerrain(once))).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('prints values the language has no literal for as equivalent expressions', () => {
    const num = (value: number): TerrainAst => ({ kind: 'num', value, pos: 0, end: 0 });
    expect(formatTerrain(num(-3))).toBe('-3');
    expect(formatTerrain({ kind: 'bin', op: '^', left: num(-3), right: num(2), pos: 0, end: 0 })).toBe('(-3)^2');
    expect(formatTerrain(num(Infinity))).toBe('(1/0)');
    expect(formatTerrain(num(NaN))).toBe('(0/0)');
    expect(formatTerrain(num(1e21))).toBe('1e+21');
    expect(parseTerrain('1e+21')).toMatchObject({ value: 1e21 });
    expect(parseTerrain(formatTerrain(num(5e-324)))).toMatchObject({ value: 5e-324 });
  });
});

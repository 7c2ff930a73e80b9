/**
 * The reference cannot drift from the parser: every name, character, function arity and limit
 * the parser accepts is in the reference, and everything the reference lists is accepted. The
 * parser is probed from outside (what parses, what fails and with which code), not read.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TERRAIN_FUNCTIONS, TERRAIN_LIMITS, childrenOf, type TerrainAst } from './ast';
import { TerrainError, type TerrainErrorCode } from './errors';
import { parseTerrain } from './parser';
import {
  TERRAIN_CONSTANT_INFO, TERRAIN_FUNCTION_REFERENCE, TERRAIN_GRAMMAR, TERRAIN_LIMIT_INFO, TERRAIN_OPERATORS,
  TERRAIN_VARIABLES,
} from './reference';

/** The error code parseTerrain throws for `src`, or null when it parses. */
function codeOf(src: string): TerrainErrorCode | null {
  try {
    parseTerrain(src);
    return null;
  } catch (e) {
    if (!(e instanceof TerrainError)) throw e;
    return e.code;
  }
}

const countNodes = (n: TerrainAst): number => 1 + childrenOf(n).reduce((s, c) => s + countNodes(c), 0);

const args = (k: number) => Array.from({ length: k }, (_, i) => (i % 2 ? 'y' : 'x')).join(', ');

describe('terrain reference', () => {
  it('documents exactly the functions the parser accepts, with their arity', () => {
    const documented = TERRAIN_FUNCTION_REFERENCE.map((f) => f.name).sort();
    // The parser's own list, as it tells a teacher who typed an unknown name.
    let listed: string[] = [];
    try {
      parseTerrain('nosuchname(x)');
    } catch (e) {
      const m = /the functions ([a-z, ]+)\./.exec((e as Error).message);
      listed = m ? m[1].split(', ') : [];
    }
    expect(listed.sort()).toEqual(documented);
    expect(Object.keys(TERRAIN_FUNCTIONS).sort()).toEqual(documented);
    for (const f of TERRAIN_FUNCTION_REFERENCE) {
      expect(f.doc.length, f.name).toBeGreaterThan(3);
      expect(f.signature.startsWith(`${f.name}(`), f.name).toBe(true);
      expect(f.signature.split(',').length, f.name).toBe(f.arity);
      expect(codeOf(`${f.name}(${args(f.arity)})`), f.name).toBeNull();
      expect(codeOf(f.signature.replace(/\b(a|b|cx|cy|s)\b/g, 'x')), f.signature).toBeNull();
      for (const k of [0, 1, 2, 3, 4]) {
        if (k !== f.arity) expect(codeOf(`${f.name}(${args(k)})`), `${f.name} with ${k}`).toBe('wrong-arity');
      }
      expect(codeOf(f.name), `${f.name} alone`).toBe('unexpected-end');
    }
  });

  it('documents exactly the bare names the parser accepts (variables and constants)', () => {
    const documented = [...TERRAIN_VARIABLES, ...TERRAIN_CONSTANT_INFO].map((v) => v.name).sort();
    // Every identifier of one to three lower-case letters, and the parser's verdict on each.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const accepted: string[] = [];
    const visit = (name: string) => {
      if (codeOf(name) === null) accepted.push(name);
      if (name.length < 3) for (const c of letters) visit(name + c);
    };
    for (const c of letters) visit(c);
    expect(accepted.sort()).toEqual(documented);
    for (const c of TERRAIN_CONSTANT_INFO) expect(c.value).toBe(c.name === 'pi' ? Math.PI : Math.E);
  });

  it('documents exactly the operator and punctuation characters the lexer accepts', () => {
    const documented = new Set(TERRAIN_OPERATORS.flatMap((o) => o.symbol.split(' ')));
    const accepted = new Set<string>();
    for (let cp = 0x21; cp < 0x7f; cp++) {
      const c = String.fromCharCode(cp);
      if (/[a-z0-9_.]/i.test(c)) continue; // names and numbers, covered elsewhere
      if (codeOf(`x ${c} y`) !== 'unexpected-char') accepted.add(c);
    }
    expect([...accepted].sort()).toEqual([...documented].sort());
    for (const o of TERRAIN_OPERATORS.filter((o) => o.kind !== 'punctuation')) {
      expect(codeOf(`x ${o.symbol} y`), o.symbol).toBeNull();
    }
    for (const o of TERRAIN_OPERATORS.filter((o) => o.kind === 'binary or sign')) {
      expect(codeOf(`${o.symbol}x`), o.symbol).toBeNull();
    }
  });

  it('states the limits the parser enforces, at their exact values', () => {
    expect(TERRAIN_LIMIT_INFO.map((l) => l.key).sort()).toEqual(Object.keys(TERRAIN_LIMITS).sort());
    const limit = (k: keyof typeof TERRAIN_LIMITS) => TERRAIN_LIMIT_INFO.find((l) => l.key === k)!.value;
    for (const l of TERRAIN_LIMIT_INFO) expect(l.value).toBe(TERRAIN_LIMITS[l.key]);

    const len = limit('maxLength');
    expect(codeOf('x' + ' '.repeat(len - 1))).toBeNull();
    expect(codeOf('x' + ' '.repeat(len))).toBe('too-long');

    // depth: k brackets around x parse to depth 1; -(-(...x)) adds one level per sign.
    const depth = limit('maxDepth');
    const negs = (k: number) => '-('.repeat(k) + 'x' + ')'.repeat(k);
    expect(codeOf(negs(depth - 1))).toBeNull();
    expect(codeOf(negs(depth))).toBe('too-deep');

    // nodes: shallow groups (x+x+x+x+x) of 9 nodes joined by +, and signs to make up the rest.
    const nodes = limit('maxNodes');
    const k = Math.floor((nodes + 1) / 10);
    const groups = Array.from({ length: k }, (_, i) => (i < nodes - (10 * k - 1) ? '-' : '') + '(x+x+x+x+x)');
    const full = groups.join('+');
    expect(countNodes(parseTerrain(full))).toBe(nodes);
    expect(codeOf(full + '+x')).toBe('too-many-nodes');
  });

  it('shows the grammar the parser states in its header', () => {
    const header = readFileSync(fileURLToPath(new URL('./parser.ts', import.meta.url)), 'utf8');
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    const lines = header.split('\n').map((l) => squash(l.replace(/^\s*\*/, '')));
    for (const g of TERRAIN_GRAMMAR) {
      const line = lines.find((l) => l.startsWith(`${g.name} :=`));
      expect(line, g.name).toBeDefined();
      expect(line!.startsWith(`${g.name} := ${squash(g.rule)}`), `${g.name}: ${line}`).toBe(true);
    }
    expect(lines.filter((l) => /^[a-z]+ :=/.test(l))).toHaveLength(TERRAIN_GRAMMAR.length);
  });
});

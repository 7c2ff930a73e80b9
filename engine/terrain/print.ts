/**
 * Prints an AST back to canonical source: single spaces around + - * /, none around ^, the
 * fewest brackets that keep the structure, except that a negation used as an operand is always
 * bracketed (`x - (-y)`, `x^(-1)`, `-(-x)`) for readability. For every AST the parser can produce,
 * parseTerrain(formatTerrain(ast)) has the same structure as ast (spans aside).
 */
import type { TerrainAst } from './ast';

// Binding strength of what a node prints as; an operand printed below its slot's minimum
// gets brackets.
const ATOM = 5;
const POW = 4;
const NEG = 3;
const MUL = 2;
const ADD = 1;

function numberText(value: number): { text: string; prec: number } {
  if (Number.isNaN(value)) return { text: '(0/0)', prec: ATOM };
  if (value === Infinity) return { text: '(1/0)', prec: ATOM };
  if (value === -Infinity) return { text: '(-1/0)', prec: ATOM };
  // The language has no negative literals: a negative value prints as a negation.
  if (value < 0 || Object.is(value, -0)) return { text: '-' + String(-value), prec: NEG };
  return { text: String(value), prec: ATOM };
}

function show(node: TerrainAst): { text: string; prec: number } {
  switch (node.kind) {
    case 'num':
      return node.name ? { text: node.name, prec: ATOM } : numberText(node.value);
    case 'var':
      return { text: node.name, prec: ATOM };
    case 'neg':
      return { text: '-' + operand(node.arg, NEG, true), prec: NEG };
    case 'call':
      return { text: `${node.fn}(${node.args.map((a) => show(a).text).join(', ')})`, prec: ATOM };
    case 'bin': {
      const { op } = node;
      if (op === '^') return { text: `${operand(node.left, ATOM, true)}^${operand(node.right, NEG, true)}`, prec: POW };
      const prec = op === '+' || op === '-' ? ADD : MUL;
      // Left-assoc: the left operand may bind as loosely as the operator, the right one must bind tighter.
      return { text: `${operand(node.left, prec, false)} ${op} ${operand(node.right, prec + 1, true)}`, prec };
    }
  }
}

// Text of a child in a slot that needs binding strength ≥ min; `bracketNeg` forces brackets
// around a leading minus in that slot.
function operand(node: TerrainAst, min: number, bracketNeg: boolean): string {
  const { text, prec } = show(node);
  if (prec < min || (bracketNeg && prec === NEG)) return `(${text})`;
  return text;
}

/**
 * Canonical source text of a terrain AST (see the module comment for the layout rules).
 * Recursive, so meant for trees within TERRAIN_LIMITS, as every parsed tree is.
 */
export function formatTerrain(ast: TerrainAst): string {
  return show(ast).text;
}

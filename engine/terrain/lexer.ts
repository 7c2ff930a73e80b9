/**
 * Lexer of the terrain language: turns source text into tokens on demand (one at a time, so the
 * first problem in reading order is the one reported). Works on UTF-16 code units; anything that
 * is not ASCII language text (other than Unicode whitespace) is an 'unexpected-char' error.
 */
import { TerrainError } from './errors';

/** Kinds of token. `op` covers + - * / ^. */
export type TokenKind = 'num' | 'ident' | 'op' | '(' | ')' | ',' | 'end';

/** One token: `text` is its source text, `value` the number for `num` tokens (else NaN). */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly value: number;
  readonly pos: number;
  readonly end: number;
}

const WHITESPACE = /\s/;

// Characters teachers paste from typeset maths, with what to type instead.
const CHAR_HINTS: Readonly<Record<string, string>> = {
  '×': 'use * to multiply',
  '·': 'use * to multiply',
  '⋅': 'use * to multiply',
  '÷': 'use / to divide',
  '−': 'use the ASCII - for minus',
  '–': 'use the ASCII - for minus',
  '²': 'write ^2 for a square',
  '³': 'write ^3 for a cube',
  'π': 'write pi',
  '√': 'write sqrt(a)',
  '=': 'write only the expression, e.g. x^2 + y^2, without "z ="',
  '[': 'use ( ) for grouping',
  ']': 'use ( ) for grouping',
  '{': 'use ( ) for grouping',
  '}': 'use ( ) for grouping',
};

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}

/** How a character is shown in a message: quoted when printable, always with its code point. */
function describeChar(cp: number): string {
  const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  const printable = cp > 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp < 0xa0) && !(cp >= 0xd800 && cp < 0xe000);
  return printable ? `'${String.fromCodePoint(cp)}' (${hex})` : hex;
}

/** Reads tokens from a source string, one per `next()` call; `end` tokens repeat forever. */
export class Lexer {
  private i = 0;
  // Where the `end` token sits: just after the last non-space character.
  private readonly endPos: number;

  /** Starts reading `src` (its length must already be checked against the limit). */
  constructor(private readonly src: string) {
    let e = src.length;
    while (e > 0 && WHITESPACE.test(src[e - 1])) e--;
    this.endPos = e;
  }

  /** The next token; throws TerrainError on a character or number it cannot read. */
  next(): Token {
    const src = this.src;
    while (this.i < src.length && WHITESPACE.test(src[this.i])) this.i++;
    const start = this.i;
    if (start >= src.length) return { kind: 'end', text: '', value: NaN, pos: this.endPos, end: this.endPos };
    const c = src.charCodeAt(start);
    if (isDigit(c) || c === 46 /* . */) return this.number(start);
    if (isIdentStart(c)) {
      let j = start + 1;
      while (j < src.length && isIdentPart(src.charCodeAt(j))) j++;
      this.i = j;
      return { kind: 'ident', text: src.slice(start, j), value: NaN, pos: start, end: j };
    }
    const ch = src[start];
    if (ch === '+' || ch === '-' || ch === '*' || ch === '/' || ch === '^') return this.single('op', start);
    if (ch === '(' || ch === ')' || ch === ',') return this.single(ch, start);
    const cp = src.codePointAt(start) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    const hint = CHAR_HINTS[ch];
    throw new TerrainError(
      'unexpected-char',
      `Unexpected character ${describeChar(cp)}` + (hint ? `: ${hint}.` : '. ' +
        'Expressions use x, y, numbers, + - * / ^, brackets ( ) and function names.'),
      start,
      width,
    );
  }

  private single(kind: TokenKind, start: number): Token {
    this.i = start + 1;
    return { kind, text: this.src[start], value: NaN, pos: start, end: start + 1 };
  }

  // digits [. digits] [(e|E) [+|-] digits], or . digits [...]. An `e` not followed by digits is
  // left alone: it is then the constant e (and the parser reports the missing operator).
  private number(start: number): Token {
    const src = this.src;
    let j = start;
    while (j < src.length && isDigit(src.charCodeAt(j))) j++;
    if (src[j] === '.') {
      j++;
      if (!(j < src.length && isDigit(src.charCodeAt(j)))) {
        throw new TerrainError(
          'bad-number',
          `Expected a digit after the decimal point in '${src.slice(start, j)}' (write 1.0 or 1, and 0.5 or .5).`,
          start,
          j - start,
        );
      }
      while (j < src.length && isDigit(src.charCodeAt(j))) j++;
    }
    if (src[j] === 'e' || src[j] === 'E') {
      let k = j + 1;
      if (src[k] === '+' || src[k] === '-') k++;
      if (k < src.length && isDigit(src.charCodeAt(k))) {
        while (k < src.length && isDigit(src.charCodeAt(k))) k++;
        j = k;
      }
    }
    if (src[j] === '.') {
      let k = j;
      while (k < src.length && (src[k] === '.' || isDigit(src.charCodeAt(k)))) k++;
      throw new TerrainError(
        'bad-number',
        `Malformed number '${src.slice(start, k)}': a number has at most one decimal point.`,
        start,
        k - start,
      );
    }
    const text = src.slice(start, j);
    const value = Number(text);
    if (!Number.isFinite(value)) {
      throw new TerrainError('bad-number', `The number ${text} is too large.`, start, j - start);
    }
    this.i = j;
    return { kind: 'num', text, value, pos: start, end: j };
  }
}

/**
 * Live checking of a terrain expression as the teacher types: the engine's own parser, and
 * the error turned into three pieces of text (before, the underlined part, after) so the view
 * can underline exactly what TerrainError points at.
 */
import { parseTerrain, TerrainError } from '@/engine';

/** A terrain problem ready to show. */
export interface TerrainProblem {
  readonly message: string;
  /** 0-based position and length (≥ 1 here, so there is always something to underline). */
  readonly pos: number;
  readonly length: number;
  readonly before: string;
  readonly marked: string;
  readonly after: string;
}

/** Null when the expression parses, else where and why it does not. */
export function checkTerrain(src: string): TerrainProblem | null {
  try {
    parseTerrain(src);
    return null;
  } catch (e) {
    if (!(e instanceof TerrainError)) throw e;
    const pos = Math.min(Math.max(0, e.pos), src.length);
    const length = Math.max(1, e.length);
    // At the end of the input there is nothing to underline: mark a space after it.
    const padded = pos + length > src.length ? src + ' '.repeat(pos + length - src.length) : src;
    return {
      message: e.message,
      pos,
      length,
      before: padded.slice(0, pos),
      marked: padded.slice(pos, pos + length),
      after: padded.slice(pos + length),
    };
  }
}

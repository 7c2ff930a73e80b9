/**
 * Legend layout inside a chart's SVG: items left to right, wrapped onto a new row when the next
 * one would not fit. Text width is estimated from the label length (no DOM to measure). Pure.
 */

/** A legend entry placed at x on its row. */
export interface LegendItem<S> {
  readonly series: S;
  readonly x: number;
}

/** Width of the line sample plus the gap before the label, and after an item. */
const SAMPLE = 23;
const GAP = 14;
/** Average advance of one character at the legend's font size (11 px). */
const CHAR = 6.2;
/** Height of a legend row. */
export const LEGEND_ROW = 16;

/** Rows of legend items within `width` (starting at x = 8). */
export function layoutLegend<S extends { readonly label: string }>(series: readonly S[], width: number): LegendItem<S>[][] {
  const rows: LegendItem<S>[][] = [];
  let row: LegendItem<S>[] = [];
  let x = 8;
  for (const s of series) {
    const w = SAMPLE + s.label.length * CHAR;
    if (row.length && x + w > width) {
      rows.push(row);
      row = [];
      x = 8;
    }
    row.push({ series: s, x });
    x += w + GAP;
  }
  if (row.length) rows.push(row);
  return rows;
}

/** Vertical space the rows take. */
export function legendHeight(rows: readonly unknown[]): number {
  return rows.length * LEGEND_ROW;
}

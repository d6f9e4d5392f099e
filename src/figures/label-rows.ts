/**
 * Places short labels above vertical event lines so that none overlap.
 *
 * Events in a trial are often close together (act onset, then hand–object contact a few hundred ms
 * later), and at figure sizes their names collide. Each label is centred on its line, slid inwards
 * if it would cross the plot's edges, and put in the first row where it clears its left neighbour;
 * crowded labels thus stack instead of overprinting.
 */

import { textWidth } from './text.js';

/** A label to place: its line's x (px) and text. */
export interface RowLabel {
  x: number;
  text: string;
}

/** A placed label: centre x (px, after sliding inside the bounds) and row (0 = lowest, nearest the plot). */
export interface PlacedLabel extends RowLabel {
  row: number;
}

/** Assigns rows to `labels` (px positions) within `[minX, maxX]`, keeping `gapPx` between neighbours. */
export function placeLabelRows(
  labels: RowLabel[],
  fontSize: number,
  minX: number,
  maxX: number,
  gapPx = 4,
): PlacedLabel[] {
  const rowEnds: number[] = [];
  return [...labels]
    .sort((a, b) => a.x - b.x || a.text.localeCompare(b.text))
    .map((label) => {
      const half = textWidth(label.text, fontSize) / 2;
      const x = Math.min(Math.max(label.x, minX + half), maxX - half);
      let row = rowEnds.findIndex((end) => end + gapPx <= x - half);
      if (row < 0) row = rowEnds.push(0) - 1;
      rowEnds[row] = x + half;
      return { x, text: label.text, row };
    });
}

/**
 * Time-axis ticks for narrow peri-event panels.
 *
 * Several PSTHs side by side leave each about 200 px for windows of one to three seconds; generic
 * tick choice then crowds labels like "−1000" into each other. Here tick marks and tick labels are
 * spaced separately: marks at a round step, labels only on every few of them, and always on 0, the
 * alignment event, which every reader looks for first.
 */

import { textWidth } from './text.js';

/** Tick positions (ms) and which of them carry a label. */
export interface TimeTicks {
  ticks: number[];
  labelled: number[];
}

/** Round steps in ms, ascending: 1, 2, 5 × 10^k. */
function roundSteps(): number[] {
  const steps: number[] = [];
  for (let k = -1; k <= 6; k++) for (const m of [1, 2, 5]) steps.push(m * 10 ** k);
  return steps;
}

/** Multiples of `step` inside `[start, end]` (0 is one of them whenever the window contains it). */
function multiples(start: number, end: number, step: number): number[] {
  const out: number[] = [];
  for (let i = Math.ceil(start / step - 1e-9); i * step <= end + 1e-9; i++) out.push(i * step + 0);
  return out;
}

/**
 * Chooses ticks for `[start, end]` ms drawn over `framePx` px with labels at `fontSize` px: labels on
 * the finest round step whose labels keep a gap between them, and unlabelled marks between labels
 * (at a half or a fifth of that step) where they stay at least `minMarkPx` apart.
 */
export function timeTicks(
  rangeMs: [number, number],
  framePx: number,
  fontSize: number,
  format: (t: number) => string,
  minMarkPx = 18,
): TimeTicks {
  const [start, end] = rangeMs;
  const pxPerMs = framePx / (end - start);
  const fits = (step: number) => {
    const widest = Math.max(...multiples(start, end, step).map((t) => textWidth(format(t), fontSize)));
    return step * pxPerMs >= widest + fontSize;
  };
  const labelStep = roundSteps().find(fits) ?? end - start;
  const markStep = [labelStep / 5, labelStep / 2].find((s) => s * pxPerMs >= minMarkPx) ?? labelStep;
  return { ticks: multiples(start, end, markStep), labelled: multiples(start, end, labelStep) };
}

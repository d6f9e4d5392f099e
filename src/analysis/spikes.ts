/**
 * Spike-train measurements as recorded in the lab: counts and rates in a window, the
 * peri-stimulus time histogram (PSTH) across trials, and the lagged correlation of two rate
 * signals (speaker–listener coupling). Times are in milliseconds; rates in spikes per second.
 */

import { correlationOf } from './moments.js';

/** Index of the first element ≥ value in a sorted array (its length if none), by binary search. */
function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Number of spikes in the half-open window [startMs, endMs) of ascending spike times, in
 * O(log n): a spike exactly at the end belongs to the next window, so adjacent windows never
 * count a spike twice. An empty or reversed window counts 0.
 */
export function countInWindow(sortedTimesMs: ArrayLike<number>, startMs: number, endMs: number): number {
  if (!(endMs > startMs)) return 0;
  return lowerBound(sortedTimesMs, endMs) - lowerBound(sortedTimesMs, startMs);
}

/**
 * Mean firing rate in [startMs, endMs): count / duration, in spikes/s (Hz).
 * @throws RangeError if the window is empty or reversed (no duration to divide by).
 */
export function rateInWindow(sortedTimesMs: ArrayLike<number>, startMs: number, endMs: number): number {
  if (!(endMs > startMs))
    throw new RangeError(`rateInWindow needs endMs > startMs, got [${startMs}, ${endMs})`);
  return (countInWindow(sortedTimesMs, startMs, endMs) * 1000) / (endMs - startMs);
}

export interface Psth {
  /** Start of each bin, ms relative to the alignment event: rangeMs[0] + k · binMs. */
  binStartsMs: number[];
  /** Mean rate over trials in each bin, spikes/s: count / (trials · bin width in s). */
  rateHz: number[];
}

/**
 * Peri-stimulus time histogram: spikes of every trial (times relative to the alignment event,
 * any order) counted in bins [lo + k·binMs, lo + (k+1)·binMs) covering [lo, hi), averaged over
 * trials and converted to spikes/s. Spikes outside [lo, hi) are ignored. If the range is not a
 * whole number of bins, the last bin is shorter and its rate uses its own width.
 * @throws RangeError for no trials, binMs ≤ 0 or an empty range.
 */
export function psth(trials: ArrayLike<number>[], binMs: number, rangeMs: readonly [number, number]): Psth {
  const [lo, hi] = rangeMs;
  if (trials.length === 0) throw new RangeError('psth needs at least one trial');
  if (!(binMs > 0)) throw new RangeError(`psth needs binMs > 0, got ${binMs}`);
  if (!(hi > lo)) throw new RangeError(`psth needs rangeMs[1] > rangeMs[0], got [${lo}, ${hi}]`);
  // The tolerance keeps a range of e.g. 0.3 / 0.1 (= 2.9999999999999996 bins) at 3 bins.
  const nBins = Math.max(1, Math.ceil((hi - lo) / binMs - 1e-9));
  const binStartsMs = new Array<number>(nBins);
  for (let k = 0; k < nBins; k++) binStartsMs[k] = lo + k * binMs;
  const edge = (k: number): number => (k >= nBins ? hi : binStartsMs[k]!);
  const counts = new Float64Array(nBins);
  for (const trial of trials) {
    for (let i = 0; i < trial.length; i++) {
      const t = trial[i]!;
      if (!(t >= lo && t < hi)) continue;
      // Index by division, then correct by one bin where rounding disagrees with the edges.
      let k = Math.min(nBins - 1, Math.floor((t - lo) / binMs));
      if (t < edge(k)) k--;
      else if (t >= edge(k + 1)) k++;
      counts[k]!++;
    }
  }
  const rateHz = new Array<number>(nBins);
  for (let k = 0; k < nBins; k++) {
    rateHz[k] = (counts[k]! * 1000) / (trials.length * (edge(k + 1) - edge(k)));
  }
  return { binStartsMs, rateHz };
}

export interface LagCorrelation {
  /** Lags in samples, −maxLag … maxLag. */
  lags: number[];
  /** r[i]: Pearson correlation of x(t) with y(t + lags[i]) over the overlapping samples. */
  r: number[];
}

/**
 * Correlation of x(t) with y(t + lag) for every lag in [−maxLag, maxLag] (in samples, e.g. PSTH
 * bins). A peak at a positive lag means y follows x by that lag, as a listener's activity follows
 * the speaker's. Each lag uses only the overlapping part of the two signals, with its own means
 * (a true Pearson r, not the biased cross-covariance estimate); r is NaN where the overlap is
 * shorter than 2 or constant.
 * @throws RangeError unless maxLag is a non-negative integer.
 */
export function lagCorrelation(x: ArrayLike<number>, y: ArrayLike<number>, maxLag: number): LagCorrelation {
  if (!(Number.isInteger(maxLag) && maxLag >= 0)) {
    throw new RangeError(`lagCorrelation needs a non-negative integer maxLag, got ${maxLag}`);
  }
  const lags: number[] = [];
  const r: number[] = [];
  for (let lag = -maxLag; lag <= maxLag; lag++) {
    // Pairs (x[t], y[t + lag]) with 0 ≤ t < x.length and 0 ≤ t + lag < y.length.
    const tStart = Math.max(0, -lag);
    const tEnd = Math.min(x.length, y.length - lag);
    lags.push(lag);
    r.push(correlationOf(x, tStart, y, tStart + lag, tEnd - tStart));
  }
  return { lags, r };
}

/**
 * Means, variances and the correlation coefficient of (slices of) arrays, shared by the summaries,
 * lag correlation and decoding. Two passes (mean first, then centred sums) avoid the cancellation
 * of Σx² − n x̄² when the mean is large relative to the spread, as with firing rates.
 */

/** Arithmetic mean of xs[start … start + length − 1] (NaN for length 0). */
export function meanOf(xs: ArrayLike<number>, start = 0, length = xs.length - start): number {
  let sum = 0;
  for (let i = start; i < start + length; i++) sum += xs[i]!;
  return sum / length;
}

/** Sample variance Σ(x − x̄)² / (n − 1) about a given mean (NaN for n < 2). */
export function sampleVarianceOf(
  xs: ArrayLike<number>,
  mean: number,
  start = 0,
  length = xs.length - start,
): number {
  if (length < 2) return NaN;
  let ss = 0;
  for (let i = start; i < start + length; i++) {
    const d = xs[i]! - mean;
    ss += d * d;
  }
  return ss / (length - 1);
}

/**
 * Pearson correlation r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²) of x[xStart + k] with
 * y[yStart + k] for k = 0 … length − 1, clamped to [−1, 1]. NaN when either slice is constant
 * (the correlation is undefined) or shorter than 2.
 */
export function correlationOf(
  x: ArrayLike<number>,
  xStart: number,
  y: ArrayLike<number>,
  yStart: number,
  length: number,
): number {
  if (length < 2) return NaN;
  const mx = meanOf(x, xStart, length);
  const my = meanOf(y, yStart, length);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  // Constancy is checked exactly: a constant slice's mean can be off by rounding, leaving tiny
  // non-zero deviations that would otherwise produce a meaningless r.
  let xVaries = false;
  let yVaries = false;
  const x0 = x[xStart]!;
  const y0 = y[yStart]!;
  for (let k = 0; k < length; k++) {
    const xk = x[xStart + k]!;
    const yk = y[yStart + k]!;
    if (xk !== x0) xVaries = true;
    if (yk !== y0) yVaries = true;
    const dx = xk - mx;
    const dy = yk - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!xVaries || !yVaries || !(sxx > 0 && syy > 0)) return NaN;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

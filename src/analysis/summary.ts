/**
 * Summaries that experiments report across simulated subjects: a mean with its t interval, a
 * proportion with its Wilson interval, a standardized effect size with its interval, and a
 * correlation with its p-value.
 */

import { logGammaRatio } from './gamma.js';
import { correlationOf, meanOf, sampleVarianceOf } from './moments.js';
import { normalQuantile } from './normal.js';
import { tCdf, tQuantile } from './t-distribution.js';

/** The two-sided critical value's tail α/2 for a confidence level, validated. */
function halfAlpha(level: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  return (1 - level) / 2;
}

export interface MeanCI {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1 denominator); NaN when n = 1. */
  sd: number;
  /** Standard error sd / √n; NaN when n = 1. */
  sem: number;
  low: number;
  high: number;
}

/**
 * Mean with the t confidence interval x̄ ± t_{1−α/2, n−1} · s/√n (exact for normal data, and
 * what papers report for "mean ± CI across subjects"). With n = 1 the spread is unknown:
 * sd and sem are NaN and the interval collapses to low = high = mean, so a single subject still
 * plots as a point.
 * @throws Error for an empty sample, RangeError for a level outside (0, 1).
 */
export function meanCI(xs: ArrayLike<number>, level = 0.95): MeanCI {
  const tail = halfAlpha(level);
  const n = xs.length;
  if (n === 0) throw new Error('meanCI needs at least one value');
  const mean = meanOf(xs);
  if (n === 1) return { n, mean, sd: NaN, sem: NaN, low: mean, high: mean };
  const sd = Math.sqrt(sampleVarianceOf(xs, mean));
  const sem = sd / Math.sqrt(n);
  const half = -tQuantile(tail, n - 1) * sem;
  return { n, mean, sd, sem, low: mean - half, high: mean + half };
}

export interface ProportionCI {
  /** The observed proportion successes / n. */
  proportion: number;
  low: number;
  high: number;
}

/**
 * Wilson score interval for a binomial proportion (Wilson 1927): with p̂ = k/n and z = z_{1−α/2},
 *   centre = (p̂ + z²/(2n)) / (1 + z²/n),  half-width = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/(4n²)).
 * Unlike p̂ ± z√(p̂(1−p̂)/n) it stays inside [0, 1] and keeps its coverage at 0/n and n/n, which
 * matter for "fraction of neurons that are mirror neurons" with few recorded cells.
 * @throws RangeError unless n > 0 and 0 ≤ successes ≤ n.
 */
export function wilsonCI(successes: number, n: number, level = 0.95): ProportionCI {
  const tail = halfAlpha(level);
  if (!(n > 0)) throw new RangeError(`wilsonCI needs n > 0, got ${n}`);
  if (!(successes >= 0 && successes <= n)) {
    throw new RangeError(`wilsonCI needs 0 ≤ successes ≤ n, got ${successes} of ${n}`);
  }
  const z = -normalQuantile(tail);
  const z2n = (z * z) / n;
  const p = successes / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return {
    proportion: p,
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === n ? 1 : Math.min(1, centre + half),
  };
}

export interface StandardizedMeanDifference {
  /** Cohen's d: (x̄_a − x̄_b) / s_pooled. */
  d: number;
  /** Hedges' g = J · d, corrected for the small-sample bias of d. */
  g: number;
  /** Large-sample standard error of g. */
  se: number;
  /** Confidence interval g ± z_{1−α/2} · se. */
  low: number;
  high: number;
}

/**
 * Standardized mean difference of a over b (Hedges & Olkin 1985).
 *   s_pooled² = ((n_a − 1)s_a² + (n_b − 1)s_b²) / (n_a + n_b − 2),  d = (x̄_a − x̄_b) / s_pooled,
 *   g = J d with the exact J = Γ(m/2) / (√(m/2) Γ((m − 1)/2)), m = n_a + n_b − 2
 *   (≈ 1 − 3/(4m − 1)), and Var(g) ≈ (n_a + n_b)/(n_a n_b) + g²/(2(n_a + n_b)).
 * When the pooled sd is 0, d and g are ±Infinity (or NaN for equal means) and the interval NaN.
 * @throws Error unless each sample has at least 2 values.
 */
export function standardizedMeanDifference(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  level = 0.95,
): StandardizedMeanDifference {
  const tail = halfAlpha(level);
  const na = a.length;
  const nb = b.length;
  if (na < 2 || nb < 2) {
    throw new Error(`standardizedMeanDifference needs at least 2 values per sample, got ${na} and ${nb}`);
  }
  const ma = meanOf(a);
  const mb = meanOf(b);
  const m = na + nb - 2;
  const pooled = Math.sqrt(((na - 1) * sampleVarianceOf(a, ma) + (nb - 1) * sampleVarianceOf(b, mb)) / m);
  const d = (ma - mb) / pooled;
  // ln J = ln Γ(m/2) − ln Γ((m−1)/2) − ½ ln(m/2).
  const j = Math.exp(-logGammaRatio((m - 1) / 2, 0.5) - 0.5 * Math.log(m / 2));
  const g = j * d;
  const se = Number.isFinite(g) ? Math.sqrt((na + nb) / (na * nb) + (g * g) / (2 * (na + nb))) : NaN;
  const z = -normalQuantile(tail);
  return { d, g, se, low: g - z * se, high: g + z * se };
}

export interface PearsonResult {
  r: number;
  /** t = r √((n − 2) / (1 − r²)), Student t with n − 2 df under H₀: ρ = 0 (bivariate normal). */
  t: number;
  /** Two-sided p-value 2 P(T_{n−2} > |t|). */
  p: number;
  n: number;
}

/**
 * Pearson correlation with its two-sided test of zero correlation. If either variable is
 * constant, r, t and p are NaN; |r| = 1 gives t = ±Infinity and p = 0.
 * @throws Error if the lengths differ or n < 3 (the test needs n − 2 ≥ 1 df).
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): PearsonResult {
  const n = x.length;
  if (y.length !== n) throw new Error(`pearson needs samples of equal length, got ${n} and ${y.length}`);
  if (n < 3) throw new Error(`pearson needs at least 3 pairs, got ${n}`);
  const r = correlationOf(x, 0, y, 0, n);
  if (Number.isNaN(r)) return { r, t: NaN, p: NaN, n };
  const t = Math.abs(r) === 1 ? r * Infinity : r * Math.sqrt((n - 2) / ((1 - r) * (1 + r)));
  const p = Math.min(1, 2 * tCdf(-Math.abs(t), n - 2));
  return { r, t, p, n };
}

/**
 * The exact null distribution of the Mann–Whitney U statistic (no ties).
 *
 * Under H₀ every choice of which n₁ of the N = n₁ + n₂ pooled ranks belong to the first sample
 * is equally likely, and U counts the pairs (aᵢ, bⱼ) with aᵢ > bⱼ. The number of choices giving
 * U = k is the coefficient of q^k in the Gaussian binomial coefficient
 *   [N choose n₁]_q = ∏ᵢ₌₁..ₘ (1 − q^(n+i)) / (1 − q^i),  m = min(n₁, n₂), n = max(n₁, n₂),
 * which this builds one factor at a time: multiplying by (1 − q^(n+i)) and dividing by
 * (1 − q^i) are each one pass of a dynamic program over the counts. After factor i the array
 * holds [n+i choose i]_q, whose coefficients are integers summing to C(n+i, i), so every step is
 * exact in double precision while C(N, m) ≤ 2⁵³.
 */

import type { Alternative } from './rank-sum.js';

/** The largest integer below which every double is exact. */
const EXACT_LIMIT = 2 ** 53;

/** C(N, k) as a double (exact while it is below 2⁵³). */
export function binomialCoefficient(total: number, k: number): number {
  k = Math.min(k, total - k);
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (total - k + i)) / i;
  return Math.round(c);
}

/** Whether the counts of U for sizes n₁, n₂ can be computed exactly in doubles. */
export function mannWhitneyExactFeasible(n1: number, n2: number): boolean {
  return binomialCoefficient(n1 + n2, Math.min(n1, n2)) <= EXACT_LIMIT / 4;
}

/**
 * Distributions already built, keyed by "min,max" (U's distribution is the same for swapped
 * sizes). An experiment tests many units with the same trial counts, so this saves rebuilding
 * the same array thousands of times; it is cleared when it grows past a few dozen sizes.
 */
const cache = new Map<string, Float64Array>();
const CACHE_LIMIT = 64;

/**
 * counts[k] = number of the C(n₁ + n₂, n₁) rank assignments with U = k, for k = 0 … n₁n₂.
 * The distribution is symmetric: counts[k] = counts[n₁n₂ − k]. Returns a fresh array.
 */
export function mannWhitneyCounts(n1: number, n2: number): Float64Array {
  return cachedCounts(n1, n2).slice();
}

/** The shared, cached counts; callers must not modify them. */
function cachedCounts(n1: number, n2: number): Float64Array {
  const key = `${Math.min(n1, n2)},${Math.max(n1, n2)}`;
  let counts = cache.get(key);
  if (!counts) {
    counts = buildCounts(n1, n2);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, counts);
  }
  return counts;
}

function buildCounts(n1: number, n2: number): Float64Array {
  if (!mannWhitneyExactFeasible(n1, n2)) {
    throw new RangeError(`exact Mann–Whitney distribution is too large for n1 = ${n1}, n2 = ${n2}`);
  }
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const top = n1 * n2;
  const counts = new Float64Array(top + 1);
  counts[0] = 1;
  for (let i = 1; i <= m; i++) {
    // Multiply by (1 − q^(n+i)), truncated at degree n₁n₂ (the final degree).
    const up = n + i;
    for (let k = top; k >= up; k--) counts[k] = counts[k]! - counts[k - up]!;
    // Divide by (1 − q^i): multiply by 1 + q^i + q^(2i) + …, i.e. a running sum with stride i.
    for (let k = i; k <= top; k++) counts[k] = counts[k]! + counts[k - i]!;
  }
  return counts;
}

/**
 * Exact p-value of an integer U for the first sample: P(U ≤ u) for 'less', P(U ≥ u) for
 * 'greater', and min(1, 2 · min of the two) for 'two-sided'. Tails are summed as integers
 * and divided once by the total, so small p-values are exact to rounding.
 */
export function mannWhitneyExactP(u: number, n1: number, n2: number, alternative: Alternative): number {
  const counts = cachedCounts(n1, n2);
  let total = 0;
  let below = 0;
  let above = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k]!;
    total += c;
    if (k <= u) below += c;
    if (k >= u) above += c;
  }
  if (alternative === 'less') return below / total;
  if (alternative === 'greater') return above / total;
  return Math.min(1, (2 * Math.min(below, above)) / total);
}

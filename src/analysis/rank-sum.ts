/**
 * Wilcoxon rank-sum / Mann–Whitney U test for two independent samples.
 *
 * Spike counts are small integers with many ties (often many zeros) and skewed, so comparing
 * firing between conditions or between simulated subjects uses ranks rather than means.
 *
 * U for the first sample is U = R₁ − n₁(n₁ + 1)/2, where R₁ is the sum of its ranks in the pooled
 * sample (tied values share their average rank); equivalently the number of pairs (aᵢ, bⱼ) with
 * aᵢ > bⱼ plus half the tied pairs. Under H₀, E[U] = n₁n₂/2 and, with tie groups of sizes tₖ,
 *   Var[U] = n₁n₂/12 · ((N + 1) − Σₖ(tₖ³ − tₖ) / (N(N − 1))),  N = n₁ + n₂.
 */

import { mannWhitneyExactFeasible, mannWhitneyExactP } from './mann-whitney-exact.js';
import { normalCdf } from './normal.js';

/**
 * The alternative hypothesis. 'greater': the first sample tends to be larger than the second
 * (stochastically dominates it); 'less': smaller; 'two-sided': either.
 */
export type Alternative = 'two-sided' | 'greater' | 'less';

/** Samples up to this size (both) with no ties get the exact null distribution by default. */
const EXACT_MAX_SIZE = 25;

export interface RankSumResult {
  /** U of the first sample: pairs with aᵢ > bⱼ, ties counted ½. U of the second is n₁n₂ − u. */
  u: number;
  /**
   * (U − n₁n₂/2) / σ with the tie-corrected σ and no continuity correction: positive when `a`
   * tends to be larger. A sign and size to report; the p-value is computed as `method` says.
   */
  z: number;
  /** p-value for the chosen alternative. */
  p: number;
  /** 'exact': enumeration of the null distribution; 'normal': normal approximation. */
  method: 'exact' | 'normal';
}

/**
 * Rank-sum test of H₀ "a and b come from the same distribution".
 *
 * `method` 'auto' uses the exact null distribution of U when there are no ties and both samples
 * have at most 25 values, and otherwise the normal approximation with the tie-corrected variance
 * and a continuity correction of ½ towards the mean: z = (U − n₁n₂/2 ∓ ½)/σ. 'exact' throws if
 * there are ties (the exact distribution assumes none); 'normal' always approximates.
 * When all values are identical there is no information: z = 0 and p = 1.
 *
 * @param alternative 'greater': a tends to be larger than b; 'less': smaller; 'two-sided': either.
 * @throws Error if a sample is empty or contains NaN.
 */
export function rankSum(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  alternative: Alternative = 'two-sided',
  method: 'auto' | 'exact' | 'normal' = 'auto',
): RankSumResult {
  if (alternative !== 'two-sided' && alternative !== 'greater' && alternative !== 'less') {
    throw new Error(`rankSum: alternative must be 'two-sided', 'greater' or 'less', got '${alternative}'`);
  }
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new Error(`rankSum needs two non-empty samples, got sizes ${n1} and ${n2}`);
  const total = n1 + n2;
  const pooled = new Float64Array(total);
  for (let i = 0; i < n1; i++) pooled[i] = a[i]!;
  for (let j = 0; j < n2; j++) pooled[n1 + j] = b[j]!;
  for (let i = 0; i < total; i++) {
    if (Number.isNaN(pooled[i])) throw new Error(`rankSum: sample ${i < n1 ? 'a' : 'b'} contains NaN`);
  }
  const order = new Uint32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((i, j) => {
    const x = pooled[i]!;
    const y = pooled[j]!;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  // Walk runs of equal values: positions start … end − 1 share the rank (start + 1 + end) / 2.
  let rankSumA = 0;
  let tieTerm = 0;
  for (let start = 0; start < total; ) {
    const value = pooled[order[start]!]!;
    let end = start + 1;
    while (end < total && pooled[order[end]!]! === value) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) if (order[k]! < n1) rankSumA += rank;
    const t = end - start;
    tieTerm += t * t * t - t;
    start = end;
  }
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  if (!(variance > 0)) {
    if (method === 'exact')
      throw new Error('rankSum: exact method needs untied data, but all values are equal');
    return { u, z: 0, p: 1, method: 'normal' };
  }
  const sd = Math.sqrt(variance);
  const z = (u - mean) / sd;
  const ties = tieTerm > 0;
  if (method === 'exact' && ties) throw new Error('rankSum: exact method needs untied data; use normal');
  const useExact =
    method === 'exact' ||
    (method === 'auto' &&
      !ties &&
      n1 <= EXACT_MAX_SIZE &&
      n2 <= EXACT_MAX_SIZE &&
      mannWhitneyExactFeasible(n1, n2));
  if (useExact) return { u, z, p: mannWhitneyExactP(u, n1, n2, alternative), method: 'exact' };
  return { u, z, p: normalP(u - mean, sd, alternative), method: 'normal' };
}

/** Normal-approximation p-value of a deviation d = U − E[U], with a continuity correction of ½. */
function normalP(deviation: number, sd: number, alternative: Alternative): number {
  if (alternative === 'greater') return normalCdf(-(deviation - 0.5) / sd);
  if (alternative === 'less') return normalCdf((deviation + 0.5) / sd);
  const corrected = Math.max(Math.abs(deviation) - 0.5, 0);
  return Math.min(1, 2 * normalCdf(-corrected / sd));
}

/**
 * Does a unit respond in a condition? Its firing rate in a response window is
 * compared with its rate in a baseline window over the same trials: the response is
 * significant when the one-sided Wilcoxon rank-sum test gives p < alpha AND the mean
 * increase is at least `minIncreaseHz` (an effect-size floor, so that a tiny but
 * consistent change in a quiet unit does not count as a response, as a physiologist
 * listening to the audio monitor would not count it either).
 */
import { rankSum } from './rank-sum.js';

export interface ResponseCriterion {
  alpha: number;
  minIncreaseHz: number;
}

export interface UnitResponse {
  /** Mean rate in the response window minus mean baseline rate (Hz). */
  increaseHz: number;
  p: number;
  significant: boolean;
}

/** Responses of every unit: response[trial][unit] and baseline[trial][unit] are rates (Hz). */
export function unitResponses(
  response: readonly Float64Array[],
  baseline: readonly Float64Array[],
  criterion: ResponseCriterion,
): UnitResponse[] {
  if (response.length === 0 || baseline.length === 0) throw new Error('unitResponses: no trials');
  const units = response[0]!.length;
  const out: UnitResponse[] = [];
  const a = new Float64Array(response.length);
  const b = new Float64Array(baseline.length);
  for (let u = 0; u < units; u++) {
    let sa = 0;
    let sb = 0;
    for (let k = 0; k < response.length; k++) sa += a[k] = response[k]![u]!;
    for (let k = 0; k < baseline.length; k++) sb += b[k] = baseline[k]![u]!;
    const increaseHz = sa / a.length - sb / b.length;
    const p = increaseHz > 0 ? rankSum(a, b, 'greater').p : 1;
    out.push({ increaseHz, p, significant: p < criterion.alpha && increaseHz >= criterion.minIncreaseHz });
  }
  return out;
}

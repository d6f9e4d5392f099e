import { meanCI, wilsonCI } from '../../analysis/summary.js';
import type { MetricSummary, SubjectOutput } from '../types.js';

/** Pool one per-subject metric: mean and 95% CI (t distribution) across subjects. */
export function pooled(outputs: readonly SubjectOutput[], key: string, unit: string): MetricSummary {
  const perSubject = outputs
    .map((o) => o.metrics[key])
    .filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (perSubject.length === 0)
    return { mean: Number.NaN, low: Number.NaN, high: Number.NaN, n: 0, perSubject, unit };
  const ci = meanCI(perSubject);
  let low = perSubject.length > 1 ? ci.low : ci.mean;
  let high = perSubject.length > 1 ? ci.high : ci.mean;
  // a percentage cannot leave [0, 100]: clip the interval (the mean is inside already)
  if (unit === '%') {
    low = Math.max(0, low);
    high = Math.min(100, high);
  }
  return { mean: ci.mean, low, high, n: perSubject.length, perSubject, unit };
}

/**
 * A proportion pooled over subjects: the sum of `hits` over the sum of `totals`, with
 * its Wilson 95% interval (for sparse categories, where per-subject percentages of a
 * handful of units would be noise). n is the number of units pooled.
 */
export function pooledFraction(
  outputs: readonly SubjectOutput[],
  hits: string,
  totals: string,
): MetricSummary {
  let k = 0;
  let n = 0;
  for (const o of outputs) {
    k += o.metrics[hits] ?? 0;
    n += o.metrics[totals] ?? 0;
  }
  if (n === 0)
    return { mean: Number.NaN, low: Number.NaN, high: Number.NaN, n: 0, perSubject: [], unit: '%' };
  const ci = wilsonCI(k, n);
  return {
    mean: (100 * k) / n,
    low: 100 * ci.low,
    high: 100 * ci.high,
    n,
    perSubject: outputs.map((o) =>
      o.metrics[totals] ? (100 * (o.metrics[hits] ?? 0)) / o.metrics[totals]! : Number.NaN,
    ),
    unit: '%',
  };
}

/** "18.4% [15.1, 21.7]" */
export function formatMetric(m: MetricSummary, digits = 1): string {
  if (m.n === 0) return 'n/a';
  const f = (x: number) => x.toFixed(digits);
  const unit = m.unit === '%' ? '%' : m.unit ? ` ${m.unit}` : '';
  return m.n > 1 ? `${f(m.mean)}${unit} [${f(m.low)}, ${f(m.high)}]` : `${f(m.mean)}${unit}`;
}

/** "17%", "0.5%" → "<1%". */
export function formatPercent(value: number): string {
  if (value > 0 && value < 1) return '<1%';
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/**
 * Decoding from a pseudo-population: the audio-visual mirror units of every simulated
 * monkey side by side, trial k of one monkey next to trial k of the others — how
 * single-unit studies decode from neurons recorded in different sessions and animals.
 */
import { leaveOneOutDecode } from '../../analysis/decoding.js';
import { wilsonCI } from '../../analysis/summary.js';
import type { MetricSummary, SubjectOutput } from '../types.js';

/** Per subject: for each act, the sound-only rates of its audio-visual mirror units (trials × units). */
export type SoundRates = Record<string, number[][]>;

export function pooledDecoding(outputs: readonly SubjectOutput[]): MetricSummary {
  const perSubject = outputs.map(
    (o) => (o.data as { soundRates?: SoundRates } | undefined)?.soundRates ?? {},
  );
  const acts = Object.keys(perSubject[0] ?? {});
  const units = perSubject.reduce((s, r) => s + (r[acts[0]!]?.[0]?.length ?? 0), 0);
  const empty: MetricSummary = {
    mean: Number.NaN,
    low: Number.NaN,
    high: Number.NaN,
    n: 0,
    perSubject: [],
    unit: '%',
  };
  if (acts.length < 2 || units < 2) return empty;
  const samples = acts.flatMap((act) => {
    const trials = Math.min(...perSubject.map((r) => r[act]?.length ?? 0));
    return Array.from({ length: trials }, (_, k) => ({
      label: act,
      features: perSubject.flatMap((r) => r[act]![k]!),
    }));
  });
  const result = leaveOneOutDecode(samples, 'nearestCentroid');
  const correct = Math.round(result.accuracy * result.n);
  const ci = wilsonCI(correct, result.n);
  return {
    mean: 100 * result.accuracy,
    low: 100 * ci.low,
    high: 100 * ci.high,
    n: result.n,
    perSubject: outputs.map((o) => o.metrics.decodingPct ?? Number.NaN),
    unit: '%',
  };
}

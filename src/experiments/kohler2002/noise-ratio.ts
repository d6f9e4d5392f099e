/**
 * How much the control noises drive the audio-visual mirror units, as a fraction of what
 * the sounds of their acts do — pooled over the units of every simulated monkey, so each
 * unit counts once (a monkey with a single such unit would otherwise weigh as much as one
 * with thirty, and its one noisy ratio could decide the criterion).
 */
import { meanCI } from '../../analysis/summary.js';
import type { MetricSummary, SubjectOutput } from '../types.js';

/** Per subject, per audio-visual mirror unit: mean increase over the control noises, and its best sound increase (Hz). */
export interface NoiseResponses {
  noiseIncreaseHz: number[];
  soundIncreaseHz: number[];
}

/** One monkey's ratio: its units' summed noise response over their summed sound response (NaN without sound response). */
export function noiseRatio(r: NoiseResponses): number {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const sound = sum(r.soundIncreaseHz);
  return sound > 0 ? sum(r.noiseIncreaseHz) / sound : Number.NaN;
}

export function pooledNoiseRatio(outputs: readonly SubjectOutput[]): MetricSummary {
  const noise: number[] = [];
  const sound: number[] = [];
  for (const o of outputs) {
    const r = (o.data as { noise?: NoiseResponses } | undefined)?.noise;
    if (!r) continue;
    noise.push(...r.noiseIncreaseHz);
    sound.push(...r.soundIncreaseHz);
  }
  const perSubject = outputs.map((o) => o.metrics.noiseRatio ?? Number.NaN);
  const meanSound = sound.reduce((s, x) => s + x, 0) / Math.max(1, sound.length);
  if (noise.length === 0 || !(meanSound > 0))
    return { mean: Number.NaN, low: Number.NaN, high: Number.NaN, n: 0, perSubject, unit: '' };
  // The ratio of the means, with the interval of the noise mean (the sound mean, over the
  // same units, is far better determined than the ~0 noise responses).
  const ci = meanCI(noise.map((x) => x / meanSound));
  return { mean: ci.mean, low: ci.low, high: ci.high, n: noise.length, perSubject, unit: '' };
}

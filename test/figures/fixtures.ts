/**
 * Fixed data for the figure tests: a seeded generator (so every run draws the same spikes) and the
 * canonical specs whose renderings are kept as snapshots.
 */

import type { ClassificationBarsSpec, MetricLinesSpec, RasterPsthSpec } from '../../src/figures/index.js';

/** A tiny seeded uniform generator in [0, 1) (32-bit LCG): enough for test data, stable forever. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Spike trains of an inhomogeneous Poisson neuron, one array per trial (ms, ascending), drawn by
 * thinning a process at `peakHz`.
 */
export function poissonTrials(
  random: () => number,
  nTrials: number,
  rangeMs: [number, number],
  rateHz: (tMs: number) => number,
  peakHz: number,
): number[][] {
  return Array.from({ length: nTrials }, () => {
    const spikes: number[] = [];
    let t = rangeMs[0];
    for (;;) {
      t += (-Math.log(1 - random()) / peakHz) * 1000;
      if (t >= rangeMs[1]) return spikes;
      if (random() < rateHz(t) / peakHz) spikes.push(Math.round(t * 10) / 10);
    }
  });
}

const RANGE: [number, number] = [-1000, 1500];
/** A mirror neuron: ~40 spikes/s from act onset for 800 ms, ~5 spikes/s otherwise. */
const mirror = (t: number) => (t >= 0 && t < 800 ? 40 : 5);
const baseline = () => 5;

/** Four conditions of Gallese et al. (1996): the neuron fires when the act is done or seen. */
export function mirrorNeuronSpec(): RasterPsthSpec {
  const random = seeded(1996);
  const trials = (rate: (t: number) => number) => poissonTrials(random, 12, RANGE, rate, 60);
  return {
    title: 'F5 mirror neuron (simulated monkey 1, unit 17)',
    subtitle: 'Precision grip, aligned on act onset',
    alignLabel: 'act onset',
    rangeMs: RANGE,
    binMs: 20,
    panels: [
      { label: 'execute', trials: trials(mirror), marks: [{ tMs: 450, label: 'contact' }] },
      { label: 'observe', trials: trials(mirror), marks: [{ tMs: 450, label: 'contact' }] },
      { label: 'object alone', trials: trials(baseline) },
      { label: 'mime', trials: trials(baseline) },
    ],
  };
}

/** Six conditions (wraps onto two rows of three), as in the audiovisual panels of Kohler et al. (2002). */
export function sixConditionSpec(): RasterPsthSpec {
  const random = seeded(2002);
  const range: [number, number] = [-500, 1000];
  const rate = (peak: number) => (t: number) => (t >= 0 && t < 400 ? peak : 4);
  const trials = (peak: number) => poissonTrials(random, 10, range, rate(peak), 50);
  return {
    title: 'Audiovisual mirror neuron (simulated)',
    alignLabel: 'sound onset',
    rangeMs: range,
    binMs: 25,
    panels: [
      { label: 'V+S peanut breaking', trials: trials(45) },
      { label: 'V peanut breaking', trials: trials(30) },
      { label: 'S peanut breaking', trials: trials(35) },
      { label: 'V+S paper ripping', trials: trials(6) },
      { label: 'V paper ripping', trials: trials(5) },
      { label: 'S paper ripping', trials: trials(5) },
    ],
  };
}

/** Mirror classes as a share of recorded units, with published values beside. */
export function classificationSpec(): ClassificationBarsSpec {
  return {
    title: 'Mirror units in F5: simulated and published',
    yLabel: '% of recorded F5 units',
    publishedLabel: 'Gallese et al. 1996',
    caption: '8 simulated monkeys; whiskers: 95% CI across monkeys.',
    categories: [
      { label: 'mirror (all)', measured: { mean: 18.4, low: 15.1, high: 21.9 }, published: 17 },
      { label: 'strictly congruent', measured: { mean: 5.2, low: 3.6, high: 7.1 }, published: 6 },
      { label: 'broadly congruent', measured: { mean: 12.6, low: 10.2, high: 15.3 }, published: 11 },
      { label: 'non-congruent', measured: { mean: 0.6, low: 0.1, high: 1.4 }, published: 0.5 },
    ],
  };
}

/** A parameter sweep with two banded series and one without CI. */
export function sweepSpec(): MetricLinesSpec {
  const xs = [0, 50, 100, 200, 400, 800];
  const grow = (x: number) => 1 - Math.exp(-x / 200);
  return {
    title: 'Mirror units emerge with paired execution and observation',
    xLabel: 'learning trials',
    yLabel: '% of F5 units that are mirror',
    caption: 'Mean across 8 simulated monkeys; bands: 95% CI.',
    series: [
      {
        label: 'paired',
        points: xs.map((x) => ({ x, y: 2 + 16 * grow(x), low: 1 + 14 * grow(x), high: 3 + 18 * grow(x) })),
      },
      {
        label: 'unpaired',
        points: xs.map((x) => ({ x, y: 2 + x / 400, low: 1 + x / 800, high: 3 + x / 300 })),
      },
      { label: 'no plasticity', points: xs.map((x) => ({ x, y: 1.5 })) },
    ],
  };
}

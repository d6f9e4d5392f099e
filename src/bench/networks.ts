/**
 * The reference networks mirrorlab is measured on, side by side with Brian2:
 * CUBA (Vogels & Abbott 2005; Brette et al. 2007, benchmark 2) and the
 * Song–Miller–Abbott STDP network, as specified in the Brian2 anchor's NETWORKS.md.
 */
import type { NetworkDescriptionInput } from '../engine/description.js';

export interface CubaOptions {
  /** Number of neurons (80% excitatory). */
  n: number;
  /** Mean in-degree; p = indegree / n (Brian2's example: 80 at n = 4000, p = 0.02). */
  indegree?: number;
  /** Record every spike (as the Brian2 benchmark does). */
  recordSpikes?: boolean;
}

/** CUBA: current-based LIF neurons above threshold at rest, random E/I recurrent connectivity, no delays. */
export function cubaDescription({
  n,
  indegree = 80,
  recordSpikes = true,
}: CubaOptions): NetworkDescriptionInput {
  const ne = Math.floor(0.8 * n);
  const ni = n - ne;
  const p = Math.min(1, indegree / n);
  const neuron = {
    kind: 'lif' as const,
    tauMs: 20,
    vRestMV: -49,
    vThreshMV: -50,
    vResetMV: -60,
    refractoryMs: 5,
    vInitMV: { uniform: [-60, -50] as [number, number] },
    channels: [
      { name: 'exc', tauMs: 5 },
      { name: 'inh', tauMs: 10 },
    ],
  };
  const we = (60 * 0.27) / 10;
  const wi = (-20 * 4.5) / 10;
  const connect = { kind: 'fixedProbability' as const, p };
  return {
    formatVersion: 1,
    dtMs: 0.1,
    populations: [
      { ...neuron, name: 'E', size: ne },
      { ...neuron, name: 'I', size: ni },
    ],
    projections: [
      { source: 'E', target: 'E', channel: 'exc', connect, weight: we },
      { source: 'E', target: 'I', channel: 'exc', connect, weight: we },
      { source: 'I', target: 'E', channel: 'inh', connect, weight: wi },
      { source: 'I', target: 'I', channel: 'inh', connect, weight: wi },
    ],
    probes: recordSpikes
      ? [
          { kind: 'spikes', name: 'spikesE', population: 'E' },
          { kind: 'spikes', name: 'spikesI', population: 'I' },
        ]
      : [],
  };
}

export interface StdpOptions {
  /** Output neurons (1 in Brian2's example; 100 in the scaled variants). */
  post?: number;
  /** Poisson inputs per output neuron ('independent') or shared by all ('shared'). */
  inputs?: 'shared' | 'independent';
  nInputs?: number;
  rateHz?: number;
}

/** Song, Miller & Abbott (2000): Poisson inputs onto conductance-based LIF neurons through additive STDP. */
export function stdpDescription({
  post = 1,
  inputs = 'shared',
  nInputs = 1000,
  rateHz = 15,
}: StdpOptions = {}): NetworkDescriptionInput {
  const gmax = 0.01;
  const independent = inputs === 'independent' && post > 1;
  const nIn = independent ? nInputs * post : nInputs;
  const connect = independent
    ? {
        kind: 'list' as const,
        pre: Array.from({ length: nIn }, (_, i) => i),
        post: Array.from({ length: nIn }, (_, i) => Math.floor(i / nInputs)),
      }
    : { kind: 'allToAll' as const };
  return {
    formatVersion: 1,
    dtMs: 0.1,
    populations: [
      { kind: 'poisson', name: 'input', size: nIn, rateHz },
      {
        kind: 'lif',
        name: 'out',
        size: post,
        tauMs: 10,
        vRestMV: -74,
        vThreshMV: -54,
        vResetMV: -60,
        refractoryMs: 0,
        vInitMV: 0,
        channels: [{ name: 'exc', tauMs: 5, reversalMV: 0 }],
        conductanceIntegration: 'euler',
      },
    ],
    projections: [
      {
        name: 'plastic',
        source: 'input',
        target: 'out',
        connect,
        weight: { uniform: [0, gmax] },
        wMin: 0,
        wMax: gmax,
        plasticity: { kind: 'stdp', tauPreMs: 20, tauPostMs: 20, aPlus: 0.01, aMinus: -0.0105 },
      },
    ],
    probes: [{ kind: 'spikes', name: 'out', population: 'out' }],
  };
}

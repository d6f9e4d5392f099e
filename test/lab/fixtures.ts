/** Canned lab data for the page-side tests: a small agent and blocks of spikes. */
import type { AgentInfo, LabEvent, SpikeBlock, TrialInfo } from '../../web/src/lab/protocol.js';

export const AREAS = [
  { area: 'STS', population: 'STS', size: 6 },
  { area: 'F5', population: 'F5', size: 4 },
  { area: 'M1', population: 'M1', size: 3 },
];

export function agentInfo(): AgentInfo {
  return {
    subject: 1,
    seed: 7,
    developed: true,
    episodes: 240,
    dtMs: 1,
    areas: AREAS,
    f5Movement: ['grasp', 'precision', 'break', 'grasp'],
    unitLabels: {},
    projections: [
      {
        name: 'STS->F5',
        source: 'STS',
        nPre: 2,
        nPost: 4,
        wMaxMV: 6,
        rowPtr: Int32Array.from([0, 2, 3]),
        targets: Int32Array.from([0, 1, 3]),
      },
    ],
  };
}

/** Spikes as [area index, time ms, neuron]. */
export type Spike = [number, number, number];

export function block(
  fromMs: number,
  toMs: number,
  spikes: Spike[],
  trial: Partial<TrialInfo> | null = {},
  epoch = 1,
): SpikeBlock {
  const sorted = [...spikes].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const areaOffsets = [0];
  for (let a = 0; a < AREAS.length; a++) areaOffsets.push(sorted.filter((s) => s[0] <= a).length);
  const t: TrialInfo | null =
    trial === null
      ? null
      : {
          id: 0,
          kind: 'trial',
          condition: 'observe:precisionGrip',
          label: 'Monkey watches',
          startMs: fromMs,
          endMs: toMs - 200,
          alignMs: fromMs + 600,
          events: [{ kind: 'actStart', label: 'precisionGrip', tMs: fromMs + 600 }],
          ...trial,
        };
  return {
    epoch,
    fromMs,
    toMs,
    dtMs: 1,
    steps: Int32Array.from(sorted.map((s) => s[1])),
    neurons: Int32Array.from(sorted.map((s) => s[2])),
    areaOffsets,
    trial: t,
    scene: null,
    computeMs: (toMs - fromMs) / 20,
  };
}

export const agentEvent = (epoch = 0): LabEvent => ({ type: 'agent', epoch, info: agentInfo() });
export const runStarted = (epoch = 1): LabEvent => ({ type: 'job', epoch, kind: 'run', state: 'started' });

/** In-memory Storage for layouts. */
export class MemoryStorage {
  private readonly map = new Map<string, string>();
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.map.set(k, v);
  }
}

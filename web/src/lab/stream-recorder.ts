/**
 * Records the spikes of every area with one spike probe each, and hands them out in
 * blocks: each `take()` returns what was recorded since the last one and empties the
 * probes, so memory stays bounded however long the lab runs.
 */
import type { Agent, ProbeData } from '../../../src/index.js';
import type { AreaInfo } from './protocol.js';

export const probeName = (area: string) => `lab:${area}`;

export interface RecordedSpikes {
  steps: Int32Array;
  neurons: Int32Array;
  areaOffsets: number[];
}

export class StreamRecorder {
  constructor(
    private readonly agent: Agent,
    private readonly areas: readonly AreaInfo[],
  ) {
    for (const a of areas)
      agent.sim.addProbe({ kind: 'spikes', name: probeName(a.area), population: a.population });
  }

  take(): RecordedSpikes {
    const parts: ProbeData[] = this.areas.map((a) => this.agent.sim.probe(probeName(a.area)));
    let n = 0;
    for (const p of parts) if (p.kind === 'spikes') n += p.index.length;
    const steps = new Int32Array(n);
    const neurons = new Int32Array(n);
    const areaOffsets = [0];
    let k = 0;
    for (const p of parts) {
      if (p.kind === 'spikes') {
        steps.set(p.step, k);
        neurons.set(p.index, k);
        k += p.index.length;
      }
      areaOffsets.push(k);
    }
    this.discard();
    return { steps, neurons, areaOffsets };
  }

  /** Forget what was recorded (e.g. the trials of a quick test, which are rolled back). */
  discard(): void {
    this.agent.sim.clearProbes();
  }
}

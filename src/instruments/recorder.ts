/**
 * Single-unit recording, as in a monkey lab: electrodes in chosen areas record every
 * neuron's spikes through a session of trials. Each trial is a scene the agent lives
 * through, followed by an inter-trial interval (the table is cleared, a short rest).
 * The recorder keeps when each trial started, stopped and what it is aligned on.
 */
import type { Agent } from '../agent/agent.js';
import type { AreaName } from '../brain/wiring.js';
import { AREA_POPULATIONS } from '../brain/wiring.js';
import type { SpikeData } from '../engine/probes.js';
import type { Scene, SceneEvent } from '../world/scene.js';
import type { RecordedUnit, Recording, TrialRecord } from './recording.js';

/** What a trial's responses are aligned on: a scene event, or a time from the trial start (ms). */
export type AlignOn = SceneEvent['kind'] | number;

export interface TrialSpec {
  condition: string;
  scene: Scene;
  /** Default: the first act's onset, or the object's appearance when nobody acts. */
  align?: AlignOn;
}

export interface RecorderOptions {
  areas: AreaName[];
  subject: number;
  /** Rest after each trial, after working memory is cleared (ms). */
  itiMs?: number;
}

export class SessionRecorder {
  readonly trials: TrialRecord[] = [];
  private readonly sessionStart: number;
  private readonly probeNames: Map<AreaName, string>;
  private cache: Map<AreaName, number[][]> | null = null;

  constructor(
    readonly agent: Agent,
    readonly options: RecorderOptions,
  ) {
    this.sessionStart = agent.timeMs;
    // A new session on the same agent records through new probes.
    const existing = new Set(agent.sim.probeNames());
    let session = 0;
    while (options.areas.some((a) => existing.has(`record:${a}:${options.subject}:${session}`))) session++;
    this.probeNames = new Map(options.areas.map((a) => [a, `record:${a}:${options.subject}:${session}`]));
    for (const [area, name] of this.probeNames) {
      agent.sim.addProbe({ kind: 'spikes', name, population: AREA_POPULATIONS[area] });
    }
  }

  /** Session time now (ms). */
  get nowMs(): number {
    return this.agent.timeMs - this.sessionStart;
  }

  /** Run one trial and return its record. */
  runTrial(spec: TrialSpec): TrialRecord {
    const start = this.nowMs;
    const alignOffset = alignTime(spec.scene, spec.align);
    this.agent.experience(spec.scene);
    const stop = this.nowMs;
    this.agent.clearWorkingMemory();
    this.agent.rest(this.options.itiMs ?? 200);
    const trial: TrialRecord = {
      id: this.trials.length,
      subject: this.options.subject,
      condition: spec.condition,
      startMs: start,
      stopMs: stop,
      alignMs: start + alignOffset,
    };
    this.trials.push(trial);
    this.cache = null;
    return trial;
  }

  /** Spike times (session ms, ascending) of every unit of an area. */
  unitSpikes(area: AreaName): number[][] {
    if (!this.cache) this.cache = new Map();
    let units = this.cache.get(area);
    if (units) return units;
    const name = this.probeNames.get(area);
    if (!name)
      throw new Error(
        `area ${area} is not being recorded (recording ${[...this.probeNames.keys()].join(', ')})`,
      );
    const data = this.agent.sim.probe(name) as SpikeData;
    const size = this.agent.sim.population(AREA_POPULATIONS[area]).size;
    units = Array.from({ length: size }, () => [] as number[]);
    for (let k = 0; k < data.index.length; k++)
      units[data.index[k]!]!.push(data.timeMs[k]! - this.sessionStart);
    this.cache.set(area, units);
    return units;
  }

  /**
   * Firing rate (Hz) of every unit in each trial, in a window given relative to the
   * trial's alignment (`from: 'align'`) or to its start (`from: 'start'`).
   * Returns rates[trial][unit].
   */
  rates(
    area: AreaName,
    trials: readonly TrialRecord[],
    window: { from: 'align' | 'start'; startMs: number; endMs: number },
  ): Float64Array[] {
    const units = this.unitSpikes(area);
    const durS = (window.endMs - window.startMs) / 1000;
    if (!(durS > 0)) throw new Error(`rates: empty window ${window.startMs}…${window.endMs} ms`);
    return trials.map((t) => {
      const zero = window.from === 'align' ? t.alignMs : t.startMs;
      const a = zero + window.startMs;
      const b = zero + window.endMs;
      return Float64Array.from(units, (s) => countBetween(s, a, b) / durS);
    });
  }

  /** Spike times of one unit relative to each trial's alignment, within [fromMs, toMs). */
  aligned(
    area: AreaName,
    unit: number,
    trials: readonly TrialRecord[],
    fromMs: number,
    toMs: number,
  ): number[][] {
    const s = this.unitSpikes(area)[unit]!;
    return trials.map((t) => {
      const out: number[] = [];
      const lo = lowerBound(s, t.alignMs + fromMs);
      for (let k = lo; k < s.length && s[k]! < t.alignMs + toMs; k++) out.push(s[k]! - t.alignMs);
      return out;
    });
  }

  /** Everything recorded, in the exportable form. Classes and preferred acts may be filled in by the analysis. */
  recording(
    experiment: string,
    seed: number,
    description: string,
    labels?: Map<string, { classification?: string; preferredAct?: string }>,
  ): Recording {
    const units: RecordedUnit[] = [];
    for (const area of this.probeNames.keys()) {
      this.unitSpikes(area).forEach((spikes, index) => {
        const label = labels?.get(`${area}:${index}`);
        units.push({
          id: units.length,
          subject: this.options.subject,
          area,
          index,
          ...(label?.classification ? { classification: label.classification } : {}),
          ...(label?.preferredAct ? { preferredAct: label.preferredAct } : {}),
          spikeTimesMs: spikes,
        });
      });
    }
    return { experiment, seed, description, units, trials: [...this.trials] };
  }
}

function alignTime(scene: Scene, align: AlignOn | undefined): number {
  if (typeof align === 'number') return align;
  const kind = align ?? (scene.firstActMs !== undefined ? 'actStart' : 'objectOn');
  const e = scene.events.find((x) => x.kind === kind);
  if (!e) throw new Error(`trial has no "${kind}" event to align on`);
  return e.tMs;
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countBetween(xs: readonly number[], a: number, b: number): number {
  return lowerBound(xs, b) - lowerBound(xs, a);
}

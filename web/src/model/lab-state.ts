/**
 * What the page knows: the simulation's announcements (agent, classes, weights, jobs,
 * progress, errors) and the user's choices (condition, subject, selection, layout).
 * Panels read it when they draw; controls change it and call `changed()`.
 */
import type {
  AgentInfo,
  JobKind,
  LabEvent,
  UnitClasses,
  UnitClassName,
  WeightSnapshot,
} from '../lab/protocol.js';
import type { Layout } from './layout.js';
import { DEFAULT_SELECTION, type Selection } from './selection.js';

export type ReadyInfo = Extract<LabEvent, { type: 'ready' }>;

export interface WeightHistoryPoint {
  episode: number | null;
  tMs: number;
  /** Mean weight of each plastic projection (mV). */
  meanMV: number[];
}

export interface ClassHistoryPoint {
  episode: number;
  counts: Record<UnitClassName, number>;
}

export class LabState {
  ready: ReadyInfo | null = null;
  agent: AgentInfo | null = null;
  classes: UnitClasses | null = null;
  classHistory: ClassHistoryPoint[] = [];
  weights: WeightSnapshot | null = null;
  weightHistory: WeightHistoryPoint[] = [];
  job: { kind: JobKind; epoch: number; running: boolean } | null = null;
  progress: { task: string; fraction: number } | null = null;
  errors: string[] = [];

  group = 'gallese1996';
  condition = 'observe:precisionGrip';
  subject = 1;
  /** Babbling episodes of a developed agent: the standard development (`DevelopmentParams`' default). */
  episodes = 560;
  /** The live development: how many episodes, how often F5 is tested. */
  development = { episodes: 560, testEvery: 80 };
  selection: Selection = structuredClone(DEFAULT_SELECTION);
  /** Conditions the PSTH shows, in this order (null: the most recently played). */
  psthConditions: string[] | null = null;
  layout: Layout;
  /** Counts changes, so panels can redraw only when something changed. */
  version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(layout: Layout) {
    this.layout = layout;
    this.selection = structuredClone(layout.selection);
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  changed(): void {
    this.version++;
    for (const fn of [...this.listeners]) fn();
  }

  /** The agent changed: what was known about the previous one goes. */
  setAgent(info: AgentInfo): void {
    this.agent = info;
    this.classes = null;
    this.classHistory = [];
    this.weights = null;
    this.weightHistory = [];
    this.pendingWeights = [];
    this.pendingClasses = [];
    const h = this.selection.highlight;
    if (h && !info.areas.some((a) => a.area === h.area && h.neuron < a.size)) this.selection.highlight = null;
  }

  /** Weights and test results computed ahead of playback, shown when the playhead reaches them. */
  private pendingWeights: WeightSnapshot[] = [];
  private pendingClasses: UnitClasses[] = [];

  receiveWeights(s: WeightSnapshot): void {
    if (this.weights === null) this.addWeights(s);
    else this.pendingWeights.push(s);
  }

  receiveClasses(c: UnitClasses): void {
    if (this.classes === null) this.addClasses(c);
    else this.pendingClasses.push(c);
  }

  /** Show what the playhead has reached (call every frame); true when something changed. */
  sync(playheadMs: number): boolean {
    let changed = false;
    while (this.pendingWeights.length > 0 && this.pendingWeights[0]!.tMs <= playheadMs) {
      this.addWeights(this.pendingWeights.shift()!);
      changed = true;
    }
    while (this.pendingClasses.length > 0 && this.pendingClasses[0]!.tMs <= playheadMs) {
      this.addClasses(this.pendingClasses.shift()!);
      changed = true;
    }
    if (changed) this.changed();
    return changed;
  }

  private addWeights(s: WeightSnapshot): void {
    this.weights = s;
    this.weightHistory.push({
      episode: s.episode,
      tMs: s.tMs,
      meanMV: s.weights.map((w) => {
        let sum = 0;
        for (let i = 0; i < w.length; i++) sum += w[i]!;
        return w.length ? sum / w.length : 0;
      }),
    });
    // Bounded: a long development keeps every 2nd point once there are many.
    if (this.weightHistory.length > 2000)
      this.weightHistory = this.weightHistory.filter((_, i) => i % 2 === 0);
  }

  private addClasses(c: UnitClasses): void {
    this.classes = c;
    this.classHistory = this.classHistory.filter((p) => p.episode < c.episode);
    this.classHistory.push({ episode: c.episode, counts: { ...c.counts } });
  }
}

/**
 * Playback: the simulation sends blocks of simulated time ahead of the screen; the
 * player releases their spikes to the panels as the playhead passes them, at the
 * chosen speed (1× = real time). It pauses, steps, moves on to a new job's blocks,
 * and tells the simulation how far it may compute ahead (back-pressure), so at most
 * a few seconds are ever queued.
 */
import type { SpikeBlock } from '../lab/protocol.js';

export interface PlaybackListener {
  /** Spikes of area `area` at indices lo … hi−1 of the block's arrays are now on screen. */
  spikes?(block: SpikeBlock, area: number, lo: number, hi: number): void;
  /** The playhead entered a block. */
  blockStart?(block: SpikeBlock): void;
  /** The playhead left a block: complete = all of it was played (it did not start part-way). */
  blockEnd?(block: SpikeBlock, complete: boolean): void;
  /** Time starts again (a new agent). */
  reset?(): void;
}

/** Speeds offered: fractions and multiples of real time; Infinity = as fast as the simulation goes. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, Number.POSITIVE_INFINITY] as const;

/**
 * As fast as possible, playback still moves smoothly: it closes the gap to the newest
 * data within about this long (wall ms), never slower than FAST_MIN_SPEED.
 */
const FAST_CATCH_UP_MS = 300;
const FAST_MIN_SPEED = 4;

interface Playing {
  block: SpikeBlock;
  /** Released up to (exclusive) this index, per area. */
  cursor: number[];
  /** Started past its beginning (it overlapped what was already shown). */
  partial: boolean;
}

export interface PlaybackStats {
  /** Simulated ms played while playing. */
  simulatedMs: number;
  /** Wall ms spent playing. */
  wallMs: number;
  /** Wall ms during which playback waited for the simulation. */
  stalledMs: number;
  /** Simulated ms received, and the simulation's wall ms spent computing them. */
  computedMs: number;
  computeWallMs: number;
}

export class Player {
  playheadMs = 0;
  speed = 1;
  playing = false;
  /** The epoch (job) whose blocks are played; older blocks are dropped. */
  private epoch = -1;
  private queue: SpikeBlock[] = [];
  private current: Playing | null = null;
  /** The block played last (shown while waiting for the next one). */
  private previous: SpikeBlock | null = null;
  private lastWallMs: number | null = null;
  private jumpedMs = 0;
  private readonly listeners = new Set<PlaybackListener>();
  readonly stats: PlaybackStats = {
    simulatedMs: 0,
    wallMs: 0,
    stalledMs: 0,
    computedMs: 0,
    computeWallMs: 0,
  };

  /** `maxQueuedMs`: most simulated time held in the queue before the oldest blocks are skipped. */
  constructor(private readonly maxQueuedMs = 60_000) {}

  listen(l: PlaybackListener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /** Time restarts (a new agent). */
  reset(): void {
    this.queue = [];
    this.current = null;
    this.previous = null;
    this.playheadMs = 0;
    for (const l of this.listeners) l.reset?.();
  }

  /**
   * A new job started: its blocks replace whatever was queued from older jobs. The
   * block on screen plays to its end (a trial is not cut in the middle); the new job
   * starts where it ends, or later if the simulation could not go back.
   */
  beginEpoch(epoch: number): void {
    this.epoch = epoch;
    this.queue = this.queue.filter((b) => b.epoch >= epoch);
  }

  receive(block: SpikeBlock): void {
    if (block.epoch < this.epoch) return;
    this.stats.computedMs += block.toMs - block.fromMs;
    this.stats.computeWallMs += block.computeMs;
    this.queue.push(block);
    // Never hold more than maxQueuedMs: skip ahead rather than grow without bound.
    while (this.queue.length > 1 && this.queuedUntil() - this.queue[0]!.toMs > this.maxQueuedMs) {
      const skipped = this.queue.shift()!;
      this.playheadMs = Math.max(this.playheadMs, skipped.toMs);
    }
  }

  /** End of the simulated time received so far. */
  queuedUntil(): number {
    const last = this.queue[this.queue.length - 1];
    return last ? last.toMs : (this.current?.block.toMs ?? this.playheadMs);
  }

  /** The block under the playhead, else the one just played. */
  get block(): SpikeBlock | null {
    return this.current?.block ?? this.previous;
  }

  /** How far ahead the simulation may compute (ms of simulated time; −1: no limit). */
  leadMs(): number {
    return Number.isFinite(this.speed) ? 3000 * Math.max(1, this.speed) : -1;
  }

  /** Advance with the wall clock (call once per animation frame). */
  tick(wallMs: number): void {
    const last = this.lastWallMs ?? wallMs;
    // A hidden tab stops animation frames; do not jump minutes ahead when it comes back.
    const dWall = Math.min(250, Math.max(0, wallMs - last));
    this.lastWallMs = wallMs;
    if (!this.playing) return;
    this.stats.wallMs += dWall;
    const available = this.queuedUntil();
    const speed = Number.isFinite(this.speed)
      ? this.speed
      : Math.max(FAST_MIN_SPEED, (available - this.playheadMs) / FAST_CATCH_UP_MS);
    const want = this.playheadMs + dWall * speed;
    if (want > available && Number.isFinite(this.speed)) {
      this.stats.stalledMs += (want - Math.max(available, this.playheadMs)) / this.speed;
    }
    const before = this.playheadMs;
    this.jumpedMs = 0;
    this.advanceTo(Math.min(want, available));
    this.stats.simulatedMs += this.playheadMs - before - this.jumpedMs;
  }

  /** Advance by a fixed amount of simulated time (the Step button), within what has arrived. */
  step(ms: number): void {
    this.advanceTo(Math.min(this.playheadMs + ms, this.queuedUntil()));
  }

  private advanceTo(targetMs: number): void {
    for (;;) {
      if (!this.current) {
        const next = this.queue[0];
        if (!next) break;
        // A new job's first block may start later than the playhead (the time computed
        // ahead for the job it replaced is never shown): jump to it at once.
        if (next.fromMs > this.playheadMs) {
          this.jumpedMs += next.fromMs - this.playheadMs;
          targetMs += next.fromMs - this.playheadMs;
          this.playheadMs = next.fromMs;
        }
        this.queue.shift();
        this.current = { block: next, cursor: next.areaOffsets.slice(0, -1), partial: false };
        // Never show time going backwards: a block overlapping what was shown starts at the playhead.
        if (next.fromMs < this.playheadMs) this.skipTo(this.current, this.playheadMs);
        for (const l of this.listeners) l.blockStart?.(next);
      }
      const cur = this.current;
      const end = Math.min(targetMs, cur.block.toMs);
      this.release(cur, end);
      this.playheadMs = Math.max(this.playheadMs, end);
      if (end >= cur.block.toMs) this.finish();
      else break;
    }
  }

  private release(p: Playing, untilMs: number): void {
    const b = p.block;
    const lastStep = untilMs / b.dtMs;
    for (let a = 0; a < p.cursor.length; a++) {
      const lo = p.cursor[a]!;
      const stop = b.areaOffsets[a + 1]!;
      let hi = lo;
      while (hi < stop && b.steps[hi]! < lastStep) hi++;
      if (hi > lo) {
        p.cursor[a] = hi;
        for (const l of this.listeners) l.spikes?.(b, a, lo, hi);
      }
    }
  }

  private skipTo(p: Playing, ms: number): void {
    const b = p.block;
    p.partial = true;
    for (let a = 0; a < p.cursor.length; a++) {
      let i = p.cursor[a]!;
      while (i < b.areaOffsets[a + 1]! && b.steps[i]! * b.dtMs < ms) i++;
      p.cursor[a] = i;
    }
  }

  private finish(): void {
    const cur = this.current!;
    this.release(cur, Number.POSITIVE_INFINITY);
    this.current = null;
    this.previous = cur.block;
    for (const l of this.listeners) l.blockEnd?.(cur.block, !cur.partial);
  }
}

/**
 * Wires the transport to the page: events update the state and feed the player;
 * user actions become commands. It also reports the playhead to the simulation
 * (back-pressure) a few times a second.
 */
import type { Command, LabEvent } from '../lab/protocol.js';
import type { Player } from '../play/player.js';
import type { PsthTracker } from '../play/psth-tracker.js';
import type { RateTracker } from '../play/rate-tracker.js';
import type { SpikeRings } from '../play/spike-rings.js';
import type { TrialHistory } from '../play/trial-history.js';
import type { Transport } from '../transport/transport.js';
import type { LabState } from './lab-state.js';

/** How often the page reports its playhead (wall ms). */
const ACK_EVERY_MS = 100;

export interface Trackers {
  rings: SpikeRings;
  rates: RateTracker;
  psth: PsthTracker;
  history: TrialHistory;
}

export class LabController {
  private lastAck = Number.NEGATIVE_INFINITY;
  private lastAckedMs = Number.NaN;
  private lastLead = Number.NaN;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly transport: Transport,
    readonly state: LabState,
    readonly player: Player,
    readonly trackers: Trackers,
  ) {
    for (const t of [trackers.rings, trackers.rates, trackers.psth, trackers.history]) player.listen(t);
    this.unsubscribe = transport.subscribe((e) => this.onEvent(e));
  }

  dispose(): void {
    this.unsubscribe();
  }

  private onEvent(e: LabEvent): void {
    const s = this.state;
    switch (e.type) {
      case 'ready':
        s.ready = e;
        // The standard development, as the library defines it today.
        s.episodes = e.developmentEpisodes;
        s.development = { ...s.development, episodes: e.developmentEpisodes };
        break;
      case 'job':
        s.job = { kind: e.kind, epoch: e.epoch, running: e.state === 'started' };
        if (e.state === 'started' && (e.kind === 'run' || e.kind === 'develop'))
          this.player.beginEpoch(e.epoch);
        if (e.state === 'finished') s.progress = null;
        break;
      case 'progress':
        s.progress = { task: e.task, fraction: e.fraction };
        if (e.fraction >= 1) s.progress = null;
        break;
      case 'agent': {
        const sizes = e.info.areas.map((a) => a.size);
        this.trackers.rings.setAreas(sizes.length);
        this.trackers.rates.setAreas(sizes);
        this.trackers.psth.setAreas(sizes);
        this.player.reset();
        this.lastAckedMs = Number.NaN;
        s.setAgent(e.info);
        break;
      }
      case 'block':
        this.player.receive(e.block);
        // Episodes carry the development forward: the agent's count of episodes follows them.
        if (e.block.trial?.episode !== undefined && s.agent) s.agent.episodes = e.block.trial.episode;
        return; // blocks are many: no state change notification for each
      case 'developed':
        if (s.agent) {
          s.agent.developed = true;
          s.agent.episodes = e.episodes;
        }
        break;
      case 'weights':
        s.receiveWeights(e.snapshot);
        break;
      case 'classes':
        s.receiveClasses(e.classes);
        break;
      case 'error':
        s.errors = [...s.errors.slice(-4), e.message];
        break;
    }
    s.changed();
  }

  send(c: Command): void {
    this.transport.send(c);
  }

  raise(subject = this.state.subject): void {
    this.state.subject = subject;
    this.send({ type: 'raise', subject, episodes: this.state.episodes });
  }

  /** Run trials of a condition (or of several, interleaved). */
  run(condition: string | string[] = this.state.condition): void {
    const conditions = typeof condition === 'string' ? [condition] : condition;
    this.state.condition = conditions[0] ?? this.state.condition;
    this.send({ type: 'run', conditions });
    this.player.playing = true;
    this.state.changed();
  }

  newborn(): void {
    this.send({ type: 'newborn', subject: this.state.subject });
  }

  develop(episodes: number, testEvery: number): void {
    this.send({ type: 'develop', episodes, testEvery });
    this.player.playing = true;
    this.state.changed();
  }

  stop(): void {
    this.send({ type: 'stop' });
  }

  /** Report the playhead when it moved (at most every ACK_EVERY_MS: every frame would flood the worker). */
  tick(wallMs: number): void {
    const p = this.player;
    const lead = p.leadMs();
    const moved = p.playheadMs !== this.lastAckedMs || lead !== this.lastLead;
    if (!moved || wallMs - this.lastAck < ACK_EVERY_MS) return;
    this.lastAck = wallMs;
    this.lastAckedMs = p.playheadMs;
    this.lastLead = lead;
    this.send({ type: 'playhead', simMs: p.playheadMs, leadMs: lead });
  }
}

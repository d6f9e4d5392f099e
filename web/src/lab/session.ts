/**
 * The lab's simulation side: owns one agent, obeys commands, and streams what the
 * agent's brain does as blocks of spikes with the scene that caused them. The same
 * class runs in the Web Worker and, in Node, behind the in-memory mock transport.
 *
 * Work is done in units (a trial, a babbling episode) with a pause for incoming
 * messages in between. A new command supersedes the running job at its next unit.
 * The page reports its playhead; the session computes at most `leadMs` of simulated
 * time beyond it, so a paused or slow page never makes the simulation run away.
 */
import {
  Agent,
  DevelopmentParams,
  developToSaved,
  EXPERIMENTS,
  MODEL_REVISION,
  type NetworkSnapshot,
  type Scene,
  type SceneState,
  subjectSeed,
  testAgentFrom,
  transmittedWeights,
  VERSION,
} from '../../../src/index.js';
import { type AgentCache, agentCacheKey } from './agent-cache.js';
import { agentInfo } from './agent-info.js';
import { Babbler } from './babbling.js';
import { alignOffsetMs, conditionScene } from './condition-scenes.js';
import { findCondition } from './conditions.js';
import type { AgentInfo, Command, JobKind, LabEvent, TrialInfo, UnitClasses } from './protocol.js';
import { PROTOCOL_VERSION } from './protocol.js';
import { quickTest } from './quick-test.js';
import { sceneSampler, sceneStepMs } from './scene-track.js';
import { probeName, StreamRecorder } from './stream-recorder.js';

/** Master seed of the experiments' subjects: subject k of the lab is subject k of `mirrorlab run --seed 1`. */
export const MASTER_SEED = 1;

export interface SessionOptions {
  emit(event: LabEvent): void;
  cache: AgentCache;
  /** Let queued messages in between units of work. */
  yieldToEvents(): Promise<void>;
  /** Wall clock (ms). */
  now(): number;
  /** Trials per condition in the quick test of F5 (default 5). */
  quickTestTrials?: number;
  /** Acts of the quick test (default: all the test acts). */
  quickTestActs?: readonly string[];
  /** Rest between trials, after working memory is cleared (ms; default 200). */
  itiMs?: number;
}

class Superseded extends Error {}

/** How many trial starts are kept to go back to (enough for the longest lead). */
const KEPT_TRIAL_STARTS = 12;

export class LabSession {
  private agent: Agent | null = null;
  private info: AgentInfo | null = null;
  private recorder: StreamRecorder | null = null;
  private babbler: Babbler | null = null;
  private epoch = 0;
  private playheadMs = 0;
  private jobStartMs = 0;
  private leadMs = Number.POSITIVE_INFINITY;
  private waiters: (() => void)[] = [];
  private trialCounter = 0;
  private queue: Promise<void> = Promise.resolve();
  /**
   * The network at the start of recent trials (plain trials only: nothing learns in
   * them), so a new job can start where playback is instead of after the time
   * computed ahead for the job it replaces.
   */
  private trialStarts: { tMs: number; snapshot: NetworkSnapshot }[] = [];
  private readonly quickTestTrials: number;
  private readonly itiMs: number;

  constructor(private readonly o: SessionOptions) {
    this.quickTestTrials = o.quickTestTrials ?? 5;
    this.itiMs = o.itiMs ?? 200;
  }

  /** Announce the session (call once, when the page can listen). */
  hello(backend: string): void {
    this.o.emit({
      type: 'ready',
      protocol: PROTOCOL_VERSION,
      version: VERSION,
      modelRevision: MODEL_REVISION,
      backend,
      experiments: EXPERIMENTS.map((e) => ({ id: e.id, title: e.title })),
      developmentEpisodes: DevelopmentParams.parse({}).episodes,
    });
  }

  handle(cmd: Command): void {
    if (cmd.type === 'playhead') {
      this.playheadMs = cmd.simMs;
      this.leadMs = cmd.leadMs < 0 ? Number.POSITIVE_INFINITY : cmd.leadMs;
      this.wake();
      return;
    }
    const epoch = ++this.epoch;
    this.wake();
    if (cmd.type === 'stop') return;
    // Jobs run one after another: a new one starts once the one it supersedes has stopped.
    this.queue = this.queue.then(() => this.runJob(epoch, cmd));
  }

  /** Resolves when every job given so far has ended (for tests). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async runJob(epoch: number, cmd: Exclude<Command, { type: 'playhead' | 'stop' }>): Promise<void> {
    // Streaming jobs superseded before they started are skipped; setting up an agent never is.
    if (epoch !== this.epoch && (cmd.type === 'run' || cmd.type === 'develop')) return;
    const kind: JobKind = cmd.type;
    if (kind === 'run' || kind === 'develop') this.goBackToPlayhead();
    // Otherwise the page jumps to the new job's first block: the time computed ahead is never shown.
    this.jobStartMs = this.agent?.timeMs ?? 0;
    this.o.emit({ type: 'job', epoch, kind, state: 'started' });
    try {
      switch (cmd.type) {
        case 'raise':
          await this.raise(epoch, cmd.subject, cmd.episodes);
          break;
        case 'newborn':
          this.newborn(epoch, cmd.subject);
          break;
        case 'run':
          await this.runConditions(epoch, cmd.conditions);
          break;
        case 'develop':
          await this.develop(epoch, cmd.episodes, cmd.testEvery);
          break;
        case 'classify':
          this.classify(epoch);
          break;
      }
    } catch (e) {
      if (!(e instanceof Superseded)) {
        this.o.emit({ type: 'error', epoch, message: e instanceof Error ? e.message : String(e) });
      }
    }
    this.o.emit({ type: 'job', epoch, kind, state: 'finished' });
  }

  /** The developed subject: from the cache, or raised now exactly as the experiments raise it. */
  private async raise(epoch: number, subject: number, episodes: number): Promise<void> {
    const seed = subjectSeed(MASTER_SEED, subject - 1);
    const key = agentCacheKey({
      version: VERSION,
      modelRevision: MODEL_REVISION,
      seed,
      episodes,
      quickTestTrials: this.quickTestTrials,
    });
    const cached = await this.o.cache.get(key);
    const progress = (task: string) => (f: number) =>
      this.o.emit({ type: 'progress', epoch, task, fraction: f });
    const saved =
      cached?.saved ??
      developToSaved({ seed }, { episodes }, progress(`raising monkey ${subject}: babbling`));
    // Raising is not interrupted: it is the slow part, and the next job needs its result.
    this.install(epoch, testAgentFrom(saved), subject, true, episodes);
    const classes = cached?.classes ?? this.test(epoch, episodes);
    this.o.emit({ type: 'classes', classes: { ...classes, epoch } });
    if (!cached?.classes) await this.o.cache.put(key, { saved, classes });
  }

  /** A newborn: wired, every sensory→F5 synapse silent; seeded as development seeds it. */
  private newborn(epoch: number, subject: number): void {
    const seed = subjectSeed(MASTER_SEED, subject - 1);
    const agent = Agent.create({ seed });
    this.install(epoch, agent, subject, false, 0);
  }

  private install(epoch: number, agent: Agent, subject: number, developed: boolean, episodes: number): void {
    this.agent = agent;
    this.babbler = null;
    this.trialStarts = [];
    this.trialCounter = 0;
    this.playheadMs = 0;
    this.info = agentInfo(agent, subject, developed, episodes);
    this.recorder = new StreamRecorder(agent, this.info.areas);
    this.o.emit({ type: 'agent', epoch, info: this.info });
    this.emitWeights(epoch, null);
  }

  private requireAgent(): { agent: Agent; info: AgentInfo; recorder: StreamRecorder } {
    if (!this.agent || !this.info || !this.recorder)
      throw new Error('no agent yet: raise one or start a newborn');
    return { agent: this.agent, info: this.info, recorder: this.recorder };
  }

  private async runConditions(epoch: number, conditions: string[]): Promise<void> {
    const defs = conditions.map((c) => {
      const def = findCondition(c);
      if (!def) throw new Error(`unknown condition "${c}"`);
      return def;
    });
    if (defs.length === 0) throw new Error('run: no condition given');
    this.requireAgent();
    for (let k = 0; ; k++) {
      await this.gate(epoch);
      const def = defs[k % defs.length]!;
      this.runTrial(epoch, def.id, def.label);
    }
  }

  /** One trial of a condition, then the inter-trial interval (the table is cleared, a short rest). */
  private runTrial(epoch: number, condition: string, label: string): void {
    const { agent } = this.requireAgent();
    const s = conditionScene(condition);
    const t0 = this.o.now();
    const startMs = agent.timeMs;
    this.trialStarts.push({ tMs: startMs, snapshot: agent.sim.snapshot() });
    if (this.trialStarts.length > KEPT_TRIAL_STARTS) this.trialStarts.shift();
    const samples = sceneSampler(sceneStepMs(agent.config.senseUpdateMs));
    agent.experience(s, { onUpdate: samples.add });
    agent.clearWorkingMemory();
    agent.rest(this.itiMs);
    this.emitBlock(epoch, t0, startMs, s, samples.list, { kind: 'trial', condition, label });
  }

  private async develop(epoch: number, episodes: number, testEvery: number): Promise<void> {
    const { agent, info } = this.requireAgent();
    if (info.developed) throw new Error('this agent has already developed: start a newborn first');
    if (!this.babbler || this.babbler.total !== episodes) {
      if (this.babbler && this.babbler.episodesDone > 0)
        throw new Error('babbling has started with another number of episodes: start a newborn first');
      this.babbler = new Babbler(agent, { episodes });
    }
    const babbler = this.babbler;
    if (babbler.episodesDone === 0) this.emitClasses(epoch, 0);
    while (!babbler.finished) {
      await this.gate(epoch);
      // Babbling learns: there is no going back across it.
      this.trialStarts = [];
      const t0 = this.o.now();
      const startMs = agent.timeMs;
      const samples = sceneSampler(sceneStepMs(agent.config.senseUpdateMs));
      const ep = babbler.runEpisode(samples.add);
      this.emitBlock(epoch, t0, startMs, ep.scene, samples.list, {
        kind: 'episode',
        condition: 'babbling',
        label: `Babbling, episode ${ep.number}: the monkey ${ep.label}`,
        episode: ep.number,
      });
      info.episodes = babbler.episodesDone;
      this.emitWeights(epoch, babbler.episodesDone);
      if (babbler.episodesDone % testEvery === 0 || babbler.finished)
        this.emitClasses(epoch, babbler.episodesDone);
    }
    info.developed = true;
    this.o.emit({ type: 'developed', epoch, episodes: babbler.episodesDone });
  }

  /** Everything since `startMs` as one block: the spikes, the scene, and what happened when. */
  private emitBlock(
    epoch: number,
    t0: number,
    startMs: number,
    s: Scene,
    samples: SceneState[],
    what: Pick<TrialInfo, 'kind' | 'condition' | 'label' | 'episode'>,
  ): void {
    const { agent, info, recorder } = this.requireAgent();
    const align = alignOffsetMs(s);
    const trial: TrialInfo = {
      id: this.trialCounter++,
      ...what,
      startMs,
      endMs: startMs + s.durationMs,
      alignMs: align === null ? null : startMs + align,
      events: s.events.map((e) => ({ kind: e.kind, label: e.label, tMs: startMs + e.tMs })),
      ...(s.options.dark ? { dark: true } : {}),
    };
    this.o.emit({
      type: 'block',
      block: {
        epoch,
        fromMs: startMs,
        toMs: agent.timeMs,
        dtMs: info.dtMs,
        ...recorder.take(),
        trial,
        scene: { startMs, stepMs: sceneStepMs(agent.config.senseUpdateMs), samples },
        computeMs: this.o.now() - t0,
      },
    });
  }

  private classify(epoch: number): void {
    const { info } = this.requireAgent();
    this.emitClasses(epoch, info.episodes);
  }

  private emitClasses(epoch: number, episode: number): void {
    const classes = this.test(epoch, episode);
    this.o.emit({ type: 'classes', classes: { ...classes, epoch } });
  }

  /** The quick test of F5 (rolled back afterwards, so it changes nothing). */
  private test(epoch: number, episode: number): Omit<UnitClasses, 'epoch'> {
    const { agent, recorder } = this.requireAgent();
    // Whatever was recorded before the test has been emitted; the test's own spikes are dropped.
    recorder.discard();
    const result = quickTest(
      agent,
      probeName('F5'),
      {
        trials: this.quickTestTrials,
        itiMs: this.itiMs,
        ...(this.o.quickTestActs ? { acts: this.o.quickTestActs } : {}),
      },
      episode,
      (f) =>
        this.o.emit({
          type: 'progress',
          epoch,
          task: 'testing F5 neurons (performing and watching each act)',
          fraction: f,
        }),
    );
    recorder.discard();
    return result;
  }

  private emitWeights(epoch: number, episode: number | null): void {
    const { agent, info } = this.requireAgent();
    this.o.emit({
      type: 'weights',
      snapshot: {
        epoch,
        tMs: agent.timeMs,
        episode,
        // What the synapses transmit (a silent synapse's state below 0 mV shows as 0 mV).
        weights: info.projections.map((p) => transmittedWeights(agent.sim.projection(p.name))),
      },
    });
  }

  /**
   * Undo the trials computed ahead of playback: back to the first trial start the page
   * has surely not reached (its last report may be a little old).
   */
  private goBackToPlayhead(): void {
    const agent = this.agent;
    if (!agent) return;
    const speed = Number.isFinite(this.leadMs) ? Math.max(1, this.leadMs / 3000) : 1;
    const safe = this.playheadMs + 200 * speed;
    const i = this.trialStarts.findIndex((t) => t.tMs > safe);
    if (i < 0) return;
    const target = this.trialStarts[i]!;
    if (target.tMs < agent.timeMs) {
      agent.sim.restore(target.snapshot);
      this.recorder?.discard();
    }
    this.trialStarts = this.trialStarts.slice(0, i);
  }

  /** Pause for messages; continue when this job is still wanted and the page is not too far behind. */
  private async gate(epoch: number): Promise<void> {
    await this.o.yieldToEvents();
    for (;;) {
      if (epoch !== this.epoch) throw new Superseded();
      const ahead = (this.agent?.timeMs ?? 0) - Math.max(this.playheadMs, this.jobStartMs);
      if (ahead < this.leadMs) return;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const resolve of w) resolve();
  }
}

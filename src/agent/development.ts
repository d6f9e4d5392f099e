/**
 * Development by motor babbling: the agent performs its repertoire on varied objects,
 * seeing its own hand from its own viewpoint, hearing the sounds its acts make and
 * feeling its movements, while plasticity does the rest. Nothing else is taught.
 *
 * Episodes mix goal-directed actions (grasp to eat, to place, to hold, to break, to
 * tear, to drop, a bare reach) with moments of only looking at an object, movements of
 * the empty hand (the same kinematics without an object), acts it does without seeing
 * its hands (it still feels and hears them), and noises
 * that no act makes arrive at random, so the learning has to find what *predicts*
 * the agent's own acts rather than what merely happens around them.
 */
import * as z from 'zod';
import type { Agent, ExperienceOptions } from './agent.js';
import { Consolidation } from './consolidation.js';
import { type BabblingEpisode, EpisodeSource, episodeLabel } from './episodes.js';

export const DevelopmentParams = z.strictObject({
  /** Number of babbling episodes. */
  episodes: z.number().int().min(0).default(560),
  /** Fraction of episodes in which the agent only looks at an object, without acting. */
  lookOnlyFraction: z.number().min(0).max(1).default(0.15),
  /** Fraction of episodes in which the agent moves its empty hand (the movements of an act, no object). */
  emptyHandFraction: z.number().min(0).max(1).default(0.15),
  /**
   * Fraction of action episodes in which the agent does not see what its hands do (it
   * looks away, or it is dark): it still feels its movements and hears their sounds.
   */
  unseenFraction: z.number().min(0).max(1).default(0.25),
  /**
   * Fraction of the seen action episodes in which the agent does not hear its acts (a soft
   * surface, a noisy room): it sees what its hands do but hears no sound. With unseen
   * episodes, each cue sometimes predicts the act alone, so neither blocks the other.
   */
  unheardFraction: z.number().min(0).max(1).default(0.25),
  /** Rate of control noises (no act makes them), arriving at random whatever the agent does (per s). */
  noiseRatePerS: z.number().min(0).default(1),
  /** Plasticity on (false: the "plasticity off" control). */
  plasticity: z.boolean().default(true),
  /**
   * Fraction of development, at its end, over which the learned weights are averaged into
   * what the agent keeps (consolidation; 0: it keeps the weights of the last moment).
   */
  consolidatedFraction: z.number().min(0).max(1).default(0.5),
});
export type DevelopmentParams = z.infer<typeof DevelopmentParams>;
export type DevelopmentParamsInput = z.input<typeof DevelopmentParams>;

export interface DevelopmentReport {
  episodes: number;
  simulatedMs: number;
  /** How often each action was performed. */
  actions: Record<string, number>;
}

/** Run motor babbling on an agent. Deterministic for the agent's seed. */
export function develop(
  agent: Agent,
  input: DevelopmentParamsInput = {},
  onProgress?: (done: number, total: number) => void,
): DevelopmentReport {
  const p = DevelopmentParams.parse(input);
  const source = new EpisodeSource(agent.config.seed, p);
  const start = agent.timeMs;
  const actions: Record<string, number> = {};
  const consolidation = new Consolidation(agent, p);
  for (let e = 0; e < p.episodes; e++) {
    const episode = source.next();
    const label = episodeLabel(episode);
    if (label) actions[label] = (actions[label] ?? 0) + 1;
    liveEpisode(agent, episode, p.plasticity);
    consolidation.episodeLived(e);
    onProgress?.(e + 1, p.episodes);
  }
  consolidation.finish();
  const report = { episodes: p.episodes, simulatedMs: agent.timeMs - start, actions };
  recordDevelopment(agent, p, report.simulatedMs);
  return report;
}

/** Live through one babbling episode: experience it, then clear the table and rest. */
export function liveEpisode(
  agent: Agent,
  episode: BabblingEpisode,
  plasticity: boolean,
  onUpdate?: ExperienceOptions['onUpdate'],
): void {
  agent.experience(episode.scene, { learn: plasticity, ...(onUpdate ? { onUpdate } : {}) });
  agent.clearWorkingMemory();
  agent.rest(episode.restMs);
}

/** Note a finished development in the agent's history. */
export function recordDevelopment(agent: Agent, p: DevelopmentParams, simulatedMs: number): void {
  agent.history.push({
    phase: 'development',
    detail: `${p.episodes} babbling episodes${p.plasticity ? '' : ' with plasticity off'}`,
    simulatedMs,
  });
}

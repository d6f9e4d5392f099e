/**
 * Motor babbling one episode at a time, so the lab can show development as it
 * happens. `develop()` runs every episode in one synchronous call; this draws the
 * same episodes from the same source (`EpisodeSource`) and lives through them the same
 * way, so N episodes here leave the agent exactly as `develop(agent, { episodes: N })`
 * would (test/lab/babbling.test.ts checks it weight for weight).
 */
import {
  type Agent,
  type BabblingEpisode,
  Consolidation,
  DevelopmentParams,
  type DevelopmentParamsInput,
  EpisodeSource,
  liveEpisode,
  recordDevelopment,
  type Scene,
  type SceneState,
} from '../../../src/index.js';

/** Actions in plain words, for the episode captions. */
const ACTION_WORDS: Record<string, string> = {
  graspToEat: 'grasps to eat',
  graspToPlace: 'grasps to put in the box',
  graspAndHold: 'grasps and holds',
  breakFood: 'breaks',
  tearPaper: 'tears',
  dropIt: 'grasps and drops',
  reachOnly: 'reaches for',
};

const NOISE_WORDS: Record<string, string> = {
  whiteNoise: 'white noise',
  monkeyCall: 'a monkey call',
  click: 'a click',
};

export interface Episode {
  /** 1-based. */
  number: number;
  scene: Scene;
  /** e.g. "grasps to eat the raisin", "moves its empty hand (breaks)", "looks at the ball". */
  label: string;
}

export class Babbler {
  readonly params: DevelopmentParams;
  private readonly source: EpisodeSource;
  private readonly startMs: number;
  private readonly consolidation: Consolidation;
  private done = 0;

  constructor(
    private readonly agent: Agent,
    input: DevelopmentParamsInput = {},
  ) {
    this.params = DevelopmentParams.parse(input);
    this.source = new EpisodeSource(agent.config.seed, this.params);
    this.startMs = agent.timeMs;
    this.consolidation = new Consolidation(agent, this.params);
  }

  get total(): number {
    return this.params.episodes;
  }

  get episodesDone(): number {
    return this.done;
  }

  get finished(): boolean {
    return this.done >= this.params.episodes;
  }

  /** Live through the next episode: see, act, clear the table, rest — as development does. */
  runEpisode(onUpdate?: (tMs: number, state: SceneState) => void): Episode {
    if (this.finished) throw new Error('babbling: all episodes are done');
    const episode = this.source.next();
    liveEpisode(this.agent, episode, this.params.plasticity, onUpdate);
    this.consolidation.episodeLived(this.done);
    this.done++;
    if (this.finished) {
      this.consolidation.finish();
      recordDevelopment(this.agent, this.params, this.agent.timeMs - this.startMs);
    }
    return { number: this.done, scene: episode.scene, label: caption(episode) };
  }
}

/** The episode in plain words, for the caption under the scene. */
function caption(e: BabblingEpisode): string {
  let label: string;
  if (e.kind === 'lookOnly') label = `looks at the ${e.object}`;
  else {
    const words = ACTION_WORDS[e.action] ?? e.action;
    label =
      e.kind === 'emptyHand'
        ? `moves its empty hand (as if it ${words})`
        : `${words} the ${e.object}${
            e.unseen
              ? ' in the dark (it feels and hears, but cannot see)'
              : e.unheard
                ? ' without a sound (it sees and feels, but hears nothing)'
                : ''
          }`;
  }
  for (const n of e.noises) label += `; a noise sounds (${NOISE_WORDS[n.name] ?? n.name})`;
  return label;
}

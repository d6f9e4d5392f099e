/**
 * Motor babbling one episode at a time, so the lab can show development as it
 * happens. `develop()` runs every episode in one synchronous call; this draws the
 * same episodes from the same random stream in the same order, and lives through
 * them the same way, so N episodes here leave the agent exactly as `develop(agent,
 * { episodes: N })` would (test/lab/babbling.test.ts checks it weight for weight;
 * if development changes, that test says so).
 */
import {
  ACTIONS,
  type ActionName,
  type Agent,
  actsOf,
  CONTROL_NOISES,
  DevelopmentParams,
  type DevelopmentParamsInput,
  OBJECT_NAMES,
  objectKind,
  type Rng,
  RngTree,
  type Scene,
  type SceneState,
  scene,
} from '../../../src/index.js';

const BABBLED_ACTIONS: ActionName[] = [
  'graspToEat',
  'graspToPlace',
  'graspAndHold',
  'breakFood',
  'tearPaper',
  'dropIt',
  'reachOnly',
];

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
  private readonly rng: Rng;
  private readonly startMs: number;
  private done = 0;
  /** Actions come in shuffled blocks holding each action once, as in development. */
  private block: ActionName[] = [];

  constructor(
    private readonly agent: Agent,
    input: DevelopmentParamsInput = {},
  ) {
    this.params = DevelopmentParams.parse(input);
    this.rng = new RngTree(agent.config.seed).stream('development/episodes');
    this.startMs = agent.timeMs;
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
    const episode = this.draw();
    this.agent.experience(episode.scene, {
      learn: this.params.plasticity,
      ...(onUpdate ? { onUpdate } : {}),
    });
    this.agent.clearWorkingMemory();
    this.agent.rest(100 + this.rng.int(100));
    this.done++;
    if (this.finished) this.record();
    return episode;
  }

  /** The next episode's scene; draws in the order `develop` draws. */
  private draw(): Episode {
    const { rng, params: p } = this;
    if (this.block.length === 0) {
      const block = [...BABBLED_ACTIONS];
      for (let i = block.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [block[i], block[j]] = [block[j]!, block[i]!];
      }
      this.block = block;
    }
    const draw = rng.uniform();
    const lookOnly = draw < p.lookOnlyFraction;
    const emptyHand = !lookOnly && draw < p.lookOnlyFraction + p.emptyHandFraction;
    const action = ACTIONS[this.block.pop()!];
    const candidates = OBJECT_NAMES.filter((o) => action.applies(objectKind(o)));
    const object = candidates[rng.int(candidates.length)]!;
    const container = action.needsContainer || rng.uniform() < 0.3;
    const unseen = !lookOnly && !emptyHand && rng.uniform() < p.unseenFraction;
    const b = scene(
      emptyHand ? { object: null, mime: true, container } : { object, container, dark: unseen },
    ).wait(200 + rng.int(200));
    const noiseAt = rng.uniform() < p.noiseProbability ? rng.range(0, 1500) : -1;
    let label: string;
    if (lookOnly) {
      b.wait(1200);
      label = `looks at the ${object}`;
    } else {
      for (const act of actsOf(action, objectKind(object))) b.act(act);
      const words = ACTION_WORDS[action.name] ?? action.name;
      label = emptyHand
        ? `moves its empty hand (as if it ${words})`
        : `${words} the ${object}${unseen ? ' in the dark (it feels and hears, but cannot see)' : ''}`;
      b.wait(150);
    }
    if (noiseAt >= 0) {
      const noise = CONTROL_NOISES[rng.int(CONTROL_NOISES.length)]!;
      b.sound(noise, Math.min(noiseAt, b.now));
      label += `; a noise sounds (${NOISE_WORDS[noise] ?? noise})`;
    }
    return { number: this.done + 1, scene: b.build(), label };
  }

  /** Note the development in the agent's history, as `develop` does. */
  private record(): void {
    const p = this.params;
    this.agent.history.push({
      phase: 'development',
      detail: `${p.episodes} babbling episodes${p.plasticity ? '' : ' with plasticity off'}`,
      simulatedMs: this.agent.timeMs - this.startMs,
    });
  }
}

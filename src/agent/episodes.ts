/**
 * The episodes of motor babbling, drawn one at a time: which action on which object,
 * whether the agent only looks, moves its empty hand, acts unseen (in the dark) or
 * unheard (on a soft surface), and the control noises that sound meanwhile. Both
 * `develop()` and the lab's live development draw from this one source, so they live
 * the same life.
 */
import type { Rng } from '../engine/rng.js';
import { RngTree } from '../engine/rng.js';
import { ACTIONS, type ActionName, actsOf } from '../world/actions.js';
import { OBJECT_NAMES, type ObjectName, objectKind } from '../world/objects.js';
import { type Scene, scene } from '../world/scene.js';
import { CONTROL_NOISES, type SoundName } from '../world/sounds.js';
import type { DevelopmentParams } from './development.js';

export const BABBLED_ACTIONS: readonly ActionName[] = [
  'graspToEat',
  'graspToPlace',
  'graspAndHold',
  'breakFood',
  'tearPaper',
  'dropIt',
  'reachOnly',
];

export interface BabblingEpisode {
  action: ActionName;
  object: ObjectName;
  /** What the agent does: acts, only looks at the object, or moves its empty hand. */
  kind: 'act' | 'lookOnly' | 'emptyHand';
  /** It acts without seeing its hands. */
  unseen: boolean;
  /** It acts without hearing the sounds of its acts. */
  unheard: boolean;
  /** Control noises, with their times in the scene (ms). */
  noises: { name: SoundName; atMs: number }[];
  scene: Scene;
  /** Rest after the episode, once working memory is cleared (ms). */
  restMs: number;
}

export class EpisodeSource {
  private readonly rng: Rng;
  /** Streams of their own, so that hearing and noises leave every other draw unchanged. */
  private readonly hearing: Rng;
  private readonly noiseRng: Rng;
  /** Actions come in shuffled blocks holding each action once. */
  private block: ActionName[] = [];

  constructor(
    seed: number,
    private readonly p: DevelopmentParams,
  ) {
    const tree = new RngTree(seed);
    this.rng = tree.stream('development/episodes');
    this.hearing = tree.stream('development/hearing');
    this.noiseRng = tree.stream('development/noises');
  }

  next(): BabblingEpisode {
    const { rng, p } = this;
    if (this.block.length === 0) {
      const block = [...BABBLED_ACTIONS];
      for (let i = block.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [block[i], block[j]] = [block[j]!, block[i]!];
      }
      this.block = block;
    }
    const draw = rng.uniform();
    const kind =
      draw < p.lookOnlyFraction
        ? 'lookOnly'
        : draw < p.lookOnlyFraction + p.emptyHandFraction
          ? 'emptyHand'
          : 'act';
    const actionName = this.block.pop()!;
    const action = ACTIONS[actionName];
    const candidates = OBJECT_NAMES.filter((o) => action.applies(objectKind(o)));
    const object = candidates[rng.int(candidates.length)]!;
    const container = action.needsContainer || rng.uniform() < 0.3;
    const unseen = kind === 'act' && rng.uniform() < p.unseenFraction;
    const unheard = kind === 'act' && !unseen && this.hearing.uniform() < p.unheardFraction;
    const b = scene(
      kind === 'emptyHand'
        ? { object: null, mime: true, container }
        : { object, container, dark: unseen, silent: unheard },
    ).wait(200 + rng.int(200));
    if (kind === 'lookOnly') b.wait(1200);
    else {
      for (const act of actsOf(action, objectKind(object))) b.act(act);
      b.wait(150);
    }
    // Control noises arrive as a Poisson process over the whole episode, whatever the agent
    // does: they are independent of its acts, so they predict none of them.
    const noises: BabblingEpisode['noises'] = [];
    const ratePerMs = p.noiseRatePerS / 1000;
    for (let t = this.exponential(ratePerMs); t < b.now; t += this.exponential(ratePerMs)) {
      const name = CONTROL_NOISES[this.noiseRng.int(CONTROL_NOISES.length)]!;
      noises.push({ name, atMs: t });
      b.sound(name, t);
    }
    return {
      action: actionName,
      object,
      kind,
      unseen,
      unheard,
      noises,
      scene: b.build(),
      restMs: 100 + rng.int(100),
    };
  }

  private exponential(ratePerMs: number): number {
    return ratePerMs > 0 ? -Math.log(1 - this.noiseRng.uniform()) / ratePerMs : Number.POSITIVE_INFINITY;
  }
}

/** "breakFood (unseen)": how development reports what an episode was. */
export function episodeLabel(e: BabblingEpisode): string | null {
  if (e.kind === 'lookOnly') return null;
  if (e.kind === 'emptyHand') return `${e.action} (empty hand)`;
  return e.unseen ? `${e.action} (unseen)` : e.unheard ? `${e.action} (unheard)` : e.action;
}

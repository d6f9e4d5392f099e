/**
 * The guided first visit: the discovery of mirror neurons told step by step, for
 * someone who has never heard of them. Each step says what to look at, runs one
 * condition, and follows one neuron; the numbers under the text are measured live
 * from the simulated monkey, so the story never claims more than the model shows.
 */
import type { UnitClasses } from '../lab/protocol.js';

export interface GuideStep {
  title: string;
  /** Paragraphs of plain text. */
  text: string[];
  /** Conditions to run, one trial of each in turn (empty: keep what runs). */
  conditions: string[];
  /** Which neuron to follow: the best mirror neuron for this act. */
  follow: 'grasp' | 'break' | null;
  /** Conditions whose measured response is shown under the text, with a plain label. */
  measure: { condition: string; label: string }[];
  /** Areas the raster shows for this step (default: STS, F5, M1). */
  areas?: string[];
  /** Offer to start the live development (last step). */
  offerDevelopment?: boolean;
}

export const GUIDE_STEPS: GuideStep[] = [
  {
    title: 'A strange neuron in Parma',
    text: [
      'In the early 1990s, in Parma (Italy), scientists listened to single brain cells of a monkey, one at a time, with a thin electrode. They were recording in an area called F5, which plans hand movements: its cells fire when the monkey grasps, holds or breaks things.',
      'One day a researcher picked up a piece of food himself — and a cell in the watching monkey fired, although the monkey had not moved. This lab lets you repeat that discovery with a simulated monkey. Press Next when the monkey is ready.',
    ],
    conditions: [],
    follow: null,
    measure: [],
  },
  {
    title: '1. The monkey grasps',
    text: [
      'The monkey (left) picks up a raisin between thumb and finger: a precision grip.',
      'On the right, each row is one neuron and each tick is a spike — a short electrical pulse, the way neurons talk. The yellow row is one neuron of F5. Watch it fire as the hand closes on the raisin.',
    ],
    conditions: ['execute:precisionGrip'],
    follow: 'grasp',
    measure: [{ condition: 'execute:precisionGrip', label: 'while the monkey grasps' }],
  },
  {
    title: '2. The researcher grasps',
    text: [
      'Now the monkey only watches: the researcher (right) picks up the raisin. The monkey’s hand stays still — look at M1, the area that moves the hand: almost silent.',
      'And the yellow neuron? It fires again, although the monkey does nothing.',
    ],
    conditions: ['observe:precisionGrip'],
    follow: 'grasp',
    measure: [
      { condition: 'execute:precisionGrip', label: 'while the monkey grasps' },
      { condition: 'observe:precisionGrip', label: 'while it watches the researcher grasp' },
    ],
  },
  {
    title: '3. The same neuron, both ways: a mirror neuron',
    text: [
      'Now the two alternate: the monkey grasps, then watches, then grasps… The graph “Firing rate around the act” puts them side by side, lined up on the moment the hand starts to move.',
      'A neuron that fires when the monkey acts and when it sees someone else do the same act was called a mirror neuron (di Pellegrino et al. 1992; Gallese et al. 1996). In the real monkeys, roughly one F5 neuron in six behaved like this.',
    ],
    conditions: ['execute:precisionGrip', 'observe:precisionGrip'],
    follow: 'grasp',
    measure: [
      { condition: 'execute:precisionGrip', label: 'doing' },
      { condition: 'observe:precisionGrip', label: 'watching' },
    ],
  },
  {
    title: '4. Not just any movement',
    text: [
      'The researcher now alternates: a real grasp of the raisin, then a mimed one — the same movement, but there is no raisin.',
      'In the real monkeys most mirror neurons stayed quiet: they respond to an act on an object — a goal — not to a movement of the hand alone. Does this one?',
    ],
    conditions: ['observe:precisionGrip', 'mime:precisionGrip'],
    follow: 'grasp',
    measure: [
      { condition: 'observe:precisionGrip', label: 'watching a real grasp' },
      { condition: 'mime:precisionGrip', label: 'watching a mimed grasp (no raisin)' },
    ],
  },
  {
    title: '5. Sound alone',
    text: [
      'The researcher breaks a peanut, once in the light and once with the lights off: then the monkey cannot see it, it only hears the crack.',
      'Some mirror neurons fire to the sound of an act alone (Kohler et al. 2002): they stand for the act itself, however the monkey learns of it. We now follow the neuron that best mirrors breaking. Does it fire when the monkey only hears?',
    ],
    conditions: ['observe:break', 'hear:break'],
    follow: 'break',
    areas: ['AUD', 'F5', 'M1'],
    measure: [
      { condition: 'hear:break', label: 'hearing a peanut broken in the dark' },
      { condition: 'observe:break', label: 'seeing and hearing it' },
    ],
  },
  {
    title: '6. The hidden grasp',
    text: [
      'The monkey sees the raisin on the table. Then a screen comes up, and the researcher’s hand disappears behind it: the monkey cannot see the grasp. (Trials in full view and behind the screen alternate.)',
      'Many mirror neurons still fired in the real monkeys (Umiltà et al. 2001): the monkey knows the raisin is there, so it knows what the hidden hand is doing. Here the prefrontal area (PFC) keeps the raisin in mind.',
    ],
    conditions: ['observe:precisionGrip', 'hidden:precisionGrip'],
    follow: 'grasp',
    areas: ['STS', 'F5', 'M1', 'PFC'],
    measure: [
      { condition: 'observe:precisionGrip', label: 'grasp in full view' },
      { condition: 'hidden:precisionGrip', label: 'grasp behind the screen' },
    ],
  },
  {
    title: '7. Hidden, with nothing behind',
    text: [
      'Same screen, same hand movement — but in every other trial the monkey saw that there was no raisin.',
      'If the neuron fires for the hidden grasp but not now, it is not responding to what the eyes see: it is responding to what the monkey understands is happening.',
    ],
    conditions: ['hidden:precisionGrip', 'hiddenMime:precisionGrip'],
    follow: 'grasp',
    areas: ['STS', 'F5', 'M1', 'PFC'],
    measure: [
      { condition: 'hidden:precisionGrip', label: 'hidden grasp, raisin behind the screen' },
      { condition: 'hiddenMime:precisionGrip', label: 'hidden mime, nothing behind the screen' },
    ],
  },
  {
    title: '8. Where do mirror neurons come from?',
    text: [
      'Nobody wired this monkey’s mirror neurons. It started as a newborn whose connections from the senses to F5 were all silent. It babbled: it moved its own hand, saw it and heard it, again and again — and those connections learned which sights and sounds come with each of its own acts.',
      'Later, seeing someone else’s act activates the same neurons. Press the button to watch a newborn learn: the counter shows how many mirror neurons a quick test finds as babbling goes on.',
    ],
    conditions: [],
    follow: null,
    measure: [],
    offerDevelopment: true,
  },
];

/** Act whose mirror neuron each `follow` means. */
const FOLLOW_ACT = { grasp: 'precisionGrip', break: 'break' } as const;

/**
 * The neuron to follow: the mirror neuron whose weaker response (doing or watching the
 * act) is strongest — preferring one whose best act when doing is this act; without
 * mirror neurons, the best responder to watching the act. Null before the quick test.
 */
export function pickNeuron(classes: UnitClasses | null, follow: 'grasp' | 'break'): number | null {
  if (!classes) return null;
  const act = FOLLOW_ACT[follow];
  const exec = classes.executedHz[act];
  const obs = classes.observedHz[act];
  if (!exec || !obs) return null;
  const tiers: ((u: number) => boolean)[] = [
    (u) => classes.unitClass[u] === 'mirror' && classes.preferredExecuted[u] === act,
    (u) => classes.unitClass[u] === 'mirror',
  ];
  for (const keep of tiers) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    classes.unitClass.forEach((_, u) => {
      const score = Math.min(exec[u]!, obs[u]!);
      if (keep(u) && score > bestScore) {
        bestScore = score;
        best = u;
      }
    });
    if (best >= 0) return best;
  }
  let best = -1;
  obs.forEach((r, u) => {
    if (best < 0 || r > obs[best]!) best = u;
  });
  return best >= 0 ? best : null;
}

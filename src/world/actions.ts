/**
 * Goal-directed actions: chains of motor acts towards one final goal (grasp to
 * eat, grasp to place…). The same first act (a grasp) belongs to different actions;
 * the context (a container present or not) says which action is likely.
 */
import type { ActName } from './acts.js';
import { affordedGrip, type ObjectKind } from './objects.js';

export type ActionName =
  | 'graspToEat'
  | 'graspToPlace'
  | 'graspAndHold'
  | 'breakFood'
  | 'tearPaper'
  | 'dropIt'
  | 'reachOnly';

export interface ActionDefinition {
  readonly name: ActionName;
  /** The acts in order; 'grip' stands for the grip the object affords. */
  readonly acts: readonly (ActName | 'grip')[];
  /** Whether the action needs a container in the scene. */
  readonly needsContainer: boolean;
  /** Which objects the action applies to. */
  applies(o: ObjectKind): boolean;
}

export const ACTIONS: Record<ActionName, ActionDefinition> = {
  graspToEat: {
    name: 'graspToEat',
    acts: ['grip', 'bringToMouth'],
    needsContainer: false,
    applies: (o) => o.category === 'food',
  },
  graspToPlace: { name: 'graspToPlace', acts: ['grip', 'place'], needsContainer: true, applies: () => true },
  graspAndHold: { name: 'graspAndHold', acts: ['grip', 'hold'], needsContainer: false, applies: () => true },
  breakFood: {
    name: 'breakFood',
    acts: ['grip', 'break'],
    needsContainer: false,
    applies: (o) => o.breakable,
  },
  tearPaper: { name: 'tearPaper', acts: ['grip', 'tear'], needsContainer: false, applies: (o) => o.tearable },
  dropIt: { name: 'dropIt', acts: ['grip', 'drop'], needsContainer: false, applies: () => true },
  reachOnly: { name: 'reachOnly', acts: ['reach'], needsContainer: false, applies: () => true },
};

/** The concrete acts of an action on an object ('grip' resolved to the afforded grip). */
export function actsOf(action: ActionDefinition, object: ObjectKind): ActName[] {
  return action.acts.map((a) => (a === 'grip' ? affordedGrip(object) : a));
}

/** Acts that follow one another in some action: the "logically related" pairs of Gallese et al. (1996). */
export function chainNeighbours(act: ActName): Set<ActName> {
  const out = new Set<ActName>();
  for (const action of Object.values(ACTIONS)) {
    for (const grip of ['precisionGrip', 'wholeHandGrip'] as const) {
      const acts = action.acts.map((a) => (a === 'grip' ? grip : a));
      acts.forEach((a, k) => {
        if (a !== act) return;
        if (k > 0) out.add(acts[k - 1]!);
        if (k < acts.length - 1) out.add(acts[k + 1]!);
      });
    }
  }
  return out;
}

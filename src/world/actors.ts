/**
 * Actors: who performs an act, and from which viewpoint the observing agent sees
 * the hand. The agent's own hand is seen from the self (egocentric) viewpoint;
 * another individual's hand is seen from outside (allocentric).
 */
export type Viewpoint = 'self' | 'other';

export interface Actor {
  /** A stable identity, e.g. "self", "experimenter", "monkeyB". */
  readonly id: string;
  readonly viewpoint: Viewpoint;
}

export const SELF: Actor = { id: 'self', viewpoint: 'self' };

export function otherActor(id = 'experimenter'): Actor {
  if (id === 'self') throw new Error('the id "self" is reserved for the agent itself');
  return { id, viewpoint: 'other' };
}

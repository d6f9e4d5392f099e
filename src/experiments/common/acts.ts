import { chainNeighbours } from '../../world/actions.js';
import { ACTS, type ActName } from '../../world/acts.js';

/** Two different acts are related when they share a goal or follow each other in an action. */
export function actsRelated(a: string, b: string): boolean {
  const x = ACTS[a as ActName];
  const y = ACTS[b as ActName];
  if (!x || !y) return false;
  return x.family === y.family || chainNeighbours(x.name).has(y.name);
}

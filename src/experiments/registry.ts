/** The experiments mirrorlab reproduces, by id. */
import { gallese1996 } from './gallese1996/index.js';
import { kohler2002 } from './kohler2002/index.js';
import type { ExperimentDefinition } from './types.js';
import { umilta2001 } from './umilta2001/index.js';

// biome-ignore lint/suspicious/noExplicitAny: experiments have different parameter types
export const EXPERIMENTS: readonly ExperimentDefinition<any>[] = [gallese1996, umilta2001, kohler2002];

// biome-ignore lint/suspicious/noExplicitAny: see above
export function getExperiment(id: string): ExperimentDefinition<any> {
  const e = EXPERIMENTS.find((x) => x.id === id);
  if (!e) throw new UnknownExperimentError(id);
  return e;
}

export class UnknownExperimentError extends Error {
  constructor(readonly id: string) {
    super(`unknown experiment "${id}" (known: ${EXPERIMENTS.map((e) => e.id).join(', ')})`);
    this.name = 'UnknownExperimentError';
  }
}

/** Raising the subjects of an experiment: developed agents and the emergence controls. */
import { Agent } from '../../agent/agent.js';
import type { AgentConfigInput } from '../../agent/config.js';
import type { DevelopmentParamsInput } from '../../agent/development.js';
import { deriveSeed } from '../../engine/rng.js';
import type { AgentRaiser } from '../types.js';

export interface RaiseOptions {
  agent: Omit<AgentConfigInput, 'seed'>;
  development: DevelopmentParamsInput;
  seed: number;
  raise: AgentRaiser;
  onProgress?: (fraction: number) => void;
}

/** A subject that has gone through development (the standard history). */
export function developedSubject(o: RaiseOptions): Agent {
  return o.raise({ ...o.agent, seed: o.seed }, o.development, o.onProgress);
}

/** The same subject before any development (newborn), its noise seeded as a tested agent's. */
export function newbornSubject(o: Pick<RaiseOptions, 'agent' | 'seed'>): Agent {
  return Agent.create({ ...o.agent, seed: o.seed }, undefined, deriveSeed(o.seed, 'test'));
}

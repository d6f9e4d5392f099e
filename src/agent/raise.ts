/**
 * Raising a developed agent in memory: develop a newborn, then rebuild it from its
 * saved form with testing noise seeded apart — exactly what the Node cache does, so
 * results are the same whichever raised the agent.
 */
import { deriveSeed } from '../engine/rng.js';
import { Agent } from './agent.js';
import { AgentConfig, type AgentConfigInput } from './config.js';
import { type DevelopmentParamsInput, develop } from './development.js';
import { loadAgent, type SavedAgent, saveAgent } from './saved.js';

/** Develop a newborn agent and return its saved form. */
export function developToSaved(
  configInput: AgentConfigInput,
  development: DevelopmentParamsInput,
  onProgress?: (fraction: number) => void,
): SavedAgent {
  const config = AgentConfig.parse(configInput);
  const newborn = Agent.create(config);
  develop(newborn, development, (done, total) => onProgress?.(done / total));
  return saveAgent(newborn);
}

/** The agent to test, from a saved developed agent: its noise seeded apart from development. */
export function testAgentFrom(saved: SavedAgent): Agent {
  return loadAgent(saved, deriveSeed(saved.config.seed, 'test'));
}

export function raiseInMemory(
  config: AgentConfigInput,
  development: DevelopmentParamsInput,
  onProgress?: (fraction: number) => void,
): Agent {
  return testAgentFrom(developToSaved(config, development, onProgress));
}

/** Agents: a brain in a body with a history — development, experience, saving. */
export { Agent, type ExperienceOptions, type Senses } from './agent.js';
export { AgentConfig, type AgentConfigInput } from './config.js';
export { Consolidation, inConsolidatedTail, WeightAverage } from './consolidation.js';
export {
  DevelopmentParams,
  type DevelopmentParamsInput,
  type DevelopmentReport,
  develop,
  liveEpisode,
  recordDevelopment,
} from './development.js';
export { BABBLED_ACTIONS, type BabblingEpisode, EpisodeSource, episodeLabel } from './episodes.js';
export { developToSaved, raiseInMemory, testAgentFrom } from './raise.js';
export { loadAgent, SAVED_AGENT_FORMAT, SavedAgent, saveAgent } from './saved.js';

/**
 * mirrorlab for Node: everything in the universal API, plus what needs Node — the
 * cache of developed agents, the results database, NWB/CSV export and PNG figures.
 */

export {
  cacheDir,
  cachedRaiser,
  type DevelopedAgent,
  developedAgent,
  developedAgentKey,
} from './agent/cache.js';
export * from './export/index.js';
export * from './figures/index.js';
export * from './index.js';
export * from './store/index.js';

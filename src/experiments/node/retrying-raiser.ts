/**
 * A raiser that survives two threads of one process storing the same developed
 * agent at once. The cache writes through a temporary file named after the process,
 * so when two workers (say, two sweep points that differ only in their trials)
 * develop the same agent together, the second rename finds the file already moved
 * and throws ENOENT although the agent is now in the cache. Asking again then loads
 * it from there — the same agent, so results do not change.
 */
import type { AgentRaiser } from '../types.js';

export function retryingRaiser(raise: AgentRaiser): AgentRaiser {
  return (config, development, onProgress) => {
    try {
      return raise(config, development, onProgress);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      return raise(config, development, onProgress);
    }
  };
}

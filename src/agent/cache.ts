/**
 * The cache of developed agents (Node only). Development is the expensive part of an
 * experiment, and it is a pure function of the agent's configuration, its development
 * parameters, its seed and the mirrorlab version — so a developed agent is stored
 * under a hash of exactly those and reused.
 *
 * Location: `MIRRORLAB_CACHE` if set, else `$XDG_CACHE_HOME/mirrorlab`, else
 * `~/.cache/mirrorlab`. Whether the agent came from the cache or not, the returned
 * agent is rebuilt from its saved form, so results never depend on the cache.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { MODEL_REVISION, VERSION } from '../version.js';
import type { Agent } from './agent.js';
import { AgentConfig, type AgentConfigInput } from './config.js';
import { DevelopmentParams, type DevelopmentParamsInput } from './development.js';
import { developToSaved, testAgentFrom } from './raise.js';
import type { SavedAgent } from './saved.js';

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MIRRORLAB_CACHE) return path.resolve(env.MIRRORLAB_CACHE);
  const base = env.XDG_CACHE_HOME ? path.resolve(env.XDG_CACHE_HOME) : path.join(os.homedir(), '.cache');
  return path.join(base, 'mirrorlab');
}

export function developedAgentKey(config: AgentConfig, development: DevelopmentParams): string {
  const text = JSON.stringify({ version: VERSION, model: MODEL_REVISION, config, development });
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

export interface DevelopedAgent {
  agent: Agent;
  fromCache: boolean;
  key: string;
}

/** An AgentRaiser backed by the cache (or not, with cache = false). */
export function cachedRaiser(cache = true, env: NodeJS.ProcessEnv = process.env) {
  return (
    config: AgentConfigInput,
    development: DevelopmentParamsInput,
    onProgress?: (fraction: number) => void,
  ): Agent =>
    developedAgent(config, development, { cache, env, ...(onProgress ? { onProgress } : {}) }).agent;
}

/**
 * A developed agent for this configuration: from the cache when it is there, else
 * developed now (and stored, unless `cache` is false). Testing noise is seeded apart
 * from development noise.
 */
export function developedAgent(
  configInput: AgentConfigInput,
  developmentInput: DevelopmentParamsInput = {},
  options: { cache?: boolean; env?: NodeJS.ProcessEnv; onProgress?: (fraction: number) => void } = {},
): DevelopedAgent {
  const config = AgentConfig.parse(configInput);
  const development = DevelopmentParams.parse(developmentInput);
  const key = developedAgentKey(config, development);
  const useCache = options.cache !== false;
  const file = path.join(cacheDir(options.env), `agent-${key}.json`);
  if (useCache && fs.existsSync(file)) {
    try {
      const agent = testAgentFrom(JSON.parse(fs.readFileSync(file, 'utf8')) as SavedAgent);
      return { agent, fromCache: true, key };
    } catch {
      // A damaged cache entry is rebuilt below.
    }
  }
  const saved = developToSaved(config, development, options.onProgress);
  if (useCache) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // unique per process and thread: worker threads of one process may write the same entry at once
    const tmp = `${file}.${process.pid}.${threadId}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(saved));
    fs.renameSync(tmp, file);
  }
  return { agent: testAgentFrom(saved), fromCache: false, key };
}

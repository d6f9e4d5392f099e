/**
 * Developed agents kept between visits. Development takes a while (tens of seconds),
 * and it is a pure function of the agent's seed, its development, the mirrorlab
 * version and the model revision — so the saved agent (plain JSON) is kept under a
 * key made of exactly those. In the browser the worker keeps it in IndexedDB; tests
 * use the in-memory cache.
 */
import type { SavedAgent } from '../../../src/index.js';
import type { UnitClasses } from './protocol.js';

export interface CachedAgent {
  saved: SavedAgent;
  classes: Omit<UnitClasses, 'epoch'> | null;
}

export interface AgentCache {
  get(key: string): Promise<CachedAgent | undefined>;
  put(key: string, value: CachedAgent): Promise<void>;
}

export function agentCacheKey(parts: {
  version: string;
  modelRevision: number;
  seed: number;
  episodes: number;
  quickTestTrials: number;
}): string {
  return `agent|v${parts.version}|model${parts.modelRevision}|seed${parts.seed}|episodes${parts.episodes}|test${parts.quickTestTrials}`;
}

export class MemoryAgentCache implements AgentCache {
  private readonly entries = new Map<string, CachedAgent>();
  async get(key: string): Promise<CachedAgent | undefined> {
    return this.entries.get(key);
  }
  async put(key: string, value: CachedAgent): Promise<void> {
    this.entries.set(key, value);
  }
}

/** The cache in IndexedDB; quietly becomes a no-op where IndexedDB is missing or refused. */
export class IndexedDbAgentCache implements AgentCache {
  private db: Promise<IDBDatabase | null> | null = null;

  private open(): Promise<IDBDatabase | null> {
    this.db ??= new Promise((resolve) => {
      if (typeof indexedDB === 'undefined') return resolve(null);
      const req = indexedDB.open('mirrorlab-lab', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('agents');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
    });
    return this.db;
  }

  async get(key: string): Promise<CachedAgent | undefined> {
    const db = await this.open();
    if (!db) return undefined;
    return new Promise((resolve) => {
      const req = db.transaction('agents', 'readonly').objectStore('agents').get(key);
      req.onsuccess = () => resolve(req.result as CachedAgent | undefined);
      req.onerror = () => resolve(undefined);
    });
  }

  async put(key: string, value: CachedAgent): Promise<void> {
    const db = await this.open();
    if (!db) return;
    await new Promise<void>((resolve) => {
      const tx = db.transaction('agents', 'readwrite');
      tx.objectStore('agents').put(value, key);
      tx.oncomplete = () => resolve();
      tx.onerror = () => resolve();
    });
  }
}

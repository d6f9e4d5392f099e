/**
 * Shards: one slice of a sweep's points, for one job of a cluster array. Shard
 * `i/n` (0 ≤ i < n) takes the points whose index is i modulo n, which spreads a
 * grid's slow and fast corners evenly over the jobs. Inside a SLURM array job the
 * shard comes from the environment, so the same command line serves every task.
 */
import { SweepError } from './errors.js';
import type { SweepPoint } from './grid.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new SweepError(`--shard needs i/n (e.g. 0/4), got "${text}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) throw new SweepError(`--shard ${text}: n must be ≥ 1`);
  if (index >= count) throw new SweepError(`--shard ${text}: i must be between 0 and ${count - 1}`);
  return { index, count };
}

/**
 * The shard of a SLURM array task: SLURM_ARRAY_TASK_ID counted from
 * SLURM_ARRAY_TASK_MIN (arrays may start at 1), out of SLURM_ARRAY_TASK_COUNT.
 */
export function shardFromEnv(env: Readonly<Record<string, string | undefined>>): Shard | undefined {
  const id = env.SLURM_ARRAY_TASK_ID;
  const count = env.SLURM_ARRAY_TASK_COUNT;
  if (id === undefined || count === undefined || id === '' || count === '') return undefined;
  const min = env.SLURM_ARRAY_TASK_MIN ?? '0';
  const index = Number(id) - Number(min);
  return parseShard(`${index}/${count}`);
}

export function shardPoints(points: readonly SweepPoint[], shard: Shard): SweepPoint[] {
  return points.filter((p) => p.index % shard.count === shard.index);
}

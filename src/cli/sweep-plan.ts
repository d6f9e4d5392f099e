/**
 * A sweep from the command line: its grid, shared overrides, spec, id and points,
 * every point's parameters checked against the experiment's schema before
 * anything runs — a bad value fails the command, not the sweep's seventh point.
 */
import {
  checkGrid,
  parseGridAxis,
  parseShard,
  pointOverrides,
  type Shard,
  type SweepPoint,
  type SweepSpec,
  shardFromEnv,
  specPoints,
  sweepId,
  sweepSpec,
} from '../sweep/index.js';
import { parseSeed } from './options.js';
import { checkedParams, commandOverrides, experimentOrUsage, fromSet, type ParamInput } from './params.js';

export interface SweepInput extends ParamInput {
  grid: string[];
  seed?: string;
  shard?: string;
}

export interface SweepPlan {
  id: string;
  spec: SweepSpec;
  /** Every point of the grid with its full parameters. */
  points: { point: SweepPoint; resolved: Record<string, unknown> }[];
}

export function planSweep(experiment: string, o: SweepInput): SweepPlan {
  const def = experimentOrUsage(experiment);
  const axes = o.grid.map(parseGridAxis);
  checkGrid(axes);
  const base = commandOverrides(def, o);
  checkedParams(def, base, fromSet(o.set));
  const spec = sweepSpec(def.id, parseSeed(o.seed), base, axes);
  const points = specPoints(spec).map((point) => ({
    point,
    resolved: checkedParams(def, pointOverrides(spec, point), [
      ...fromSet(o.set),
      ...point.settings.map((setting) => ({ option: '--grid', setting })),
    ]),
  }));
  return { spec, id: sweepId(spec), points };
}

/** --shard, else the SLURM array task's shard, else the whole grid. */
export function chooseShard(o: Pick<SweepInput, 'shard'>, env = process.env): Shard {
  if (o.shard !== undefined) return parseShard(o.shard);
  return shardFromEnv(env) ?? { index: 0, count: 1 };
}
